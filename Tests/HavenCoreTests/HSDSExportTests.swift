import Foundation
import Testing
@testable import HavenCore

@Suite struct HSDSExportTests {
    let listings: [FacilityListing] = (0..<40).map { i in
        FacilityListing(id: StableID.uuid(for: "f\(i)"), name: "Place \(i), \"Quoted\"", name2: i % 2 == 0 ? "Unit" : "",
                        street1: "\(i) Main St", city: "Town", state: "NY", zip: "10001", phone: "212-555-01\(10 + i) x\(i)",
                        intake1: i % 3 == 0 ? "800-555-0100" : "", website: i % 4 == 0 ? "http://" : "https://example.org/\(i)",
                        coordinate: Coordinate(latitude: 40.7, longitude: -74), precision: i % 5 == 0 ? .zipCentroid : .address,
                        terms: ["medicaid", "buprenorphine", "spanish", "adults"], isListed: i != 7)
    }

    func export(json: Bool = false) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hsds-\(UUID().uuidString)")
        try HSDSExporter(writeJSON: json).write(listings, to: dir)
        return dir
    }

    func table(_ dir: URL, _ name: String) throws -> Table {
        try CSVReader.read(contentsOf: dir.appendingPathComponent(HSDSSchema.table(name).path))
    }

    @Test func everyTableWithItsHeaderAndLinkedIDs() throws {
        let dir = try export()
        defer { try? FileManager.default.removeItem(at: dir) }
        for t in HSDSSchema.tables { #expect(try table(dir, t.name).header == t.header, "\(t.name)") }
        #expect(try table(dir, "service").rows.count == 40)
        #expect(try table(dir, "attribute").rows.count == 160)
        #expect(try table(dir, "phone").rows.count == 40 + 14)
        #expect(try table(dir, "language").rows.count == 40)
        // Every reference points at a row that exists.
        for t in HSDSSchema.tables {
            let rows = try table(dir, t.name)
            let cols = rows.columns()
            for (column, target) in t.foreignKeys {
                let ids = Set(try table(dir, target).rows.map { $0[0] })
                for row in rows.rows where !row[cols[column]!].isEmpty {
                    #expect(ids.contains(row[cols[column]!]), "\(t.name).\(column) -> \(target)")
                }
            }
        }
        let services = try table(dir, "service")
        let status = services.rows.map { $0[services.columns()["status"]!] }
        #expect(status.filter { $0 == "inactive" }.count == 1)
        #expect(!services.rows.contains { $0[services.columns()["url"]!] == "http://" }, "placeholders are not web addresses")
        #expect(services.rows.contains { $0[services.columns()["name"]!] == "Place 0, \"Quoted\", Unit" })
    }

    @Test func idsAreStableAcrossExports() throws {
        let a = try export(), b = try export()
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        for t in HSDSSchema.tables {
            let one = try Data(contentsOf: a.appendingPathComponent(t.path)), two = try Data(contentsOf: b.appendingPathComponent(t.path))
            #expect(one == two, "\(t.path) differs between two exports of the same data")
        }
        let location = try table(a, "location")
        #expect(location.rows.map { $0[0] } == listings.map(\.idString).sorted(), "a location's id is the facility's id, in id order")
    }

    @Test func jsonObjectsPerTableWithAttributesNested() throws {
        let dir = try export(json: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let services = dir.appendingPathComponent("json/service")
        let files = try FileManager.default.contentsOfDirectory(atPath: services.path)
        #expect(files.count == 40)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: services.appendingPathComponent(files[0]))) as? [String: Any])
        #expect((object["attributes"] as? [[String: Any]])?.count == 4)
        #expect(object["status"] != nil && object["organization_id"] != nil)
        let location = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("json/location").path)
        let loc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("json/location/\(location[0])"))) as? [String: Any])
        #expect(loc["latitude"] as? Double == 40.7)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("json/attribute").path))
    }
}
