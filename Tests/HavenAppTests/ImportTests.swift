import Foundation
import HavenApp
import HavenCore
import SQLKit
import Testing
import VaporTesting

@Suite struct SampleImportTests {
    @Test func reimportIsIdempotentWithStableIDs() async throws {
        let sample = try SampleFolder()
        defer { sample.remove() }
        try await withHaven { app in
            let first = try await sample.importAll(into: app)
            let ids1 = app.catalog.service.index.listings.map(\.id).sorted { $0.uuidString < $1.uuidString }
            #expect(first.facilitiesCreated == ids1.count)
            #expect(first.files.map(\.created) == [30, 30])
            let second = try await sample.importAll(into: app)
            let ids2 = app.catalog.service.index.listings.map(\.id).sorted { $0.uuidString < $1.uuidString }
            #expect(ids1 == ids2)
            #expect(second.facilitiesCreated == 0 && second.facilitiesUpdated == 0)
            #expect(second.facilitiesUnchanged == ids1.count)
            #expect(second.files.map(\.unchanged) == [30, 30])
            #expect(try await count(app, "facilities") == ids1.count)
            #expect(try await count(app, "import_runs") == 4, "each import leaves its receipt")
        }
    }

    @Test func aFailedWriteChangesNothing() async throws {
        let sample = try SampleFolder()
        defer { sample.remove() }
        try await withHaven { app in
            let importer = Importer(database: app.db, dataDirectory: sample.url)
            _ = try await importer.importZips(sample.file(SourceFiles.zipTable))
            // Make the database refuse one row halfway through the write.
            try await refuseInserts(app, into: "source_records", when: "NEW.line = 9 AND NEW.directory = 'mental-health'")
            await #expect(throws: (any Error).self) { try await importer.importSAMHSA(sample.facilityFiles, locatorFiles: []) }
            #expect(try await count(app, "facilities") == 0)
            #expect(try await count(app, "source_records") == 0)
        }
    }

    @Test func aBadFileIsRefusedBeforeAnythingIsWritten() async throws {
        let sample = try SampleFolder()
        defer { sample.remove() }
        try await withHaven { app in
            try await sample.importAll(into: app)
            let before = try await count(app, "facilities")
            let revision = app.catalog.revision
            let broken = sample.file("samhsa/sample_mh_facilities.csv")
            try "name1,street1\n\"unterminated,x\n".write(to: broken, atomically: true, encoding: .utf8)
            let importer = Importer(database: app.db, dataDirectory: sample.url)
            await #expect(throws: TableError.self) { try await importer.importSAMHSA(sample.facilityFiles, locatorFiles: []) }
            #expect(try await count(app, "facilities") == before)
            #expect(try await app.catalog.refresh(app.db) == false, "the data revision did not move")
            #expect(app.catalog.revision == revision)
        }
    }

    @Test func aFacilityDroppedFromTheNewEditionIsMarkedNotDeleted() async throws {
        let sample = try SampleFolder()
        defer { sample.remove() }
        try await withHaven { app in
            try await sample.importAll(into: app)
            let dropped = try sample.dropFirstSubstanceUseOnlyRow()
            let summary = try await Importer(database: app.db, dataDirectory: sample.url).importSAMHSA(sample.facilityFiles, locatorFiles: [])
            try await app.catalog.refresh(app.db)
            #expect(summary.facilitiesMarkedMissing == 1)
            #expect(summary.files[0].noLongerListed == 1)
            #expect(try await count(app, "facilities") == summary.facilitiesUnchanged + 1)
            #expect(!app.catalog.service.index.listings.contains { $0.name == dropped }, "left out of search")
        }
    }

