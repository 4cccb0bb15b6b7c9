import Foundation
import Testing
@testable import HavenCore

/// One facility replaced in place (a provider's edit) must leave the index exactly as a full rebuild with that
/// listing would be: same results, order, distances and counts, for every kind of change.
extension SearchPropertyTests {
    @Test func replacingOneListingEqualsRebuilding() throws {
        var rng = SplitMix64(seed: 20261130)
        var listings = randomListings(1_500, &rng)
        var index = SearchIndex(listings: listings, taxonomy: taxonomy)
        let filterTerms = taxonomy.facets.filter(\.isFilter).flatMap { taxonomy.terms(in: $0) }.map(\.slug)
        for step in 0..<60 {
            let i = listings.indices.filter { listings[$0].isListed }.randomElement(using: &rng)!
            var l = listings[i]
            switch step % 5 {
            case 0: l.name = (0..<2).map { _ in Self.words.randomElement(using: &rng)! }.joined(separator: " ")
            case 1: l.coordinate = Coordinate(latitude: .random(in: 25...49, using: &rng), longitude: .random(in: -124 ... -67, using: &rng))
            case 2: l.terms = Array(Set((0..<8).map { _ in filterTerms.randomElement(using: &rng)! })).sorted()
            case 3: l.terms = l.terms.contains("telehealth") ? l.terms.filter { $0 != "telehealth" } : (l.terms + ["telehealth"]).sorted()
            default: l.details.description = "A full description of the program, long enough to count."; l.phone = "212-555-0100"
            }
            l.updatedAt = Date(timeIntervalSince1970: Double(step) * 86_400)
            listings[i] = l
            index = try #require(index.replacing(l))
            let rebuilt = SearchIndex(listings: listings, taxonomy: taxonomy)
            for _ in 0..<10 {
                let (q, origin) = randomQuery(listings, &rng)
                let a = index.search(q, origin: origin), b = rebuilt.search(q, origin: origin)
                #expect(a.allIDs == b.allIDs, "step \(step)")
                #expect(a.allDistances == b.allDistances)
                #expect(a.termCounts == b.termCounts)
            }
            #expect(index.completeness == rebuilt.completeness)
        }
        // The index's completeness (from term bits) is the profile's own score.
        for (i, l) in index.listings.enumerated() { #expect(Int(index.completeness[i]) == Completeness(l).score) }
        // A listing the index does not hold, or one that stops being listed: the caller rebuilds.
        var unlisted = listings.first { $0.isListed }!
        unlisted.isListed = false
        #expect(index.replacing(unlisted) == nil)
        #expect(index.replacing(FacilityListing(id: UUID(), name: "New", street1: "", city: "", state: "NY", zip: "10001",
                                                coordinate: nil, precision: .none, terms: [])) == nil)
    }
}
