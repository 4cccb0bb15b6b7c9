import Foundation
import HavenApp
import HavenCore
import Testing
import VaporTesting

/// Runs `body` with a Haven app on a fresh SQLite file, migrated; removes the file after.
func withHaven(_ adjust: (inout Settings) -> Void = { _ in }, _ body: (Application) async throws -> Void) async throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("haven-test-\(UUID().uuidString).sqlite").path
    defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    var settings = Settings(storage: .sqlite(path: path), dataDirectory: SharedData.directory)
    adjust(&settings)
    try await withApp(configure: { [settings] app in
        try await configure(app, settings: settings)
        try await app.autoMigrate()
    }) { app in
        try await body(app)
    }
}

enum SharedData {
    static let directory: URL? = {
        if let dir = ProcessInfo.processInfo.environment["HAVEN_DATA_DIR"] { return URL(fileURLWithPath: dir) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = root.appendingPathComponent("../shared/data").standardized
        return FileManager.default.fileExists(atPath: shared.appendingPathComponent(SourceFiles.zipTable).path) ? shared : nil
    }()
    static var available: Bool { directory != nil }
}

/// A Haven app with the generated sample imported.
func withSample(_ adjust: (inout Settings) -> Void = { _ in }, _ body: (Application) async throws -> Void) async throws {
    let sample = try SampleFolder()
    defer { sample.remove() }
    try await withHaven(adjust) { app in
        try await sample.importAll(into: app)
        try await body(app)
    }
}

/// The generated sample, written to a temporary folder for one test.
struct SampleFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("haven-sample-\(UUID().uuidString)")

    init() throws { try SampleData.write(to: url) }

    func file(_ relative: String) -> URL { url.appendingPathComponent(relative) }
    var facilityFiles: [URL] { SampleData.facilityFiles.map(file) }

    func remove() { try? FileManager.default.removeItem(at: url) }

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
