import Foundation
@testable import HavenApp
import HavenCore
import HavenHTML
import Testing

/// Issue 9, honest places: a program with no public street never looks like a place to go, and directions never
/// lead to a ZIP centre.
@Suite struct HonestPlacesTests {
    static func withheld() -> FacilityListing {
        var f = PageFixtures.listing()
        f.street1 = ""
        f.street2 = ""
        return f
    }

    static func facilityPage(_ listing: FacilityListing) -> String {
        let m = PageFixtures.facilityModel()
        return FacilityPage.view(FacilityPageModel(listing: listing, origins: m.origins, sources: m.sources,
                                                   staleBefore: m.staleBefore, taxonomy: .haven)).renderDocument()
    }

    @Test func aWithheldAddressSaysSoAndGivesNoDirections() throws {
        let html = Self.facilityPage(Self.withheld())
        #expect(html.contains(PostalAddress.notPublished))
        #expect(!html.contains("Directions"))
        #expect(html.contains("does not publish its street address"))
        #expect(html.contains("New York, NY 10001"))

        let results = ResultsPage.view(ResultsPageModel(
            results: try PageFixtures.service([Self.withheld()]).search(SearchQuery(near: "10001")), taxonomy: .haven)).renderDocument()
        #expect(results.contains("\(PostalAddress.notPublished) (New York, NY 10001)"))
        #expect(results.contains("(approximate)"), "a distance to a ZIP centre reads as approximate")
    }

    @Test func directionsUseTheStreetNotAZIPCentre() {
        let atZIPCentre = Self.facilityPage(PageFixtures.listing(precision: .zipCentroid))
        #expect(atZIPCentre.contains("openstreetmap.org/search?query=12%20Main%20St"))
        #expect(!atZIPCentre.contains("directions?to="))
        let atStreet = Self.facilityPage(PageFixtures.listing(precision: .address))
        #expect(atStreet.contains("openstreetmap.org/directions?to=40.750600,-73.997200"))
    }
}

/// Issue 9, honest age: seekers read where a listing comes from and how old it is, and to call first.
@Suite struct HonestAgeTests {
    @Test func theFacilityPageNamesItsSourceEditionAndAge() throws {
        let m = PageFixtures.facilityModel()
        let now = try #require(Calendar(identifier: .gregorian).date(from: DateComponents(year: 2026, month: 11, day: 25)))
        // The fixture's HSDS source is no longer present: only the SAMHSA directory is named.
        #expect(m.origin(now: now) == "the SAMHSA national directory, 2022 edition (about 4 years old)")
        let html = FacilityPage.view(m).renderDocument()
        #expect(html.contains("call to confirm hours, services and payment before you go"))
        #expect(!html.contains("imported"), "import dates are for operators, not freshness for seekers")
    }

    @Test func theResultsPageSaysToCallFirst() throws {
        let html = ResultsPage.view(try PageFixtures.resultsModel()).renderDocument()
        #expect(html.contains("Programs change: call to confirm before you go."))
        #expect(html.contains("href=\"/about/data\""))
    }
}

/// Issue 9: a program reached only by phone or video is never "0.0 mi away"; it has its own group after the
/// in-person places, saying for whom.
@Suite struct RemoteOnlyTests {
    @Test func aTelehealthOnlyProgramIsListedByPhoneOrVideoAfterThePlacesNearby() throws {
        var remote = HonestPlacesTests.withheld()
        remote.id = UUID(uuidString: "3f2c5e1a-0000-8000-8000-000000000009")!
        remote.name = "Monument"
        remote.terms.append("telehealth")
        var far = PageFixtures.listing(precision: .address)
        far.coordinate = Coordinate(latitude: 40.80, longitude: -73.95)  // about 4 miles from the ZIP centre
        let results = try PageFixtures.service([remote, far]).search(SearchQuery(near: "10001"))
        #expect(results.items.map(\.listing.name) == [far.name, "Monument"], "nearest first, the remote-only program after")
        #expect(results.items.last?.distanceMiles == nil)

        let html = ResultsPage.view(ResultsPageModel(results: results, taxonomy: .haven)).renderDocument()
        #expect(!html.contains("0.0 mi"))
        #expect(html.contains("<h2 id=\"remote\">By phone or video</h2>"))
        #expect(html.contains("By phone or video, for people in NY"))
        let inPerson = try #require(html.range(of: far.name)), byPhone = try #require(html.range(of: "Monument"))
        #expect(inPerson.lowerBound < byPhone.lowerBound)
    }
}
