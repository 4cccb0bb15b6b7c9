import HavenCore
import Testing

@Suite struct QueryParsingTests {
    @Test(arguments: ["0x10", "1e2", "nan", "inf", "+10", ".", "1.2.3", "١٠"])
    func radiusIsAPlainDecimal(_ radius: String) {
        #expect(throws: QueryError.self) { try SearchQuery.parse(["radius": [radius]]) }
    }

    @Test func decimalRadiiAreRead() throws {
        #expect(try SearchQuery.parse(["radius": ["2.5"]]).radiusMiles == 2.5)
        #expect(try SearchQuery.parse(["radius": ["10"]]).radiusMiles == 10)
    }

    @Test func thePageCapIsNamed() {
        #expect {
            try SearchQuery.parse(["page": ["100001"]])
        } throws: { error in
            (error as? QueryError)?.message == "page must be a whole number from 1 to 100000, not \"100001\""
        }
    }
}