    @Test func reimportNeverOverwritesAnEdit() async throws {
        let sample = try SampleFolder()
        defer { sample.remove() }
        try await withHaven { app in
            try await sample.importAll(into: app)
            let target = try #require(app.catalog.service.index.listings.first)
            try await app.addEdit(FacilityEdit(field: .phone, value: "212-555-9999", author: "provider", createdAt: Date()), to: target.id)
            try await app.addEdit(FacilityEdit(field: .addTerm, value: "syringe-services", author: "provider", createdAt: Date()), to: target.id)
            try await sample.importAll(into: app)
            let after = try #require(app.catalog.service.index.listing(target.id))
            #expect(after.phone == "212-555-9999")
            #expect(after.terms.contains("syringe-services"))
            #expect(after.name == target.name)
            try await app.testing().test(.GET, "/facilities/\(target.id.uuidString.lowercased())") { res in
                #expect(res.body.string.contains("212-555-9999"))
                #expect(res.body.string.contains("Needle and syringe program"))
                #expect(res.body.string.contains("phone edited by provider"))
            }
        }
    }
}

/// The real national files: counts, the SA/MH merge, geocoding precision, idempotence, a corrupt workbook.
@Suite(.enabled(if: SharedData.available)) struct NationalImportTests {
    @Test func importTheNationalDirectories() async throws {
        try await withHaven { app in
            let importer = Importer(database: app.db, dataDirectory: SharedData.directory)
            let zips = try await importer.importZips()
            #expect(zips.files[0].read == 42_789 && zips.files[0].created == 42_789 && zips.files[0].rejected.isEmpty)

            let first = try await importer.importSAMHSA()
            #expect(first.files.map(\.read) == [12_176, 9_037])
            #expect(first.files.allSatisfy { $0.rejected.isEmpty })
            #expect(first.files[0].warnings.contains { $0.reason.contains("exact duplicate") })
            let facilities = try await count(app, "facilities")
            #expect(facilities == first.facilitiesCreated)
            #expect((19_000...19_300).contains(facilities))
            let merged = try await app.db.withSQL { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM (SELECT facility_id FROM source_records GROUP BY facility_id HAVING COUNT(*) = 2) AS m").first()!.decode(column: "n", as: Int.self)
            }
            #expect(merged == first.files[0].created + first.files[1].created - facilities)
            #expect(merged > 2_000)
            #expect(Double(first.precision["address", default: 0]) / Double(facilities) > 0.85)
            #expect(first.precision["zip", default: 0] > 1_000)
            try await app.catalog.refresh(app.db)
            let ids = Set(app.catalog.service.index.listings.map(\.id))

            // The same data from the CSV sheets: nothing changes, same ids.
            let csv = try await importer.importSAMHSA([
                SharedData.directory!.appendingPathComponent("samhsa/national_directory_sa_2022_facilities.csv"),
                SharedData.directory!.appendingPathComponent("samhsa/national_directory_mh_2022_facilities.csv"),
            ])
            #expect(csv.facilitiesCreated == 0 && csv.facilitiesUpdated == 0 && csv.facilitiesUnchanged == facilities)
            try await app.catalog.refresh(app.db)
            #expect(Set(app.catalog.service.index.listings.map(\.id)) == ids)

            // A cut-off workbook: a clear error, the database as it was.
            let data = try Data(contentsOf: SharedData.directory!.appendingPathComponent(SourceFiles.saWorkbook))
            let cut = FileManager.default.temporaryDirectory.appendingPathComponent("cut_SA_2022.xlsx")
            try data.prefix(data.count * 2 / 3).write(to: cut)
            defer { try? FileManager.default.removeItem(at: cut) }
            await #expect(throws: TableError.self) { try await importer.importSAMHSA([cut]) }
            #expect(try await count(app, "facilities") == facilities)
            #expect(try await app.catalog.refresh(app.db) == false)

            // The issue's own check: ZIP 10001, 10 miles, Medicaid, buprenorphine, nearest first.
            let results = try app.catalog.service.search(parameters: ["near": ["10001"], "radius": ["10"], "payment": ["medicaid"], "medication": ["buprenorphine"]])
            #expect(results.total > 50)
            let items = results.items
            #expect(items.allSatisfy { $0.listing.terms.contains("medicaid") && $0.listing.terms.contains("buprenorphine") })
            #expect(zip(items, items.dropFirst()).allSatisfy { $0.distanceMiles! <= $1.distanceMiles! })
            #expect(items.last!.distanceMiles! <= 10)
        }
    }
}
