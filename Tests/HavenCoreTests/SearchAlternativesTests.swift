import Foundation
import Testing
@testable import HavenCore

/// The ways out of an empty or thin search, worked out once by the service for the page and the API alike.
@Suite struct SearchAlternativesTests {
    let service = SearchWordsAndAreasTests.service

    @Test func anEmptySearchOffersWiderDistancesAndEachFilterDroppedThatFindPlaces() throws {
        // Detox near Grand Junction: none within 25 miles; Denver's detox is about 190 miles away.
        let r = try service.search(parameters: ["near": ["81501"], "radius": ["25"], "care_type": ["detox"]])
        #expect(r.total == 0)
        let ways = service.alternatives(for: r).waysOut
        #expect(ways.map(\.change) == [.radius(250), .radius(500), .without(term: "detox")])
        for w in ways { #expect(try service.search(w.query).total == w.total && w.total > 0) }
        #expect(ways.first { $0.change == .without(term: "detox") }?.query.filters["care_type"] == nil)
    }

    @Test func aSearchWithResultsOrPastThePageOffersNoWaysOut() throws {
        let found = try service.search(parameters: ["near": ["80202"]])
        #expect(found.total > 0 && service.alternatives(for: found).waysOut.isEmpty)
    }

    @Test func fewPlacesNearAPlaceOfferTheStatesTelehealthOnce() throws {
        let r = try service.search(parameters: ["near": ["80202"], "radius": ["5"]])
        let t = try #require(service.alternatives(for: r).telehealth)
        #expect(t.state == "CO" && t.total == 1 && t.query.filters["setting"] == ["telehealth"] && t.query.near == "Colorado state")
        // Not for a whole state (its telehealth is among the results), nor when telehealth is already chosen.
        #expect(service.alternatives(for: try service.search(parameters: ["near": ["Colorado"]])).telehealth == nil)
        #expect(service.alternatives(for: try service.search(parameters: ["near": ["80202"], "setting": ["telehealth"]])).telehealth == nil)
        // None where the state has none.
        #expect(service.alternatives(for: try service.search(parameters: ["near": ["60601"], "radius": ["1"]])).telehealth == nil)
    }
}
