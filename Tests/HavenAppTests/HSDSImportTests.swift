import Foundation
@testable import HavenApp
import HavenCore
import SQLKit
import Testing
import VaporTesting

/// The listings an app serves, in id order, with the import time left out (an import is a new change here).
func servedListings(_ app: Application) -> [FacilityListing] {
    app.catalog.service.index.listings.map { l in
        var l = l
        l.updatedAt = Date(timeIntervalSince1970: 0)
        // Where a listing came from differs by design after a round trip (the directory, then the package).
        l.source = ""
        return l
    }.sorted { $0.idString < $1.idString }
}

func temporaryFolder(_ prefix: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
}

@Suite struct HSDSImportAppTests {
    @Test func sampleRoundTripIntoAnEmptyDatabase() async throws {
        let export = temporaryFolder("hsds-export")
        defer { try? FileManager.default.removeItem(at: export) }
        var original: [FacilityListing] = []
        try await withSample { app in
            original = servedListings(app)
            try HSDSExporter().write(app.catalog.service.index.listings, to: export)
        }
        try await withHaven { app in
            let importer = Importer(database: app.db, dataDirectory: nil)
            let first = try await importer.importHSDS(export)
            #expect(first.facilitiesCreated == original.count)
            #expect(first.files.allSatisfy { $0.rejected.isEmpty && $0.warnings.isEmpty }, "\(first.report)")
            #expect(first.files[0].file == "locations.csv" && first.files[0].created == original.count)
            try await app.catalog.refresh(app.db)
            #expect(servedListings(app) == original, "the same facilities, fields and terms")

            // Again: nothing changes.
            let second = try await importer.importHSDS(export)
            #expect(second.facilitiesUnchanged == original.count && second.files[0].unchanged == original.count)
            #expect(try await app.catalog.refresh(app.db) == false, "an unchanged import leaves the data revision: no instance rebuilds")

            let f = original[0]
            try await app.testing().test(.GET, "/facilities/\(f.idString)") { res in
                #expect(res.body.string.contains("HSDS 3.0 data package \u{201C}haven-hsds-export\u{201D}, version 1.0.0 (locations, line "))
            }
            try await app.testing().test(.GET, "/api/v1/facilities/\(f.idString)") { res in
                let body = try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as! [String: Any]
                let sources = body["sources"] as! [[String: Any]]
                #expect(sources.map { $0["directory"] as? String } == ["hsds"])
                #expect((body["other_terms"] as? [Any])?.isEmpty == true)
            }

            try await app.testing().test(.GET, "/about/data") { res in
                #expect(res.body.string.contains("<strong>Haven treatment facilities (HSDS 3.0)</strong> (HSDS data package <code>haven-hsds-export</code>, version 1.0.0): \(original.count) places"))
                #expect(res.body.string.contains("License: SAMHSA national directories: U.S. government work, public domain."))
            }

            // The package drops a location: it is kept, marked missing, out of search.
            let locations = export.appendingPathComponent("locations.csv")
            var lines = try String(contentsOf: locations, encoding: .utf8).components(separatedBy: "\r\n")
            let dropped = lines.remove(at: 1)
            try lines.joined(separator: "\r\n").write(to: locations, atomically: true, encoding: .utf8)
            let third = try await importer.importHSDS(export)
            #expect(third.files[0].noLongerListed == 1 && third.facilitiesMarkedMissing == 1)
            #expect(third.files.contains { $0.file == "service_at_location.csv" && $0.rejected.count == 1 })
            try await app.catalog.refresh(app.db)
            #expect(!app.catalog.service.index.listings.contains { $0.idString == dropped.prefix(36).description && $0.isListed })
            #expect(try await count(app, "facilities") == original.count)
        }
    }

    @Test func aPlaceAPackageStillListsStaysListedWhenSAMHSADropsIt() async throws {
        let sample = try SampleFolder()
        let export = temporaryFolder("hsds-export")
        defer { sample.remove(); try? FileManager.default.removeItem(at: export) }
        try await withHaven { app in
            try await sample.importAll(into: app)
            let n = app.catalog.service.index.listings.count
            try HSDSExporter().write(app.catalog.service.index.listings, to: export)
            let hsds = try await Importer(database: app.db, dataDirectory: nil).importHSDS(export)
            #expect(hsds.facilitiesUnchanged == n, "the same places, now with a second source each")
            #expect(try await count(app, "source_records") > n)

            let dropped = try sample.dropFirstSubstanceUseOnlyRow()
            let summary = try await Importer(database: app.db, dataDirectory: sample.url).importSAMHSA(sample.facilityFiles, locatorFiles: [])
            #expect(summary.files[0].noLongerListed == 1)
            #expect(summary.facilitiesMarkedMissing == 0, "the HSDS package still lists it")
            try await app.catalog.refresh(app.db)
            #expect(app.catalog.service.index.listings.contains { $0.name == dropped && $0.isListed })
        }
    }

