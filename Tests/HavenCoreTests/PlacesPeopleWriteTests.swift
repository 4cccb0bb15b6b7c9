import Foundation
import Testing
@testable import HavenCore

/// Issue 21, finding 7: places as people write them, against the real ZIP table.
@Suite(.enabled(if: TestData.available)) struct PlacesPeopleWriteTests {
    static let resolver = PlaceResolver(zipCodes: TestData.zipCodes)
    var resolver: PlaceResolver { Self.resolver }

    @Test(arguments: [("Sacramento, Calif.", "Sacramento, CA"), ("Tampa, Fla.", "Tampa, FL"), ("Phoenix Ariz", "Phoenix, AZ"),
                      ("Nashville, Tenn.", "Nashville, TN"), ("Albany, N.Y.", "Albany, NY"), ("Charleston, W. Va.", "Charleston, WV")])
    func oldStateAbbreviations(_ typed: String, _ label: String) throws {
        #expect(try resolver.resolve(typed).label == label)
    }

    @Test(arguments: [("rural Montana", "MT"), ("western Kansas", "KS"), ("upstate New York", "NY"), ("all of Ohio", "OH")])
    func aPartOfAStateIsTheStateSaidSo(_ typed: String, _ state: String) throws {
        let p = try resolver.resolve(typed)
        #expect(p.area == .state(state))
        #expect(p.note?.contains("searched the whole state") == true)
        #expect(try resolver.resolve("West Virginia").area == .state("WV"), "a state whose name starts with a direction")
    }

    @Test(arguments: [("Navajo Nation, AZ", "Window Rock, AZ"), ("Cherokee Nation", "Tahlequah, OK"), ("Standing Rock", "Fort Yates, ND")])
    func tribalNationsGoToTheirTownsSaidSo(_ typed: String, _ label: String) throws {
        let p = try resolver.resolve(typed)
        #expect(p.label == label)
        #expect(p.note?.contains("no reservation boundaries") == true)
        #expect(try resolver.resolve("Menominee, MI").label == "Menominee, MI", "a town of a nation's name stays the town")
    }

    @Test(arguments: [("zip 606", "Chicago, IL"), ("606", "Chicago, IL"), ("zip code 80202", "80202 (Denver, CO)"), ("ZIP: 10001", "10001 (New York, NY)")])
    func zipWordsAndPartialZips(_ typed: String, _ label: String) throws {
        #expect(try resolver.resolve(typed).label == label)
    }

    @Test(arguments: ["near me", "Near Me", "my location", "current location", "nearby"])
    func nearMeSaysWhatToType(_ typed: String) {
        #expect(throws: PlaceError.nearMe) { try resolver.resolve(typed) }
        #expect(PlaceError.nearMe.message.contains("ZIP code"))
    }

    @Test(arguments: [("Pittsburg, PA", "Pittsburgh, PA"), ("Albequerque", "Albuquerque, NM"), ("Sacremento", "Sacramento, CA")])
    func misspellingsStillGetTheirSuggestion(_ typed: String, _ suggestion: String) {
        #expect {
            try resolver.resolve(typed)
        } throws: { error in
            (error as? PlaceError)?.choices.contains { $0.label == suggestion } == true
        }
    }
}

/// The fast ASCII path of `PlaceResolver.normalize` gives what Foundation's folding gives.
@Suite struct NormalizeTests {
    @Test func asciiMatchesTheGeneralPath() {
        var rng = SplitMix64(seed: 77)
        let pieces = ["St.", "ste", "Ft", "MT", "mount", "Saint", "O'Fallon", "Winston-Salem", "  ", ",", "10001", "NY", "Coeur", "d'Alene", "x_y", "A.B."]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 1...5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: Bool.random(using: &rng) ? " " : "")
            let general = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { w -> String in
                    switch w { case "st", "ste": "saint"; case "ft": "fort"; case "mt": "mount"; default: String(w) }
                }.joined(separator: " ")
            #expect(PlaceResolver.normalize(text) == general, "\(text)")
        }
        #expect(PlaceResolver.normalize("Cañon City") == "canon city", "accents still fold")
    }
}
