import Foundation
@testable import HavenCore
import Testing

/// The inquiry form's checks, the popularity ranking, who counts as a robot, and the state directory.
@Suite struct InquiryFormTests {
    static let good = Inquiry(name: "Sam", method: "phone", reach: "(212) 555-0142", bestTime: "", forWhom: "self", ageGroup: "", payment: "",
                              message: "", consent: true)

    @Test func aCompleteInquiryHasNoProblems() {
        #expect(Self.good.problems().isEmpty)
        var email = Self.good
        email.method = "email"
        email.reach = "sam@example.org"
        #expect(email.problems().isEmpty)
    }

    @Test func eachProblemNamesItsFieldInFormOrder() {
        let empty = Inquiry()
        #expect(empty.problems().map(\.field) == ["name", "method", "for_whom", "consent"])
        var q = Self.good
        q.reach = "555-0142"
        #expect(q.problems().map(\.field) == ["reach"], "seven digits is not a number they can call")
        q = Self.good
        q.method = "email"
        #expect(q.problems().first?.message == "Enter an e-mail address like name@example.org.")
        q = Self.good
        q.method = "carrier-pigeon"
        q.bestTime = "midnight"
        q.ageGroup = "12"
        q.payment = "bitcoin"
        #expect(q.problems().map(\.field) == ["method", "best_time", "age_group", "payment"])
        q = Self.good
        q.message = String(repeating: "é", count: Inquiry.messageLimit)
        #expect(q.problems().isEmpty, "2,000 characters, not bytes")
        q.message += "!"
        #expect(q.problems().map(\.field) == ["message"])
        q = Self.good
        q.name = String(repeating: "a", count: 61)
        #expect(q.problems().map(\.field) == ["name"])
        q.name = "Sam\u{7}"
        #expect(q.problems().map(\.field) == ["name"])
    }

    @Test func theSummaryLeavesOutWhatWasNotSaid() {
        var q = Self.good
        #expect(q.summary.map(\.label) == ["Name", "Reach by", "Care is for"])
        q.payment = "medicaid"
        q.ageGroup = "65-plus"
        #expect(q.summary.map(\.value).suffix(2) == ["65 or older", "Medicaid"])
    }
}

@Suite struct PopularityTests {
    static let a = UUID(uuidString: "00000000-0000-0000-0000-00000000000a")!
    static let b = UUID(uuidString: "00000000-0000-0000-0000-00000000000b")!
    static let c = UUID(uuidString: "00000000-0000-0000-0000-00000000000c")!

    @Test func anInquiryWeighsAsFiveViews() {
        let tallies = [PopularityTally(facility: Self.a, views: 9, inquiries: 0), PopularityTally(facility: Self.b, views: 0, inquiries: 2),
                       PopularityTally(facility: Self.c, views: 5, inquiries: 1)]
        #expect(Popularity.top(Popularity.ranked(tallies), limit: 3).map(\.facility) == [Self.b, Self.c, Self.a])
        #expect(Popularity.top(Popularity.ranked(tallies), limit: 2).count == 2)
        #expect(Popularity.top(Popularity.ranked(tallies), limit: 3) { $0 != Self.b }.map(\.facility) == [Self.c, Self.a], "only what the page may show")
    }

    @Test func tiesAreStableAndNothingCountedIsNeverRanked() {
        let tallies = [PopularityTally(facility: Self.b, views: 5, inquiries: 0), PopularityTally(facility: Self.a, views: 5, inquiries: 0),
                       PopularityTally(facility: Self.c, views: 0, inquiries: 0)]
        #expect(Popularity.top(Popularity.ranked(tallies), limit: 5).map(\.facility) == [Self.a, Self.b])
        #expect(Popularity.top(Popularity.ranked([]), limit: 5).isEmpty)
    }

    @Test func robotsAndToolsAreNotPeople() {
        for ua in [nil, "", "Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0", "python-requests/2.31",
                   "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36",
                   "Slackbot-LinkExpanding 1.0", "facebookexternalhit/1.1", "wrk/4.2"] {
            #expect(AutomatedClient.isAutomated(userAgent: ua), "\(ua ?? "none")")
        }
        for ua in ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
                   "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"] {
            #expect(!AutomatedClient.isAutomated(userAgent: ua), "\(ua)")
        }
    }
}

@Suite struct StateDirectoryTests {
    static func listing(_ city: String, _ state: String, terms: [String] = []) -> FacilityListing {
        FacilityListing(id: UUID(), name: "X", name2: "", street1: "", street2: "", city: city, state: state, zip: "", phone: "", intake1: "",
                        intake2: "", website: "", coordinate: nil, precision: .none, terms: terms, updatedAt: Date(), otherTerms: [])
    }

    @Test func citiesAreGroupedAsPeopleWriteThemAndCounted() {
        let d = StateDirectory(listings: [Self.listing("New York", "NY"), Self.listing("NEW YORK", "NY"), Self.listing("New  York", "ny"),
                                          Self.listing("Albany", "NY", terms: ["telehealth"]), Self.listing("", "NY"), Self.listing("Boston", "MA"),
                                          Self.listing("Nowhere", "ZZ")])
        let ny = try! #require(d.states["NY"])
        #expect(ny.cities == [.init(name: "", count: 1), .init(name: "Albany", count: 1), .init(name: "New York", count: 3)])
        #expect(ny.count == 5 && ny.telehealth == 1 && ny.name == "New York")
        #expect(d.byName.map(\.code) == ["MA", "NY"], "unknown states are left out")
    }
}