    @Test func anImportedPackagesLicenseGoesIntoTheExport() async throws {
        let first = temporaryFolder("hsds-export"), memphis = temporaryFolder("hsds-memphis"), second = temporaryFolder("hsds-export")
        defer { for d in [first, memphis, second] { try? FileManager.default.removeItem(at: d) } }
        try FileManager.default.createDirectory(at: memphis, withIntermediateDirectories: true)
        try Data(#"{"name": "memphis-211", "title": "Memphis 211", "licenses": [{"name": "CC-BY-SA-4.0", "title": "CC BY-SA 4.0"}]}"#.utf8)
            .write(to: memphis.appendingPathComponent("datapackage.json"))
        try Data("id,name\n33333333-3333-4333-8333-333333333333,Walk-in clinic\n".utf8).write(to: memphis.appendingPathComponent("locations.csv"))
        try await withSample { app in
            try HSDSExporter().write(app.catalog.service.index.listings, to: first)
            let importer = Importer(database: app.db, dataDirectory: nil)
            _ = try await importer.importHSDS(first)    // this Haven's own export: nothing new to credit
            _ = try await importer.importHSDS(memphis)
            let repo = try FacilityRepository(app.db)
            try HSDSExporter().write(try await repo.allListings(), to: second, credits: try await repo.dataPackages().map(\.credit))
            let descriptor = try JSONSerialization.jsonObject(with: Data(contentsOf: second.appendingPathComponent("datapackage.json"))) as! [String: Any]
            let licenses = descriptor["licenses"] as! [[String: String]]
            #expect(licenses.map { $0["name"] } == ["public-domain", "CC-BY-SA-4.0"])
            let sources = (descriptor["sources"] as! [[String: String]]).map { $0["title"]! }
            #expect(sources.count == 2 && sources.last == "Memphis 211")
            try await app.testing().test(.GET, "/about/data") { res in #expect(res.body.string.contains("License: CC BY-SA 4.0.")) }
        }
    }

    @Test func strictRefusesAPackageWithABadRowAndWritesNothing() async throws {
        let export = temporaryFolder("hsds-export")
        defer { try? FileManager.default.removeItem(at: export) }
        var n = 0
        try await withSample { app in
            n = app.catalog.service.index.listings.count
            try HSDSExporter().write(app.catalog.service.index.listings, to: export)
        }
        let sal = export.appendingPathComponent("service_at_location.csv")
        try (try String(contentsOf: sal, encoding: .utf8) + "\(UUID()),\(UUID()),\(UUID()),\r\n").write(to: sal, atomically: true, encoding: .utf8)
        try await withHaven { app in
            let importer = Importer(database: app.db, dataDirectory: nil)
            await #expect { try await importer.importHSDS(export, strict: true) } throws: {
                "\($0)".contains("--strict: 1 row(s) rejected") && "\($0)".contains("service_at_location.csv line \(n + 2)")
            }
            #expect(try await count(app, "facilities") == 0)
            // Without --strict the row is reported and the rest imported.
            let summary = try await importer.importHSDS(export)
            #expect(summary.report.contains("rejected: service_at_location.csv line \(n + 2): service_id"))
            #expect(summary.facilitiesCreated == n)
        }
    }

    @Test func aFailedWriteChangesNothing() async throws {
        let export = temporaryFolder("hsds-export")
        defer { try? FileManager.default.removeItem(at: export) }
        try await withSample { app in try HSDSExporter().write(app.catalog.service.index.listings, to: export) }
        try await withHaven { app in
            try await refuseInserts(app, into: "source_records", when: "NEW.line = 20")
            await #expect(throws: (any Error).self) { try await Importer(database: app.db, dataDirectory: nil).importHSDS(export) }
            #expect(try await count(app, "facilities") == 0)
            #expect(try await count(app, "source_records") == 0)
            #expect(try await count(app, "import_runs") == 0)
        }
    }

    @Test(.enabled(if: SharedData.available)) func theSpecificationsExampleShowsWhatHavenDoesNotSearch() async throws {
        try await withHaven { app in
            let summary = try await Importer(database: app.db, dataDirectory: nil)
                .importHSDS(SharedData.directory!.appendingPathComponent("hsds/3.0/examples/csv"))
            #expect(summary.facilitiesCreated == 1)
            #expect(summary.report.contains("rejected: attributes.csv line 2"))
            try await app.catalog.refresh(app.db)
            try await app.testing().test(.GET, "/facilities/3a19ff88-4620-4d17-9830-ac1d859eb5d5") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Other languages</h3><ul><li>Urdu</li>"))
                #expect(res.body.string.contains("no map location"))
            }
            try await app.testing().test(.GET, "/api/v1/facilities/3a19ff88-4620-4d17-9830-ac1d859eb5d5") { res in
                let body = try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as! [String: Any]
                #expect((body["other_terms"] as? [[String: String]])?.first?["name"] == "Urdu")
            }
        }
    }
}

/// The issue's check at national size: export every facility, import the export into an empty database,
/// get the same facilities and terms back.
@Suite(.enabled(if: SharedData.available)) struct NationalHSDSRoundTripTests {
    @Test func exportThenImportGivesTheSameDirectory() async throws {
        let export = temporaryFolder("hsds-national")
        defer { try? FileManager.default.removeItem(at: export) }
        var original: [FacilityListing] = []
        try await withHaven { app in
            let importer = Importer(database: app.db, dataDirectory: SharedData.directory)
            _ = try await importer.importZips()
            _ = try await importer.importSAMHSA()
            try await app.catalog.refresh(app.db)
            original = servedListings(app)
            try HSDSExporter().write(app.catalog.service.index.listings, to: export)
        }
        try await withHaven { app in
            let summary = try await Importer(database: app.db, dataDirectory: nil).importHSDS(export)
            #expect(summary.files.allSatisfy { $0.rejected.isEmpty && $0.warnings.isEmpty })
            #expect(summary.facilitiesCreated == original.count)
            try await app.catalog.refresh(app.db)
            let back = servedListings(app)
            #expect(back.count == original.count)
            #expect(app.catalog.service.index.listings.allSatisfy { $0.source.hasPrefix("an imported HSDS data package") })
            let differing = zip(original, back).filter { $0 != $1 }
            #expect(differing.isEmpty, "\(differing.count) differ, first: \(String(describing: differing.first).prefix(3000))")
            #expect(Set(back.flatMap(\.terms)) == Set(original.flatMap(\.terms)))
        }
    }
}
