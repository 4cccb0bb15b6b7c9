import Foundation
import Testing
@testable import HavenCore

@Suite struct LocatorTests {
    func locator() throws -> Locator {
        let csv = """
        street1,city,state,zip,latitude,longitude
        60 Westwood Avenue,Waterbury,CT,6708,41.56,-73.06
        100 North Main Street Suite 4,Springfield,IL,62701,39.80,-89.65
        12 Oak Road,Dover,DE,19901,39.15,-75.52
        12 Oak Lane,Dover,DE,19901,39.17,-75.50
        7 Elm Street,Salem,OR,97301,44.94,-123.03
        """
        var l = Locator()
        try l.add(CSVReader.parse(Data(csv.utf8)), name: "geo.csv")
        return l
    }

    @Test func exactStreetAndZipWithLostLeadingZero() throws {
        #expect(try locator().coordinate(street: "60 WESTWOOD AVE", zip: "06708") == Coordinate(latitude: 41.56, longitude: -73.06))
    }

    @Test func houseNumberAndStreetNameWhenUnique() throws {
        let l = try locator()
        #expect(l.coordinate(street: "100 N Main", zip: "62701")?.latitude == 39.80)
        // Two different places share "12 Oak" in 19901: no guess.
        #expect(l.coordinate(street: "12 Oak St", zip: "19901") == nil)
    }

    @Test func sameStreetInTheSameCityWhenTheZipDiffers() throws {
        let l = try locator()
        #expect(l.coordinate(street: "7 Elm St", zip: "97302", city: "Salem", state: "OR")?.latitude == 44.94)
        #expect(l.coordinate(street: "7 Elm St", zip: "97302", city: "Salem", state: "MA") == nil)
    }
}
