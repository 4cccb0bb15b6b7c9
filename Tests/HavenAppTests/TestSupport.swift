import Foundation
import HavenApp
import HavenCore
import Testing
import VaporTesting

/// Runs `body` with a Haven app on a fresh, migrated database: a new SQLite file, or, when `HAVEN_TEST_DATABASE_URL`
/// names a PostgreSQL server (scripts/test starts one), a new schema there. Either is removed after.
func withHaven(_ adjust: (inout Settings) -> Void = { _ in }, _ body: (Application) async throws -> Void) async throws {
    let database = TestDatabase()
    defer { database.removeFile() }
    var settings = Settings(storage: database.storage, dataDirectory: SharedData.directory)
    adjust(&settings)
    try await withApp(configure: { [settings] app in
        try await configure(app, settings: settings)
        try await database.create(app)
        try await app.autoMigrate()
    }) { app in
        do {
            try await body(app)
        } catch {
            try? await database.drop(app)
            throw error
        }
        try await database.drop(app)
    }
}

/// The database one test runs on.
struct TestDatabase {
    let storage: Settings.Storage

    init() {
        let name = "haven_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        if let url = ProcessInfo.processInfo.environment["HAVEN_TEST_DATABASE_URL"], !url.isEmpty {
            storage = .postgres(url: url, schema: name)
        } else {
            storage = .sqlite(path: FileManager.default.temporaryDirectory.appendingPathComponent(name + ".sqlite").path)
        }
    }

    static var isPostgres: Bool { !(ProcessInfo.processInfo.environment["HAVEN_TEST_DATABASE_URL"] ?? "").isEmpty }

    func create(_ app: Application) async throws {
        guard case .postgres(_, let schema?) = storage else { return }
        try await app.db.withSQL { try await $0.raw("CREATE SCHEMA \(ident: schema)").run() }
    }

    func drop(_ app: Application) async throws {
        guard case .postgres(_, let schema?) = storage else { return }
        try await app.db.withSQL { try await $0.raw("DROP SCHEMA \(ident: schema) CASCADE").run() }
    }

    func removeFile() {
        guard case .sqlite(let path) = storage else { return }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

enum SharedData {
    static let directory: URL? = {
        // The checkout's root, whatever folder the tests run from; HAVEN_DATA_DIR wins as in the app.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = SourceFiles.dataDirectory(workingDirectory: root.path)
        return dir.flatMap { FileManager.default.fileExists(atPath: $0.appendingPathComponent(SourceFiles.zipTable).path) ? $0 : nil }
    }()
    static var available: Bool { directory != nil }
}

/// A Haven app with the generated sample imported.
func withSample(_ adjust: (inout Settings) -> Void = { _ in }, _ body: (Application) async throws -> Void) async throws {
    try await withSampleFolder(adjust) { app, _ in try await body(app) }
}

/// The same, with the sample's folder, for tests that change its files and import again.
func withSampleFolder(_ adjust: (inout Settings) -> Void = { _ in }, _ body: (Application, SampleFolder) async throws -> Void) async throws {
    let sample = try SampleFolder()
    defer { sample.remove() }
    try await withHaven(adjust) { app in
        try await sample.importAll(into: app)
        try await body(app, sample)
    }
}

/// The generated sample, written to a temporary folder for one test.
struct SampleFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("haven-sample-\(UUID().uuidString)")

    init() throws { try SampleData.write(to: url) }

    func file(_ relative: String) -> URL { url.appendingPathComponent(relative) }
    var facilityFiles: [URL] { SampleData.facilityFiles.map(file) }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Takes the first facility listed only in the substance-use file (sample rows with j == 1) out of that file,
    /// as a new edition dropping it would; returns its name.
    func dropFirstSubstanceUseOnlyRow() throws -> String {
        let saURL = file("samhsa/sample_sa_facilities.csv")
        var lines = try String(contentsOf: saURL, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let dropped = String(lines[2].split(separator: ",")[0])
        lines.remove(at: 2)
        try lines.joined(separator: "\n").write(to: saURL, atomically: true, encoding: .utf8)
        return dropped
    }

    /// Imports the sample's ZIP table and both directories, then rebuilds the app's index.
    @discardableResult
    func importAll(into app: Application) async throws -> ImportSummary {
        let importer = Importer(database: app.db, dataDirectory: url)
        _ = try await importer.importZips(file(SourceFiles.zipTable))
        let summary = try await importer.importSAMHSA(facilityFiles, locatorFiles: [])
        try await app.catalog.refresh(app.db)
        return summary
    }
}

func count(_ app: Application, _ table: String) async throws -> Int {
    try await app.db.withSQL { sql in
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).first()!.decode(column: "n", as: Int.self)
    }
}

import FluentKit
import SQLKit

extension Database {
    func withSQL<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T { try await body(self as! any SQLDatabase) }
}

/// Makes the database refuse rows of `table` that match `condition` (SQL over `NEW`), to fail a write halfway.
func refuseInserts(_ app: Application, into table: String, when condition: String) async throws {
    try await app.db.withSQL { sql in
        if TestDatabase.isPostgres {
            try await sql.raw("CREATE FUNCTION refuse_row() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql").run()
            try await sql.raw("CREATE TRIGGER refuse BEFORE INSERT ON \(unsafeRaw: table) FOR EACH ROW WHEN (\(unsafeRaw: condition)) EXECUTE FUNCTION refuse_row()").run()
        } else {
            try await sql.raw("CREATE TRIGGER refuse BEFORE INSERT ON \(unsafeRaw: table) WHEN \(unsafeRaw: condition) BEGIN SELECT RAISE(ABORT, 'refused'); END").run()
        }
    }
}
