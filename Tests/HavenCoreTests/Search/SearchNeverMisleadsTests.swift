import Foundation
import Testing
@testable import HavenCore

/// Issue 21: words and filters combine as a person means them, carriers and provider-only terms find places,
/// common words are needs, and words that match nothing do not empty the page.
@Suite struct SearchNeverMisleadsTests {
    static let phoenix = ZipCode(zip: "85004", city: "Phoenix", state: "AZ", county: "Maricopa County", coordinate: Coordinate(latitude: 33.45, longitude: -112.07))
    static let chicago = ZipCode(zip: "60601", city: "Chicago", state: "IL", county: "Cook County", coordinate: Coordinate(latitude: 41.89, longitude: -87.62))

    static func listing(_ n: Int, _ zip: ZipCode, _ terms: [String], name: String? = nil) -> FacilityListing {
        FacilityListing(id: StableID.uuid(for: "m\(n)"), name: name ?? "Program \(n)", street1: "\(n) Main St", city: zip.city, state: zip.state,
                        zip: zip.zip, coordinate: Coordinate(latitude: zip.coordinate!.latitude + Double(n % 7) * 0.01, longitude: zip.coordinate!.longitude),
                        precision: .address, terms: terms)
    }

    static let service: SearchService = {
        let p = phoenix, c = chicago
        let listings = [
            listing(1, p, ["substance-use", "detox", "outpatient"]),
            listing(2, p, ["substance-use", "outpatient", "medicaid"]),
            listing(3, p, ["detox", "mental-health"]),                      // detox, but no substance use
            listing(4, p, ["substance-use", "residential", "private-insurance"]),
            listing(5, c, ["substance-use", "private-insurance", "outpatient"]),
            listing(6, c, ["substance-use", "private-insurance", "aetna"], name: "Lakeside Recovery"),
            listing(7, c, ["substance-use", "private-insurance", "naloxone"]),
            listing(8, c, ["substance-use", "medicaid", "naloxone", "syringe-services"]),
            listing(9, c, ["substance-use", "dui-dwi", "outpatient"]),
            listing(10, c, ["substance-use", "dui-dwi"], name: "Second Chance DUI Classes"),
            listing(11, c, ["mental-health", "naloxone", "fentanyl-test-strips"]),
        ]
        return SearchService(index: SearchIndex(listings: listings), places: PlaceResolver(zipCodes: [p, c]))
    }()

    func total(_ params: [String: [String]]) throws -> Int { try Self.service.search(parameters: params).total }

    // MARK: 1. A filter never widens

    @Test(arguments: [
        ("ketamine", "care_type", "detox"),            // the finding: 214 -> 216 near Phoenix
        ("alcohol", "setting", "outpatient"),
        ("opioids", "payment", "medicaid"),
    ])
    func aFilterBesideWordsNarrows(_ words: String, _ facet: String, _ term: String) throws {
        let near = words == "ketamine" ? "Phoenix, AZ" : "Chicago, IL"
        let before = try total(["near": [near], "q": [words]])
        let after = try Self.service.search(parameters: ["near": [near], "q": [words], facet: [term]])
        #expect(after.total <= before, "\(words) + \(term): \(after.total) > \(before)")
        #expect(after.total <= (try total(["near": [near], facet: [term]])))
        #expect(after.applied.filters[facet] == [term] && after.applied.needs == [["substance-use"]], "the words' need is not OR-ed with the filter")
    }

    @Test func ketamineAndDetoxIsSubstanceUseAndDetox() throws {
        let r = try Self.service.search(parameters: ["near": ["Phoenix, AZ"], "q": ["ketamine"], "care_type": ["detox"]])
        #expect(r.items.map(\.listing.name) == ["Program 1"], "not Program 3 (detox without substance use)")
    }

