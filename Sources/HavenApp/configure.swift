import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import HavenCore
import Vapor

/// Sets up storage, migrations, middleware, routes and commands. Used by the `haven` binary and by tests.
public func configure(_ app: Application, settings: Settings) async throws {
    app.haven = HavenServices(settings)
    app.redactSensitiveLogs()
    switch settings.storage {
    case .sqlite(let path):
        // `DatabaseChoice.memoryPath` (help only): nothing on disk.
        app.databases.use(.sqlite(path == DatabaseChoice.memoryPath ? .memory : .file(path), sqlLogLevel: .trace), as: .sqlite)
        // Write-ahead logging: pages and the API keep reading while an import writes (in the default rollback
        // journal, a writer's exclusive lock made every reader wait until it committed). The mode is kept in the file.
        try await app.db.sql.raw("PRAGMA journal_mode=WAL").run()
    case .postgres(let url, let schema):
        app.databases.use(try postgres(url: url, schema: schema), as: .psql)
    }
    app.migrations.add(Migrations.all)
    // Health data: never log request paths with queries at info level (a search can reveal a person's need).
    app.middleware = Middlewares()
    // Outside the error middleware, so error answers carry the security headers and CORS too (a browser client
    // reads problem details only with Access-Control-Allow-Origin).
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(APICORSMiddleware())
    app.middleware.use(HavenErrorMiddleware())
    app.middleware.use(APIMethodMiddleware())
    // Haven's own transport: answers oversized and malformed requests, times out trickling heads and stalled
    // readers. gzip when the client asks (pages, JSON, CSV: text compresses 5-10x; docs/PERFORMANCE.md has the cost).
    app.servers.use(.haven(settings.serverLimits, compression: settings.compression))
    // The per-client limit goes on the routes that do work; the controllers install it.
    let limit: (any Middleware)? = settings.apiRate > 0
        ? RateLimitMiddleware(limiter: RateLimiter(rate: settings.apiRate, burst: settings.apiBurst))
        : nil
    try app.register(collection: WebController(limit: limit))
    try app.register(collection: ListController(limit: limit))
    try app.register(collection: MapController(limit: limit))
    try app.register(collection: APIController(limit: limit))
    try app.register(collection: AccountController())
    try app.register(collection: AccountSecurityController())
    try app.register(collection: PortalController())
    try app.register(collection: ProfileController())
    try app.register(collection: ReportController())
    try app.register(collection: ModerationController())
    try app.register(collection: GuideController())
    try app.register(collection: EditorialController())
    try Application.checkInquiryKey(settings, environment: app.environment, serving: ServerLoop.isServing(app))
    if settings.inquiryKeys.isEmpty, ServerLoop.isServing(app), app.environment != .testing {
        app.logger.notice("HAVEN_INQUIRY_KEY is not set: messages to facilities are sealed with a development key kept in \(app.siteSecrets.developmentKeyFile(app.havenSettings)) (started with --env development; any other start refuses without a key)")
    }
    try app.register(collection: ContactController())
    try app.register(collection: StatesController())
    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(ExportCommand(), as: "export")
    app.asyncCommands.use(AdminCommand(), as: "admin")
    app.asyncCommands.use(InquiriesCommand(), as: "inquiries")
    app.lifecycle.use(CatalogRefresher())
    app.lifecycle.use(MailDeliverer())
    app.lifecycle.use(ContactHousekeeping())
}

/// PostgreSQL as Haven uses it: failing fast when the server is down (a 503 with Retry-After within seconds,
/// not a request held 10 s), and reconnecting by itself when it is back.
func postgres(url: String, schema: String?) throws -> DatabaseConfigurationFactory {
    var config = try SQLPostgresConfiguration(url: url)
    if let schema { config.searchPath = [schema] }
    config.coreConfiguration.options.connectTimeout = .seconds(3)
    return .postgres(configuration: config, connectionPoolTimeout: .seconds(3), sqlLogLevel: .trace)
}

enum Migrations {
    /// In order; never edit one that has shipped, add a new one.
    static let all: [any Migration] = [
        CreateFacilities(), CreateSourceRecords(), CreateFacilityEdits(), CreateZipCodes(), CreateDataState(), CreateImportRuns(),
        AddOtherTerms(), CreateDataPackages(), AddZipAliases(), AddZipTimeZones(), CreateCountyOutlines(),
        CreateUsers(), CreateUserSessions(), CreatePasswordResets(), CreateMailOutbox(), CreateSiteSecrets(),
        CreateFacilityClaims(), CreateFacilityManagers(), CreateAuditLog(), AddEditAuthors(), CreateFacilityChanges(),
        CreateFacilityReports(), CreateFacilitySuspensions(), AddEditReviews(),
        CreateGuides(), AddUserCredentials(),
        CreateInquiries(), CreateDailyCounts(),
        AddSessionActivity(), CreateEmailConfirmations(),
    ]
}
