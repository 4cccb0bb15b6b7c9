import Testing
@testable import HavenCore

@Suite(.enabled(if: TestData.available)) struct PlaceResolverTests {
    let resolver = PlaceResolver(zipCodes: TestData.zipCodes)

    @Test func zipCodesAndZipPlusFour() throws {
        let place = try resolver.resolve("10001")
        #expect(place.label == "10001 (New York, NY)")
        #expect(try resolver.resolve("10001-2345").coordinate == place.coordinate)
    }

    @Test func cityAndStateInSeveralSpellings() throws {
        let a = try resolver.resolve("Denver, CO"), b = try resolver.resolve("denver co"), c = try resolver.resolve("Denver, Colorado")
        #expect(a == b && b == c)
        #expect(try resolver.resolve("St. Louis, MO").label == "Saint Louis, MO")
        #expect(abs(a.coordinate.latitude - 39.74) < 0.2)
    }

    @Test func ambiguousPlacesAskWhichOne() {
        #expect {
            try resolver.resolve("Washington")
        } throws: { error in
            guard case PlaceError.ambiguous(_, let candidates) = error else { return false }
            return candidates.contains { $0.label == "Washington, DC (city)" } && candidates.contains { $0.label == "Washington, PA (city)" }
        }
    }

    @Test func unknownAndInvalidPlacesAreErrors() {
        #expect(throws: PlaceError.unknownZip("00000")) { try resolver.resolve("00000") }
        #expect(throws: PlaceError.unknownPlace("Nowhereville, ZZ")) { try resolver.resolve("Nowhereville, ZZ") }
        #expect(throws: PlaceError.badCoordinates("91,10")) { try resolver.resolve("91,10") }
        #expect(throws: PlaceError.empty) { try resolver.resolve("  ") }
        #expect(throws: PlaceError.self) { try resolver.resolve("Springfield") }
    }

    @Test func coordinatesPassThrough() throws {
        let p = try resolver.resolve("40.75, -73.99")
        #expect(p.coordinate == Coordinate(latitude: 40.75, longitude: -73.99))
    }
}
