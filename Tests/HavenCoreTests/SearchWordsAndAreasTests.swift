import Foundation
import Testing
@testable import HavenCore

/// The search with places that are areas (a state, a county) and needs said in words.
@Suite struct SearchWordsAndAreasTests {
    static let zips = [
        ZipCode(zip: "80202", city: "Denver", state: "CO", county: "Denver County", coordinate: Coordinate(latitude: 39.75, longitude: -105.0)),
        ZipCode(zip: "81501", city: "Grand Junction", state: "CO", county: "Mesa County", coordinate: Coordinate(latitude: 39.07, longitude: -108.56)),
        ZipCode(zip: "60601", city: "Chicago", state: "IL", county: "Cook County", coordinate: Coordinate(latitude: 41.89, longitude: -87.62)),
        ZipCode(zip: "60453", city: "Oak Lawn", state: "IL", county: "Cook County", coordinate: Coordinate(latitude: 41.71, longitude: -87.75)),
        ZipCode(zip: "60540", city: "Naperville", state: "IL", county: "DuPage County", coordinate: Coordinate(latitude: 41.76, longitude: -88.15)),
    ]

    static func listing(_ n: Int, _ zip: ZipCode, _ terms: [String], name: String? = nil, street: String = "1 Main St") -> FacilityListing {
        FacilityListing(id: StableID.uuid(for: "w\(n)"), name: name ?? "Program \(n)", street1: street, city: zip.city, state: zip.state,
                        zip: zip.zip, coordinate: zip.coordinate, precision: .address, terms: terms)
    }

    static let service: SearchService = {
        let z = zips
        let listings = [
            listing(1, z[0], ["substance-use", "detox"]),
            listing(2, z[1], ["substance-use", "outpatient", "buprenorphine"]),
            listing(3, z[2], ["substance-use", "buprenorphine", "female"], name: "New Hope Women's Center"),
            listing(4, z[3], ["mental-health"]),
            listing(5, z[4], ["substance-use", "buprenorphine"]),
            listing(6, z[1], ["substance-use", "telehealth"], street: ""),
        ]
        return SearchService(index: SearchIndex(listings: listings), places: PlaceResolver(zipCodes: z))
    }()

    func names(_ params: [String: [String]]) throws -> [String] {
        try Self.service.search(parameters: params).items.map(\.listing.name)
    }

    @Test func aStateSearchesEveryListingInTheStateWithNoDistance() throws {
        let r = try Self.service.search(parameters: ["near": ["Colorado"]])
        #expect(Set(r.items.map(\.listing.name)) == ["Program 1", "Program 2", "Program 6"])
        #expect(r.items.allSatisfy { $0.distanceMiles == nil })
        #expect(r.sort == .name)
        #expect(r.place?.area == .state("CO"))
    }

    @Test func aCountySearchesItsZipCodesOnly() throws {
        let r = try Self.service.search(parameters: ["near": ["Cook County, IL"]])
        #expect(Set(r.items.map(\.listing.name)) == ["New Hope Women's Center", "Program 4"])
    }

    @Test func wordsBecomeFiltersAndSayWhatWasUnderstood() throws {
        let r = try Self.service.search(parameters: ["near": ["Illinois"], "q": ["suboxone"]])
        #expect(Set(r.items.map(\.listing.name)) == ["New Hope Women's Center", "Program 5"])
        #expect(r.applied.needs == [["buprenorphine"]], "required on its own, not merged into the filters")
        #expect(r.applied.filters.isEmpty)
        #expect(r.applied.text == nil)
        #expect(r.reading?.understood.first?.phrase == "suboxone")
    }

    @Test func ketamineFindsSubstanceUsePrograms() throws {
        let r = try Self.service.search(parameters: ["near": ["Colorado"], "q": ["ketamine"]])
        #expect(r.total == 3)
        #expect(r.reading?.notes.isEmpty == false)
    }

    @Test func leftoverWordsSearchNamesAndAreSetAsideWhenNoNameHasThem() throws {
        #expect(try names(["q": ["New Hope women"]]) == ["New Hope Women's Center"])
        let r = try Self.service.search(parameters: ["q": ["suboxone Zebra"]])
        #expect(r.total == 3)
        #expect(r.applied.text == nil)
        #expect(r.reading?.unused == ["zebra"])
    }

    @Test func wordsThatNameNoNeedSearchNames() throws {
        #expect(try names(["q": ["New Hope"]]) == ["New Hope Women's Center"])
        #expect(try Self.service.search(parameters: ["q": ["New Hope"]]).reading == nil)
    }

    @Test func telehealthIsCountedPerState() {
    }
}
