import Foundation
import Testing
@testable import HavenCore

@Suite struct HSDSImportTests {
    /// In id order, as the export writes them.
    let listings: [FacilityListing] = (0..<30).map(Self.listing).sorted { $0.idString < $1.idString }

    /// Varied on purpose: empty street, extensions and text that only looks like one, no website, no coordinates,
    /// ZIP-center coordinates, not listed, other taxonomies' terms with commas and quotes.
    static func listing(_ i: Int) -> FacilityListing {
        let phone: String = i % 6 == 0 ? "212-555-0100 x 12 (ask for intake)" : i % 7 == 0 ? "212-555-0177 x07" : "212-555-01\(10 + i) x\(i)"
        let coordinate: Coordinate? = i == 5 ? nil : Coordinate(latitude: 40.7 + Double(i) / 1000, longitude: -74.123456789)
        let precision: GeoPrecision = i == 5 ? .none : (i % 5 == 0 ? .zipCentroid : .address)
        let terms: [String] = i % 2 == 0 ? ["adults", "buprenorphine", "medicaid", "spanish"] : ["detox", "vietnamese"]
        var others: [OtherTerm] = []
        if i % 3 == 0 {
            others = [OtherTerm(taxonomy: "211 LA", code: "BD-1800", name: "Food, \"pantry\"", value: "yes"),
                      OtherTerm(taxonomy: "language", code: "ur", name: "Urdu")]
        }
        return FacilityListing(
            id: StableID.uuid(for: "f\(i)"), name: "Place \(i), \"Quoted\"", name2: i % 2 == 0 ? "Unit \(i)" : "",
            street1: i == 3 ? "" : "\(i) Main St", street2: i % 4 == 0 ? "Suite 2" : "", city: "Town", state: "NY", zip: "10001",
            phone: phone, intake1: i % 3 == 0 ? "800-555-0100" : "", intake2: i % 9 == 0 || i == 4 ? "800-555-0199 x7" : "",
            website: i % 4 == 0 ? "" : "https://example.org/\(i)?a=1,2", coordinate: coordinate, precision: precision,
            terms: terms.sorted(), isListed: i != 7, otherTerms: others)
    }

    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("hsds-import-\(UUID().uuidString)")
    }

    func mapped(_ dir: URL, zips: [String: Coordinate] = [:]) throws -> HSDSMapping {
        HSDSMapper(zipCentroids: zips).map(try HSDSPackage.read(dir))
    }

    @Test func roundTripGivesBackEveryFieldAndTheSameExport() throws {
        let first = temporaryFolder(), second = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        try HSDSExporter().write(listings, to: first)
        let result = try mapped(first)
        #expect(result.issueCount == 0, "\(result.files.flatMap(\.rejected))")
        #expect(result.files.allSatisfy { $0.warnings.isEmpty }, "\(result.files.flatMap(\.warnings))")
        #expect(result.facilities.count == listings.count)
        for (original, back) in zip(listings, result.facilities.map(\.listing)) {
            #expect(back == original, "\(original.name)")
        }
        // Exporting what was imported writes the same bytes, every table.
        try HSDSExporter().write(result.facilities.map(\.listing), to: second)
        for t in HSDSSchema.tables {
            let a = try Data(contentsOf: first.appendingPathComponent(t.path)), b = try Data(contentsOf: second.appendingPathComponent(t.path))
            #expect(a == b, "\(t.path) changed on the round trip")
        }
        #expect(result.facilities[0].payload.contains("\"service_at_location\":[{"))
    }

    @Test func theSpecificationsOwnExample() throws {
        let dir = try #require(TestData.directory?.appendingPathComponent("hsds/3.0/examples/csv"))
        let result = try mapped(dir)
        #expect(result.facilities.count == 1)
        let f = try #require(result.facilities.first).listing
        #expect(f.id == UUID(uuidString: "3a19ff88-4620-4d17-9830-ac1d859eb5d5"))
        // The location's own organization is not in the package; the organization of the service offered there is.
        #expect(f.name == "Example Organization Inc.")
        #expect(f.name2 == "MyCity Civic Center")
        #expect(f.street1 == "1-30 Main Street" && f.street2 == "MyVillage" && f.city == "MyCity")
        #expect(f.phone == "+44 1234 234567 x100")
        #expect(f.website == "http://example.com")
        #expect(f.coordinate == nil && f.precision == .none, "latitude 100 is not on Earth")
        #expect(f.otherTerms.contains(OtherTerm(taxonomy: "language", code: "ur", name: "Urdu")))
        #expect(f.isListed)
        #expect(f.terms == ["adults", "children", "seniors", "young-adults"], "the service's ages 12 to 100")
        let notes = result.files.flatMap(\.warnings).map(\.description)
        #expect(notes.contains { $0.contains("datapackage.json") })
        #expect(notes.contains { $0.contains("locations.csv line 2") && $0.contains("not a place on Earth") })
        #expect(notes.contains { $0.contains("MyState") })
        #expect(notes.contains { $0.contains("ABC 1234") })
        let rejected = result.files.flatMap(\.rejected).map(\.description)
        #expect(rejected.contains { $0.hasPrefix("attributes.csv line 2") && $0.contains("f28dd44b-0c4d-479f-8e90-4c52219a8b3c") })
        let payload = result.facilities[0].payload
        for kept in ["MyCity Counselling Services", "Translation services provided", "10:00:00", "number 1 Bus"] {
            #expect(payload.contains(kept), "\(kept) is kept verbatim")
        }
    }

    func write(_ files: [String: String], to dir: URL) throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
    }

    static let org = "11111111-1111-4111-8111-111111111111", svc = "22222222-2222-4222-8222-222222222222"
    static let loc = "33333333-3333-4333-8333-333333333333"

    @Test func badRowsAreRejectedWithTheirLineAndReason() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let code = try #require(Taxonomy.haven.terms.first { $0.codes.contains { $0.directory == .substanceUse } })
        let sa = code.codes.first { $0.directory == .substanceUse }!
        try write([
            "organizations.csv": "id,name\n\(Self.org),Harbor Recovery\n",
            "services.csv": "id,organization_id,name,status\n\(Self.svc),\(Self.org),Detox,active\nsvc-2,\(Self.org),Lonely,active\n",
            "locations.csv": "id,name,location_type,latitude,longitude\n\(Self.loc),,physical,35.1,-90.2\n\(Self.loc),Copy,physical,,\n,No id,physical,,\nloc-4,,physical,,\n",
            "addresses.csv": "id,location_id,address_1,city,state_province,postal_code,country,address_type\na1,\(Self.loc),1 Main St,Memphis,Tennessee,38103-1234,US,physical\na2,nowhere,2 Main St,Memphis,TN,38103,US,physical\n",
            "service_at_location.csv": "id,service_id,location_id\ns1,\(Self.svc),\(Self.loc)\ns2,missing,\(Self.loc)\n",
            "taxonomies.csv": "id,name,description\ntx1,SAMHSA,codes\ntx2,AIRS,211 taxonomy\n",
            "taxonomy_terms.csv": "id,code,name,description,taxonomy_id\nt1,\(sa.code),x,x,tx1\nt2,BD-1800,Food Pantries,x,tx2\n",
            "attributes.csv": "id,link_id,taxonomy_term_id,link_entity,value\nat1,\(Self.svc),t1,service,\nat2,\(Self.svc),t2,service,weekly\nat3,\(Self.svc),t9,service,\n",
        ], to: dir)
        let result = try mapped(dir, zips: ["38103": Coordinate(latitude: 35.14, longitude: -90.05)])
        let rejected = result.files.flatMap(\.rejected).map(\.description)
        #expect(rejected.contains("locations.csv line 3: id \(Self.loc) is already used on line 2"))
        #expect(rejected.contains("locations.csv line 4: no id"))
        #expect(rejected.contains("locations.csv line 5: no name: neither the location nor an organization or service linked to it has one"))
        #expect(rejected.contains("addresses.csv line 3: location_id nowhere is not in locations.csv"))
        #expect(rejected.contains("service_at_location.csv line 3: service_id missing is not in services.csv"))
        #expect(rejected.contains("attributes.csv line 4: taxonomy_term_id t9 is not in taxonomy_terms.csv"))
        let notes = result.files.flatMap(\.warnings).map(\.description)
        #expect(notes.contains { $0.hasPrefix("services.csv line 3") && $0.contains("offered at no location") })
        #expect(result.files.first?.file == "datapackage.json", "a folder without a descriptor is noted first")

        #expect(result.facilities.count == 1)
        let f = try #require(result.facilities.first).listing
        #expect(f.name == "Harbor Recovery" && f.name2 == "")
        #expect(f.state == "TN" && f.zip == "38103", "state names become codes, ZIP+4 its ZIP")
        #expect(f.coordinate == Coordinate(latitude: 35.1, longitude: -90.2) && f.precision == .address)
        #expect(f.terms == Taxonomy.haven.terms(for: sa)!.map(\.slug).sorted(), "a SAMHSA code maps through the crosswalk")
        #expect(f.otherTerms == [OtherTerm(taxonomy: "AIRS", code: "BD-1800", name: "Food Pantries", value: "weekly")])
    }

    @Test func serviceAgesBecomeAgeGroups() {
        func ages(_ low: String, _ high: String) -> [String]? { try? HSDSMapper.ageTerms(minimum: low, maximum: high).get() }
        #expect(ages("", "") == [])
        #expect(ages("12", "100") == ["children", "young-adults", "adults", "seniors"])
        #expect(ages("18", "") == ["young-adults", "adults", "seniors"])
        #expect(ages("", "17") == ["children"])
        #expect(ages("26", "64") == ["adults"])
        #expect(ages("25.5", "26") == ["young-adults", "adults"])
        #expect(ages("65", "") == ["seniors"])
        #expect(ages("40", "30") == nil)
        #expect(ages("ten", "") == nil)
    }

    @Test func aPackagesLicensesAreReadAndCarriedIntoHavensExport() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write([
            "datapackage.json": #"{"name": "memphis-211", "title": "Memphis 211", "version": "2026.11", "licenses": [{"name": "CC-BY-SA-4.0", "path": "https://creativecommons.org/licenses/by-sa/4.0/", "title": "Creative Commons Attribution Share-Alike 4.0"}, {"title": "Ask before reuse"}], "resources": [{"name": "location", "path": "places.csv"}]}"#,
            "places.csv": "id,name\n\(Self.loc),Walk-in clinic\n",
        ], to: dir)
        let package = try HSDSPackage.read(dir)
        #expect(package.name == "memphis-211" && package.title == "Memphis 211" && package.version == "2026.11")
        #expect(package.rows("location").count == 1, "files are found through the descriptor")
        #expect(package.licenses.map(\.label) == ["Creative Commons Attribution Share-Alike 4.0", "Ask before reuse"])

        let descriptor = HSDSSchema.dataPackage(version: "1", credits: [DataCredit(title: package.title, licenses: package.licenses)])
        let licenses = try #require(descriptor["licenses"] as? [[String: String]])
        #expect(licenses.count == 3)
        #expect(licenses.contains(["name": "CC-BY-SA-4.0", "path": "https://creativecommons.org/licenses/by-sa/4.0/", "title": "Creative Commons Attribution Share-Alike 4.0"]))
        #expect(licenses.contains(["name": "Ask before reuse", "title": "Ask before reuse"]), "a license needs a name or a path")
        #expect((descriptor["sources"] as? [[String: String]])?.contains(["title": "Memphis 211"]) == true)
    }

    @Test func zipCenterWhenThereAreNoCoordinates() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write([
            "locations.csv": "id,name\n\(Self.loc),Walk-in clinic\n",
            "addresses.csv": "id,location_id,address_1,city,state_province,postal_code,country,address_type\na1,\(Self.loc),1 Main St,Memphis,TN,38103,US,physical\n",
        ], to: dir)
        let f = try #require(try mapped(dir, zips: ["38103": Coordinate(latitude: 35.14, longitude: -90.05)]).facilities.first).listing
        #expect(f.name == "Walk-in clinic" && f.precision == .zipCentroid && f.coordinate?.latitude == 35.14)
    }

    @Test func unusableFilesStopTheWholeImport() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(["organizations.csv": "id,name\n1,A\n"], to: dir)
        #expect { try HSDSPackage.read(dir) } throws: { "\($0)".contains("no locations.csv") }
        try write(["locations.csv": "name,latitude\nA,1\n"], to: dir)
        #expect(throws: TableError.missingColumns("locations.csv", ["id"])) { try HSDSPackage.read(dir) }
        try write(["locations.csv": "id,name\n1,\"never closed\n"], to: dir)
        #expect(throws: TableError.unterminatedQuote("locations.csv", line: 2)) { try HSDSPackage.read(dir) }
        #expect { try HSDSPackage.read(dir.appendingPathComponent("nothing-here")) } throws: { "\($0)".contains("is not a folder") }
    }
}

