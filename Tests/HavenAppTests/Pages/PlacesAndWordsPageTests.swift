import Foundation
@testable import HavenApp
import HavenCore
import HavenHTML
import Testing
import VaporTesting

/// Issue 9: places and needs as people say them, on the pages and in the API, against the sample.
@Suite struct PlacesAndWordsPageTests {
    func page(_ app: Application, _ query: String) async throws -> String {
        var html = ""
        try await app.testing().test(.GET, "/search?\(query)") { res in
            #expect(res.status == .ok, "\(query)")
            html = res.body.string
        }
        return html
    }

    @Test func aStateOrCountyIsSearchedAcrossAndNamedSo() async throws {
        try await withSample { app in
            let state = try await page(app, "near=Colorado")
            #expect(state.contains("<h1>4 places in Colorado</h1>"))
            #expect(!state.contains("Few places nearby"), "a whole state is not \"nearby\"")
            #expect(!state.contains("mi away"), "no distances across a state")
            let county = try await page(app, "near=Cook%20County%2C%20IL")
            #expect(county.contains("places in Cook County, IL</h1>"))
        }
    }

    @Test func wordsAreReadIntoFiltersThatCanBeRemovedOneByOne() async throws {
        try await withSample { app in
            let html = try await page(app, "near=10001&q=suboxone%20medicaid")
            #expect(html.contains("<span class=\"label\">Showing: </span>Buprenorphine (Suboxone and others); Medicaid (from \u{201C}suboxone, medicaid\u{201D})"))
            #expect(html.contains("near 10001 (New York, NY) with Buprenorphine (Suboxone and others), and Medicaid</h1>"))
            // Removing one read from the words takes its words out; the other stays in the words.
            #expect(html.contains("href=\"/search?near=10001&amp;q=medicaid\""), "removing buprenorphine")
            #expect(html.contains("href=\"/search?near=10001&amp;q=suboxone\""), "removing Medicaid")
        }
    }

    @Test func ketamineSaysPlainlyWhatTheDataLacksAndStillFindsPlaces() async throws {
        try await withSample { app in
            let html = try await page(app, "near=10001&q=ketamine")
            #expect(!html.contains("No places found"))
            #expect(html.contains("no category for ketamine"))
            // Narrowing keeps the words and adds the filter (which then narrows), with its count; never a term that finds none.
            #expect(html.contains("Narrow to: </span><a href=\"/search?near=10001&amp;q=ketamine&amp;care_type=detox\">"))
            #expect(!html.contains("group=ketamine-use"))
        }
    }

    @Test func theResultsComeFirstThenTheSearchAndItsFilters() async throws {
        try await withSample { app in
            let html = try await page(app, "near=10001&payment=medicaid")
            let order = ["href=\"#results\"", "class=\"crisis\"", "id=\"results\"", "id=\"near\"", "id=\"q\"", "class=\"filters-toggle\"", "id=\"filters\""].map {
                html.range(of: $0)?.lowerBound
            }
            #expect(order.allSatisfy { $0 != nil })
            #expect(zip(order, order.dropFirst()).allSatisfy { $0! < $1! }, "page order: skip to results, crisis, results, search, filters link, panel")
            #expect(html.contains("Filters (1 chosen), distance and order"))
        }
    }

    @Test func fewPlacesNearbyPointsToTelehealthInTheState() async throws {
        try await withSample { app in
            let html = try await page(app, "near=Springfield%2C%20IL")
            #expect(html.contains("No places found near Springfield, IL"))
            #expect(html.contains("Few places nearby. 2 programs in Illinois offer care by phone or video"))
            #expect(html.contains("near=Illinois%20state") && html.contains("setting=telehealth"))
        }
    }

    @Test func misspeltAndAmbiguousPlacesOfferChoicesThatKeepTheFilters() async throws {
        try await withSample { app in
            let html = try await page(app, "near=Chicgo%2C%20IL&payment=medicaid&q=teen")
            #expect(html.contains("Did you mean Chicago, IL?"))
            #expect(html.contains("href=\"/search?near=Chicago,%20IL&amp;q=teen&amp;payment=medicaid\""))
        }
    }

    @Test func theAPISaysWhatItUnderstood() async throws {
        try await withSample { app in
            try await app.testing().test(.GET, "/api/v1/facilities?near=denver%20co%2080202&q=spanish") { res in
                #expect(res.status == .ok)
                let body = try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as! [String: Any]
                let place = body["place"] as! [String: Any]
                #expect(place["label"] as? String == "80202 (Denver, CO)" && place["kind"] as? String == "point" && place["state"] as? String == "CO")
                let understood = body["understood"] as! [String: Any]
                #expect(understood["terms"] as? [String] == ["spanish"])
            }
            try await app.testing().test(.GET, "/api/v1/facilities?near=Springfield") { res in
                #expect(res.status == .multipleChoices)
                #expect(res.body.string.contains("\u{201C}Springfield, IL\u{201D}"))
            }
        }
    }

    @Test func useMyLocationIsAFirstPartyScriptAllowedForThisSiteOnly() async throws {
        try await withSample { app in
            try await app.testing().test(.GET, "/") { res in
                #expect(res.headers.first(name: "Permissions-Policy")?.contains("geolocation=(self)") == true)
                #expect(res.body.string.contains("<p class=\"locate\" hidden><button type=\"button\" id=\"locate\""), "hidden until the script shows it")
            }
            try await app.testing().test(.GET, "/static/locate.js") { res in
                #expect(res.status == .ok)
                #expect(res.headers.contentType?.description.hasPrefix("text/javascript") == true)
                #expect(res.body.string.contains("navigator.geolocation"))
                #expect(!res.body.string.contains("http"), "it calls nothing else")
            }
        }
    }
}

/// Issue 9, honest age: each card says where its listing comes from.
@Suite struct CardSourceTests {
    @Test func eachCardNamesItsSourceAndEdition() async throws {
        try await withSample { app in
            try await app.testing().test(.GET, "/search?near=10001") { res in
                let html = res.body.string
                let cards = html.components(separatedBy: "<li class=\"card\">").count - 1
                #expect(cards > 0)
                let sourced = html.components(separatedBy: "<p class=\"source\">From the SAMHSA national directory, ").count - 1
                #expect(sourced == cards, "\(sourced) of \(cards) cards name their source")
            }
        }
    }
}
