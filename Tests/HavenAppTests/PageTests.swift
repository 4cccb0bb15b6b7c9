import Foundation
import HavenApp
import HavenCore
import Testing
import VaporTesting

@Suite struct PageTests {
    static let crisis = ["tel:988", "1-800-662-4357", "tel:911"]

    @Test func homeHasTheSearchFormAndCrisisHelp() async throws {
        try await withSample { app in
            try await app.testing().test(.GET, "/") { res in
                #expect(res.status == .ok)
                let html = res.body.string
                for needle in Self.crisis + ["<form", "name=\"near\"", "name=\"radius\"", "name=\"age\"", "name=\"payment\"", "name=\"care_type\"", "<label for=\"near\""] {
                    #expect(html.contains(needle), "home lacks \(needle)")
                }
                #expect(html.components(separatedBy: "<script").count == 2 && html.contains("<script src=\"/static/locate.js\" defer></script>"),
                        "the only script is Haven's own, by source")
                #expect(res.headers.first(name: "Content-Security-Policy")?.contains("default-src 'self'") == true)
            }
        }
    }

    @Test func resultsListNearestFirstWithFilterCounts() async throws {
        try await withSample { app in
            try await app.testing().test(.GET, "/search?near=10001&radius=10&payment=medicaid") { res in
                #expect(res.status == .ok)
                let html = res.body.string
                let expected = try app.catalog.service.search(parameters: ["near": ["10001"], "radius": ["10"], "payment": ["medicaid"]])
                #expect(expected.total > 0)
                #expect(html.contains("\(expected.total) places near 10001 (New York, NY)") || html.contains("\(expected.total) place near"))
                // Cards appear in the search's order.
                let positions = expected.items.map { html.range(of: $0.listing.id.uuidString.lowercased())!.lowerBound }
                #expect(positions == positions.sorted())
                let medicaid = try #require(Taxonomy.haven.term("medicaid"))
                #expect(html.contains("value=\"medicaid\" checked> <label for=\"f-medicaid\">Medicaid <span class=\"n\">(\(expected.count(medicaid)))</span>"))
                #expect(html.contains("href=\"tel:"))
                for needle in Self.crisis { #expect(html.contains(needle)) }
            }
        }
    }

    @Test func facilityPageGroupsServicesAndNamesItsSource() async throws {
        try await withSample { app in
            let f = try #require(app.catalog.service.index.listings.first { $0.terms.contains("buprenorphine") })
            try await app.testing().test(.GET, "/facilities/\(f.id.uuidString.lowercased())") { res in
                #expect(res.status == .ok)
                let html = res.body.string
                #expect(html.contains("<h1>\(f.name)</h1>".replacingOccurrences(of: "&", with: "&amp;")))
                #expect(html.contains("<h3>Medications</h3>"))
                #expect(html.contains("Buprenorphine (Suboxone and others)"))
                #expect(html.contains("National Directory of Drug and Alcohol Use Treatment Facilities"))
                #expect(html.contains("Approximate location"), "sample facilities are placed by ZIP center")
                #expect(html.contains("openstreetmap.org/search?query="), "at a ZIP centre, directions search for the street address")
                #expect(html.contains("From the SAMHSA national directory"))
                #expect(html.contains("Last verified"))
                for needle in Self.crisis { #expect(html.contains(needle)) }
            }
        }
    }

    @Test func aboutDataUnknownPagesAndBadInput() async throws {
        try await withSample { app in
            try await app.testing().test(.GET, "/about/data") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("SAMHSA") && res.body.string.contains("GeoNames"))
            }
            try await app.testing().test(.GET, "/facilities/00000000-0000-0000-0000-000000000000") { res in
                #expect(res.status == .notFound)
                #expect(res.body.string.contains("Facility not found") && res.body.string.contains("tel:988"))
            }
            try await app.testing().test(.GET, "/no/such/page") { res in #expect(res.status == .notFound) }
            try await app.testing().test(.GET, "/search?near=10001&radius=abc") { res in
                #expect(res.status == .badRequest)
                #expect(res.body.string.contains("radius must be a number"))
            }
            try await app.testing().test(.GET, "/search?near=Springfield&payment=medicaid") { res in
                #expect(res.status == .ok)
                let html = res.body.string
                #expect(html.contains("could mean 3 places"))
                #expect(html.contains("near=Springfield,%20IL"))
                #expect(html.contains("near=Springfield,%20MA"))
                #expect(html.contains("payment=medicaid"), "the choice keeps the filters")
            }
            try await app.testing().test(.GET, "/search?near=Nowhereville%2C%20ZZ") { res in
                #expect(res.body.string.contains("couldn"))
            }
            try await app.testing().test(.GET, "/static/haven.css") { res in
                #expect(res.status == .ok)
                #expect(res.headers.contentType?.subType == "css")
            }
        }
    }

    @Test func paginationLinksKeepTheQuery() async throws {
        try await withSample { app in
            try await app.testing().test(.GET, "/search?near=10001&radius=500&per_page=2&payment=self-pay") { res in
                let html = res.body.string
                #expect(html.contains("rel=\"next\" href=\"/search?near=10001&amp;radius=500&amp;payment=self-pay&amp;page=2&amp;per_page=2\""))
                #expect(html.contains("aria-current=\"page\">1<"))
            }
        }
    }
}