/// HSDS JSON: what an HSDS API serves and `haven export hsds --json` writes.
@Suite struct HSDSJSONImportTests {
    @Test func theSpecificationsJSONExamplesGiveTheSamePlaceAsItsCSV() throws {
        let examples = try #require(TestData.directory?.appendingPathComponent("hsds/3.0/examples"))
        let json = HSDSMapper().map(try HSDSPackage.open(examples))
        let csv = HSDSMapper().map(try HSDSPackage.open(examples.appendingPathComponent("csv")))
        #expect(json.facilities.count == 1)
        let a = try #require(json.facilities.first).listing, b = try #require(csv.facilities.first).listing
        #expect(a.id == b.id && a.name == b.name && a.name2 == b.name2 && a.street1 == b.street1 && a.city == b.city)
        #expect(a.phone == b.phone && a.website == b.website && a.terms == b.terms)
        #expect(a.otherTerms.contains(OtherTerm(taxonomy: "language", code: "ur", name: "Urdu")))
        let notes = json.files.flatMap(\.warnings).map(\.description)
        #expect(notes.contains("base.json: not named for an HSDS table Haven reads; skipped"))
        #expect(notes.contains { $0.hasPrefix("location.json: latitude \"100\"") }, "a note names the object it is about")
        #expect(json.facilities[0].payload.contains("Community Counselling"))
    }

