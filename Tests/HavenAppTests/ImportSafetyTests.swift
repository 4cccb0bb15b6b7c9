import Foundation
@testable import HavenApp
import HavenCore
import Testing
import VaporTesting

/// Issue 8, finding 1: a file cut off in transfer, or an edition that would drop much of the directory, changes nothing.
@Suite struct ImportSafetyTests {
    /// What the database holds, to compare before and after a refused import.
    static func state(_ app: Application) async throws -> [String] {
        try await app.db.withSQL { sql in
            try await sql.select().columns("id", "status", "updated_at").from("facilities").orderBy("id").all().map {
                "\(try $0.decode(column: "id", as: UUID.self)) \(try $0.decode(column: "status", as: String.self))"
            }
        } + ["revision \(try await DataRevision.current(app.db))", "sources \(try await count(app, "source_records"))"]
    }

    @Test func aDirectoryCSVCutMidRowIsRefused() async throws {
        try await withSampleFolder { app, sample in
            let before = try await Self.state(app)
            // Cut inside the last row's service codes, as `head -c` of a download does: every field is there.
            let sa = sample.file("samhsa/sample_sa_facilities.csv")
            let text = try String(contentsOf: sa, encoding: .utf8)
            try String(text.dropLast(6)).write(to: sa, atomically: true, encoding: .utf8)
            await #expect(throws: TableError.self) {
                try await Importer(database: app.db, dataDirectory: sample.url).importSAMHSA(sample.facilityFiles, locatorFiles: [])
            }
            #expect(try await Self.state(app) == before)
        }
    }

    /// The sample exported as an HSDS package and imported from it; `body` gets the package's location rows to change.
    static func withImportedPackage(_ body: (Application, Importer, _ locations: URL, _ rows: [String]) async throws -> Void) async throws {
        let export = temporaryFolder("hsds-safety")
        defer { try? FileManager.default.removeItem(at: export) }
        try await withSample { app in
            try HSDSExporter().write(app.catalog.service.index.listings, to: export)
            let importer = Importer(database: app.db, dataDirectory: nil)
            _ = try await importer.importHSDS(export)
            let locations = export.appendingPathComponent("locations.csv")
            let rows = try String(contentsOf: locations, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
            try await body(app, importer, export, rows)
        }
    }

    @Test func anHSDSTableCutMidRowIsRefused() async throws {
        try await Self.withImportedPackage { app, importer, export, rows in
            let before = try await Self.state(app)
            // Cut in the middle of the last row: it has fewer fields than the header.
            var rows = rows
            rows[rows.count - 1] = String(rows[rows.count - 1].prefix(45))
            try rows.joined(separator: "\r\n").write(to: export.appendingPathComponent("locations.csv"), atomically: true, encoding: .utf8)
            await #expect(throws: (any Error).self) { try await importer.importHSDS(export) }
            #expect(try await Self.state(app) == before)
        }
    }

    @Test func anEditionDroppingMoreThanATenthIsRefusedUnlessAllowed() async throws {
        try await withSampleFolder { app, sample in
            let before = try await Self.state(app)
            // A new substance-use file with only the first half of its rows (complete, but much shorter).
            let sa = sample.file("samhsa/sample_sa_facilities.csv")
            let lines = try String(contentsOf: sa, encoding: .utf8).split(separator: "\n")
            try (lines.prefix(1 + (lines.count - 1) / 2).joined(separator: "\n") + "\n").write(to: sa, atomically: true, encoding: .utf8)
            let importer = Importer(database: app.db, dataDirectory: sample.url)
            await #expect {
                try await importer.importSAMHSA(sample.facilityFiles, locatorFiles: [])
            } throws: { error in
                "\(error)".contains("sample_sa_facilities.csv would mark 15 of the 30 places it lists now (50%)") && "\(error)".contains("--allow-shrink")
            }
            #expect(try await Self.state(app) == before)

            let summary = try await importer.importSAMHSA(sample.facilityFiles, locatorFiles: [], allowShrink: true)
            // Every dropped row counts, including facilities the other directory still lists (their record is marked).
            #expect(summary.files[0].noLongerListed == 15)
            let stillPresent = try await app.db.withSQL { sql in
                try await sql.select().column("facility_id").from("source_records").where("directory", .equal, "substance-use")
                    .where("present", .equal, true).all().count
            }
            #expect(stillPresent == 15)
            #expect(try await Self.state(app) != before)
        }
    }

    @Test func anHSDSPackageDroppingMoreThanATenthIsRefusedUnlessAllowed() async throws {
        try await Self.withImportedPackage { app, importer, export, rows in
            let before = try await Self.state(app)
            try (rows.prefix(11).joined(separator: "\r\n") + "\r\n").write(to: export.appendingPathComponent("locations.csv"), atomically: true, encoding: .utf8)
            await #expect(throws: ShrinkGuard.Refused.self) { try await importer.importHSDS(export) }
            #expect(try await Self.state(app) == before)
            let summary = try await importer.importHSDS(export, allowShrink: true)
            #expect(summary.files[0].noLongerListed == rows.count - 11)
        }
    }

    /// Issue 8, finding 9: an unchanged edition moves nothing (no instance rebuilds), and a source record changed by
    /// hand is written back as the file says.
    @Test func anUnchangedEditionMovesNothingAndRepairsATamperedRecord() async throws {
        try await withSampleFolder { app, sample in
            let revision = try await DataRevision.current(app.db)
            try await app.db.withSQL { sql in
                try await sql.raw("UPDATE source_records SET terms = 'tampered', codes = 'X' WHERE line = 2").run()
            }
            let summary = try await Importer(database: app.db, dataDirectory: sample.url).importSAMHSA(sample.facilityFiles, locatorFiles: [])
            #expect(summary.facilitiesCreated == 0 && summary.facilitiesUpdated == 0 && summary.facilitiesMarkedMissing == 0)
            #expect(summary.files.map(\.updated).reduce(0, +) == 2, "the two tampered records (line 2 of each file) are rewritten")
            #expect(try await DataRevision.current(app.db) == revision)
            let tampered = try await app.db.withSQL { sql in
                try await sql.select().column("facility_id").from("source_records").where("terms", .equal, "tampered").all().count
            }
            #expect(tampered == 0)
        }
    }
}