    /// Over random searches made of the needs table's own words, a place and filters: adding a filter in a facet not
    /// yet chosen never gives more, and words with filters never give more than either alone.
    @Test func addingAFilterNeverWidens() throws {
        var rng = SplitMix64(seed: 21)
        let phrases = NeedWords.all.flatMap(\.phrases)
        let facets = Taxonomy.haven.facets.filter(\.isFilter)
        for _ in 0..<400 {
            var params: [String: [String]] = ["near": [Bool.random(using: &rng) ? "Phoenix, AZ" : "Chicago, IL"], "radius": ["100"]]
            params["q"] = [(0..<Int.random(in: 1...2, using: &rng)).map { _ in phrases.randomElement(using: &rng)! }.joined(separator: " ")]
            let before = try total(params)
            let facet = facets.randomElement(using: &rng)!
            params[facet.slug] = [facet.termSlugs.randomElement(using: &rng)!]
            let after = try total(params)
            #expect(after <= before, "\(params)")
            var filtersOnly = params
            filtersOnly["q"] = nil
            #expect(after <= (try total(filtersOnly)), "\(params)")
        }
    }

    // MARK: 2. Carriers

    @Test(arguments: ["aetna", "Aetna insurance", "blue cross", "kaiser"])
    func aCarrierSearchesPrivateInsuranceAndPutsThoseThatNamedItFirst(_ words: String) throws {
        let r = try Self.service.search(parameters: ["near": ["Chicago, IL"], "q": [words]])
        #expect(r.total == 3, "every place near Chicago that takes private insurance")
        #expect(r.applied.needs == [["private-insurance"]])
        #expect(r.reading?.notes.contains { $0.contains("do not list insurance carriers") } == true)
        if words.lowercased().hasPrefix("aetna") {
            #expect(r.preferredCount == 1)
            #expect(r.items.first?.listing.name == "Lakeside Recovery", "the one whose staff named Aetna comes first")
        } else {
            #expect(r.preferredCount == 0)
        }
    }

    // MARK: 3, 4. Words people use

    @Test(arguments: ["needle exchange", "syringes", "clean needles"])
    func syringeWordsFindHarmReductionWithTheProgramsFirst(_ words: String) throws {
        let r = try Self.service.search(parameters: ["near": ["Chicago, IL"], "q": [words]])
        #expect(r.total == 3)
        #expect(r.items.first?.listing.name == "Program 8", "the listing with a syringe program first")
        #expect(r.reading?.notes.first?.contains("do not list needle and syringe programs") == true)
    }

    @Test(arguments: ["fentanyl test strips", "test strips", "fts"])
    func testStripsFindNaloxonePlaces(_ words: String) throws {
        let r = try Self.service.search(parameters: ["near": ["Chicago, IL"], "q": [words]])
        #expect(r.total == 3)
        #expect(r.items.first?.listing.name == "Program 11")
    }

    @Test(arguments: ["pills", "prescription pills", "prescription drugs"])
    func pillsAreSubstanceUse(_ words: String) throws {
        let r = try Self.service.search(parameters: ["near": ["Chicago, IL"], "q": [words]])
        #expect(r.total == 6 && r.applied.text == nil)
    }

    @Test(arguments: [("DUI class", "DUI"), ("DUI classes near me", "dui"), ("alcohol program", "alcohol"), ("rehab near", "rehab")])
    func kindWordsAreNotNames(_ typed: String, _ plain: String) throws {
        let a = try Self.service.search(parameters: ["near": ["Chicago, IL"], "q": [typed]])
        #expect(a.total == (try total(["near": ["Chicago, IL"], "q": [plain]])), "\(typed)")
        #expect(a.applied.text == nil)
    }

    @Test(arguments: ["zzyzx", "pils clinc", "Xanadu Wellness"])
    func wordsThatMatchNothingAreSetAsideAndSaidSo(_ words: String) throws {
        let r = try Self.service.search(parameters: ["near": ["Chicago, IL"], "q": [words]])
        #expect(r.total == 7)
        #expect(!r.setAside.isEmpty && r.applied.text == nil)
        // A name that is there is still a name.
        #expect(try Self.service.search(parameters: ["near": ["Chicago, IL"], "q": ["Lakeside"]]).total == 1)
    }

    // MARK: 5, 8. Distances from where the person means

