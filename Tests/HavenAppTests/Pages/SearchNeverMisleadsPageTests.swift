import Foundation
@testable import HavenApp
import HavenCore
import Testing
import VaporTesting

/// Issue 21 on the pages and in the API, against the sample.
@Suite struct SearchNeverMisleadsPageTests {
    func get(_ app: Application, _ path: String) async throws -> (HTTPStatus, String) {
        let res = try await app.testing().sendRequest(.GET, path)
        return (res.status, res.body.string)
    }

    func total(_ app: Application, _ query: String) async throws -> Int {
        let (_, body) = try await get(app, "/api/v1/facilities?\(query)")
        return try #require((try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])?["total"] as? Int)
    }

    @Test func aNeedReadFromWordsShowsChosenAndAFilterBesideItNarrows() async throws {
        try await withSample { app in
            let words = try await total(app, "near=10001&q=opioids")
            let both = try await total(app, "near=10001&q=opioids&payment=medicaid")
            let alone = try await total(app, "near=10001&payment=medicaid")
            #expect(both <= words && both <= alone)
            let (_, html) = try await get(app, "/search?near=10001&q=opioids")
            // Shown ticked in the panel, carried by the words (a disabled box is not sent with the form).
            #expect(html.contains("id=\"f-substance-use\" checked disabled"))
            #expect(html.contains("(from your words)"))
            // Its chip removes it by taking the words out.
            #expect(html.contains("href=\"/search?near=10001\"><span class=\"visually-hidden\">Remove the filter </span>Substance use treatment ×"))
        }
    }

    @Test func theAPISaysWhereDistancesAreFromAndWhatWasPreferred() async throws {
        try await withSample { app in
            let (_, zip) = try await get(app, "/api/v1/facilities?near=10001")
            #expect(zip.contains("\"from\":\"the middle of ZIP code 10001\""))
            let (_, carrier) = try await get(app, "/api/v1/facilities?near=10001&q=aetna")
            #expect(carrier.contains("\"prefer\":[\"aetna\"]") && carrier.contains("\"preferred\":"))
            #expect(carrier.contains("do not list insurance carriers"))
            let (_, page) = try await get(app, "/search?near=10001&q=aetna")
            #expect(page.contains("do not list insurance carriers"))
        }
    }

    @Test(arguments: ["zzyzx", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>"])
    func wordsThatMatchNothingAreSetAsideAsText(_ words: String) async throws {
        try await withSample { app in
            let q = words.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let (status, html) = try await get(app, "/search?near=10001&q=\(q)")
            #expect(status == .ok)
            #expect(!html.contains("No places found"))
            #expect(html.contains("so it was not used"))
            #expect(!html.contains("<script>alert") && !html.contains("<img src=x"), "typed words are text, never markup")
            let (_, api) = try await get(app, "/api/v1/facilities?near=10001&q=\(q)")
            #expect(api.contains("\"unused\":["))
        }
    }

    @Test(arguments: ["near+me", "my+location", "here"])
    func nearMeAsksForATownOrZip(_ near: String) async throws {
        try await withSample { app in
            let (_, html) = try await get(app, "/search?near=\(near)&q=detox")
            #expect(html.contains("<h1>Which place?</h1>") && html.contains("can&#39;t see where you are"))
            #expect(html.contains("value=\"detox\""), "the words are kept")
        }
    }

    @Test(arguments: ["", "q=alcohol", "care_type=detox"])
    func noPlaceAsksWhereInsteadOfListingTheCountry(_ query: String) async throws {
        try await withSample { app in
            let (_, html) = try await get(app, "/search?\(query)")
            #expect(html.contains("<h1>Which place?</h1>"))
            #expect(!html.contains("class=\"card\""))
        }
    }

    @Test func aNameWithNoPlaceStillSearchesNames() async throws {
        try await withSample { app in
            let (_, html) = try await get(app, "/search?q=Harbor")
            #expect(html.contains("class=\"card\""))
        }
    }

    @Test func fiveHundredMilesIsAChoice() async throws {
        try await withSample { app in
            let (_, html) = try await get(app, "/search?near=10001")
            #expect(html.contains("<option value=\"500\">Within 500 miles</option>"))
        }
    }
}
