import Foundation
@testable import HavenApp
import HavenCore

/// Fixed models for page snapshots: the same text in every field, a pinned date, fixed ids.
enum PageFixtures {
    static let date = Date(timeIntervalSince1970: 1_795_000_000)  // November 18, 2026
    static let id = UUID(uuidString: "3f2c5e1a-0000-8000-8000-000000000001")!
    static let newYork = Coordinate(latitude: 40.7506, longitude: -73.9972)

    /// A facility whose every text field is `text` (or a plain listing when `text` is nil).
    static func listing(_ text: String? = nil, id: UUID = id, precision: GeoPrecision = .zipCentroid) -> FacilityListing {
        var listing = FacilityListing(
            id: id, name: text ?? "Harbor Recovery Center", name2: text ?? "Outpatient clinic", street1: text ?? "12 Main St",
            street2: text ?? "Suite 3", city: text ?? "New York", state: text ?? "NY", zip: text ?? "10001",
            phone: text ?? "212-555-0100", intake1: text ?? "212-555-0101 x12", intake2: text ?? "",
            website: text ?? "https://harbor.example.org", coordinate: newYork, precision: precision,
            terms: ["outpatient", "buprenorphine", "medicaid", "self-pay", "sliding-fee"], updatedAt: date,
            otherTerms: [OtherTerm(taxonomy: text ?? "open-eligibility", code: text ?? "123", name: text ?? "Peer support", value: text ?? "")])
        // A package's version is its publisher's text, shown on cards.
        listing.source = "an imported HSDS data package, version " + (text ?? "1.0")
        // What the facility's staff typed: every text field.
        listing.details.description = text ?? "Outpatient care for adults.\n\nWalk in for a first visit."
        listing.details.hours = OpeningHours(days: [.init(opens: 480, closes: 1020)] + Array(repeating: nil, count: 6), note: text ?? "Intake until 3 PM")
        listing.details.newPatients = NewPatients(status: .waitlist, waitDays: 14, confirmedAt: date)
        listing.details.otherPlans = text ?? "Medi-Cal through L.A. Care"
        listing.details.costs = text ?? "Sliding scale from $20 a visit"
        listing.details.licenses = text ?? "NY OASAS 1234"
        listing.verification = Verification(by: .provider, at: date)
        return listing
    }

    static func facilityModel(_ text: String? = nil) -> FacilityPageModel {
        var m = FacilityPageModel(
            listing: listing(text),
            origins: ["phone": .edit(author: text ?? "provider@harbor.example.org", at: date)],
            sources: [Provenance(directory: Directory.substanceUse.rawValue, title: text ?? "National Directory of Drug and Alcohol Use Treatment Facilities",
                                 sourceFile: text ?? "National_Directory_SA_Facilities_2022.xlsx", edition: text ?? "2022", line: 42,
                                 present: true, importedAt: date, terms: []),
                      Provenance(directory: HSDSSource.directory, title: text ?? "HSDS 3.0 data package", sourceFile: text ?? "city-services",
                                 edition: text ?? "1.0", line: 7, present: false, importedAt: date, terms: [])],
            staleBefore: date.addingTimeInterval(-365 * 86_400), taxonomy: .haven)
        m.takesMessages = true
        m.open = (.closed(opens: (.monday, 480)), "Eastern Time")
        return m
    }

    static func service(_ listings: [FacilityListing], city: String = "New York") -> SearchService {
        SearchService(index: SearchIndex(listings: listings),
                      places: PlaceResolver(zipCodes: [ZipCode(zip: "10001", city: city, state: "NY", county: "New York", coordinate: newYork)]))
    }

    /// Three facilities around ZIP 10001, filtered by Medicaid, two to a page.
    static func resultsModel(_ text: String? = nil) throws -> ResultsPageModel {
        let listings = (1...3).map { n in listing(text, id: UUID(uuidString: "3f2c5e1a-0000-8000-8000-00000000000\(n)")!) }
        var query = SearchQuery(near: "10001", radiusMiles: 10, filters: ["payment": ["medicaid"]], perPage: 2)
        query.at = date
        return ResultsPageModel(results: try service(listings, city: text ?? "New York").search(query), taxonomy: .haven)
    }

    /// The seeker's list of three (the first with hours, open at the fixture's date), near New York.
    static func listModel(_ text: String? = nil) -> ListPageModel {
        let listings = (1...3).map { n in listing(text, id: UUID(uuidString: "3f2c5e1a-0000-8000-8000-00000000000\(n)")!) }
        let places = listings.enumerated().map { n, l in
            ListPageModel.Place(listing: l, miles: Double(n) * 1.5, open: n == 0 ? .open(until: 17 * 60) : nil)
        }
        return ListPageModel(list: PlaceList(listings.map(\.id) + [UUID(uuidString: "3f2c5e1a-0000-8000-8000-000000000009")!]), places: places,
                             missing: 1, near: text ?? "10001", from: text ?? "the middle of ZIP code 10001", taxonomy: .haven,
                             publicURL: "https://haven.example.org")
    }

    /// A search by name for `text`, with no place: the form must carry the typed words back safely.
    static func nameSearchModel(_ text: String) throws -> ResultsPageModel {
        var query = SearchQuery(text: text)
        query.at = date
        return ResultsPageModel(results: try service([listing(text)]).search(query), taxonomy: .haven)
    }

    static func aboutModel(_ text: String? = nil) -> AboutDataPageModel {
        AboutDataPageModel(listed: 19_112, precision: [.address: 16_873, .zipCentroid: 2_239], taxonomy: .haven, packages: [
            DataPackageRow(name: text ?? "city-services", title: text ?? "City services", version: text ?? "1.0",
                           licenses: [DataLicense(name: text ?? "CC-BY-SA-4.0", title: text)], places: 211, importedAt: date),
        ])
    }

    static func problemModel(_ text: String? = nil) -> SearchProblemPage.Model {
        let typed = text ?? "Washington"
        return .init(error: .place(.ambiguous(typed, candidates: [text ?? "Washington, DC", text.map { $0 + ", PA" } ?? "Washington, PA"]
            .map { PlaceChoice(label: $0, query: $0) })),
                     query: SearchQuery(near: typed, text: text, filters: ["payment": ["medicaid"]]), near: typed)
    }
}