    @Test func aTownIsMeasuredFromItsProgramsNotItsZipCentres() throws {
        // Elko's ZIP centre lies miles out of town; its programs are downtown.
        let zip = ZipCode(zip: "89801", city: "Elko", state: "NV", county: "Elko County", coordinate: Coordinate(latitude: 40.95, longitude: -115.60))
        let downtown = Coordinate(latitude: 40.833, longitude: -115.763)
        let listings = (0..<3).map { n in
            FacilityListing(id: StableID.uuid(for: "elko\(n)"), name: "Elko \(n)", street1: "\(n) Idaho St", city: "Elko", state: "NV", zip: "89801",
                            coordinate: Coordinate(latitude: downtown.latitude + Double(n) * 0.002, longitude: downtown.longitude),
                            precision: .address, terms: ["substance-use"])
        }
        let service = SearchService(index: SearchIndex(listings: listings), places: PlaceResolver(zipCodes: [zip]))
        let town = try service.search(parameters: ["near": ["Elko, NV"]])
        #expect(town.place?.from == "downtown Elko, NV")
        #expect(town.items.allSatisfy { ($0.distanceMiles ?? 99) < 0.5 }, "\(town.items.map(\.distanceMiles))")
        let one = SearchService(index: SearchIndex(listings: Array(listings.prefix(1))), places: PlaceResolver(zipCodes: [zip]))
        let single = try one.search(parameters: ["near": ["Elko, NV"]])
        #expect(single.place?.from == "Elko, NV\u{2019}s listed program", "one program is where it is, not \"downtown\"")
        #expect(single.items.first?.distanceMiles == 0)
        let byZip = try service.search(parameters: ["near": ["89801"]])
        #expect(byZip.place?.from == "the middle of ZIP code 89801", "a ZIP is measured from its middle, and says so")
        #expect(byZip.items.allSatisfy { ($0.distanceMiles ?? 0) > 5 })
    }

    @Test func aCountyIsSortedByDistanceFromItsMiddleAndKeepsAChosenRadius() throws {
        let zips = [
            ZipCode(zip: "90012", city: "Los Angeles", state: "CA", county: "Los Angeles County", coordinate: Coordinate(latitude: 34.06, longitude: -118.24)),
            ZipCode(zip: "93534", city: "Lancaster", state: "CA", county: "Los Angeles County", coordinate: Coordinate(latitude: 34.69, longitude: -118.15)),
            ZipCode(zip: "90802", city: "Long Beach", state: "CA", county: "Los Angeles County", coordinate: Coordinate(latitude: 33.77, longitude: -118.19)),
            ZipCode(zip: "92101", city: "San Diego", state: "CA", county: "San Diego County", coordinate: Coordinate(latitude: 32.72, longitude: -117.16)),
        ]
        let listings = zips.enumerated().map { n, z in
            FacilityListing(id: StableID.uuid(for: "la\(n)"), name: "A\(n) \(z.city)", street1: "1 Main St", city: z.city, state: z.state, zip: z.zip,
                            coordinate: z.coordinate, precision: .address, terms: ["substance-use"])
        }
        let service = SearchService(index: SearchIndex(listings: listings), places: PlaceResolver(zipCodes: zips))
        let all = try service.search(parameters: ["near": ["Los Angeles County, CA"]])
        #expect(all.sort == .distance)
        #expect(all.items.map(\.listing.city) == ["Los Angeles", "Long Beach", "Lancaster"], "inside the county, nearest its middle first")
        #expect(all.items.allSatisfy { $0.distanceMiles != nil })
        #expect(all.place?.from == "the middle of Los Angeles County")
        let near = try service.search(parameters: ["near": ["Los Angeles County, CA"], "radius": ["10"]])
        #expect(near.items.allSatisfy { $0.distanceMiles! <= 10 } && near.total < all.total, "a chosen radius holds")
        let queens = try service.search(parameters: ["near": ["Los Angeles County"], "sort": ["name"]])
        #expect(queens.sort == .name)
    }
}
