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
        // The checkout's root, whatever folder the tests run from; HAVEN_DATA_DIR wins as in the app.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = SourceFiles.dataDirectory(workingDirectory: root.path)
        return dir.flatMap { FileManager.default.fileExists(atPath: $0.appendingPathComponent(SourceFiles.zipTable).path) ? $0 : nil }
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