    @Test func havensOwnJSONExportComesBackWhole() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hsds-json-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let listings = (0..<30).map(HSDSImportTests.listing).sorted { $0.idString < $1.idString }
        try HSDSExporter(writeJSON: true).write(listings, to: dir)
        let result = HSDSMapper().map(try HSDSPackage.open(dir.appendingPathComponent("json")))
        #expect(result.issueCount == 0, "\(result.files.flatMap(\.rejected))")
        #expect(result.files.allSatisfy { $0.warnings.isEmpty }, "\(result.files.flatMap(\.warnings))")
        for (back, original) in zip(result.facilities.map(\.listing), listings) {
            #expect(back == original, "\(back) differs from \(original)")
        }
        #expect(result.facilities.count == listings.count)
        #expect(result.files.first?.file == "location objects")
        let package = try HSDSPackage.open(dir.appendingPathComponent("json"))
        #expect(package.name == HSDSSchema.packageName && package.title == "Haven treatment facilities (HSDS 3.0)",
                "the descriptor beside the json folder names the package")
    }

    @Test func nestedObjectsAreLinkedToTheirParentAndMergedWhenRepeated() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hsds-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("service_list.json")
        let org: [String: Any] = ["id": "o1", "name": "Harbor Recovery"]
        func service(_ id: String, _ location: String) -> [String: Any] {
            ["id": id, "name": "Detox", "status": "active", "organization": org, "minimum_age": 18,
             "service_at_locations": [["id": "sal-" + id, "location": ["id": location, "location_type": "physical", "latitude": 35.1, "longitude": -90,
                                                                      "addresses": [["id": "a-" + location, "address_1": "1 Main St", "city": "Memphis", "state_province": "TN",
                                                                                     "postal_code": "38103", "country": "US", "address_type": "physical"]]]]],
             "attributes": [["id": "at-" + id, "taxonomy_term": ["id": "t1", "code": "DT", "name": "Detox", "taxonomy_detail": ["id": "tx", "name": "SAMHSA", "description": "codes"]]]],
             "phones": [["id": "p-" + id, "number": "901-555-0100", "extension": 12, "description": "Intake"]]]
        }
        try JSONSerialization.data(withJSONObject: ["contents": [service("s1", "l1"), service("s2", "l1"), service("s3", "l2")]]).write(to: file)
        let package = try HSDSPackage.open(file)
        #expect(package.rows("organization").count == 1, "the organization under each service is one row")
        #expect(package.rows("location").count == 2)
        let result = HSDSMapper().map(package)
        #expect(result.issueCount == 0, "\(result.files.flatMap(\.rejected))")
        let l1 = try #require(result.facilities.first { $0.listing.coordinate?.latitude == 35.1 && $0.line == 1 }).listing
        #expect(l1.name == "Harbor Recovery" && l1.state == "TN" && l1.intake1 == "901-555-0100 x12")
        let samhsa = Taxonomy.haven.terms(for: SAMHSACode(.substanceUse, "DT")).map { $0.map(\.slug) } ?? []
        #expect(Set(l1.terms).isSuperset(of: samhsa + ["young-adults", "adults", "seniors"]))
        #expect(!l1.terms.contains("children"))
    }
}
