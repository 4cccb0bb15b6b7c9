import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import HavenCore
import Vapor

/// Sets up storage, migrations, middleware, routes and commands. Used by the `haven` binary and by tests.
public func configure(_ app: Application, settings: Settings) async throws {
    app.havenSettings = settings
    switch settings.storage {
    case .sqlite(let path):
        app.databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
        // Write-ahead logging: pages and the API keep reading while an import writes (in the default rollback
        // journal, a writer's exclusive lock made every reader wait until it committed). The mode is kept in the file.
        try await app.db.sql.raw("PRAGMA journal_mode=WAL").run()
    case .postgres(let url, let schema):
        var config = try SQLPostgresConfiguration(url: url)
        if let schema { config.searchPath = [schema] }
        app.databases.use(.postgres(configuration: config, sqlLogLevel: .trace), as: .psql)
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
    // gzip when the client asks (pages, JSON, CSV: text compresses 5-10x); see docs/PERFORMANCE.md for the CPU cost.
    app.http.server.configuration.responseCompression = settings.compression ? .enabledForCompressibleTypes : .disabled
    // The per-client limit goes on the routes that do work; the controllers install it.
    let limit: (any Middleware)? = settings.apiRate > 0
        ? RateLimitMiddleware(limiter: RateLimiter(rate: settings.apiRate, burst: settings.apiBurst),
                              trustedProxies: TrustedProxies(settings.trustedProxies))
        : nil
    try app.register(collection: WebController(limit: limit))
    try app.register(collection: APIController(limit: limit))
    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(ExportCommand(), as: "export")
    app.lifecycle.use(CatalogRefresher())
}

enum Migrations {
    /// In order; never edit one that has shipped, add a new one.
    static let all: [any Migration] = [
        CreateFacilities(), CreateSourceRecords(), CreateFacilityEdits(), CreateZipCodes(), CreateDataState(), CreateImportRuns(),
        AddOtherTerms(), CreateDataPackages(),
    ]
}
