import Foundation
@testable import HavenApp
import HavenCore
import HavenHTML
import Testing
import VaporTesting

/// Issue 9: no dead ends. No results offers one-tap ways out with counts; correcting the place keeps the filters.
@Suite struct WaysOutTests {
    @Test func noResultsOffersWiderDistancesAndEachFilterDropped() throws {
        var near = PageFixtures.listing(precision: .address)
        near.coordinate = Coordinate(latitude: 40.80, longitude: -73.95)  // about 4 miles from the ZIP centre
        let service = PageFixtures.service([near])
        let query = SearchQuery(near: "10001", radiusMiles: 1, filters: ["payment": ["medicare"]])
        let model = ResultsPageModel(results: try service.search(query), taxonomy: .haven, service: service)
        #expect(model.results.total == 0)
        let html = ResultsPage.view(model).renderDocument()
        // Wider alone finds nothing (the filter still excludes it); dropping the filter alone finds nothing (1 mile):
        // neither is offered. Each offered way out must give results.
        #expect(model.waysOut.allSatisfy { $0.count > 0 })
        #expect(!html.contains("Try a larger distance"))

        let widerOnly = ResultsPageModel(results: try service.search(SearchQuery(near: "10001", radiusMiles: 1)), taxonomy: .haven, service: service)
        #expect(widerOnly.waysOut.map(\.label) == ["Within 25 miles", "Within 50 miles"])
        #expect(widerOnly.waysOut.first?.count == 1)
        let page = ResultsPage.view(widerOnly).renderDocument()
        #expect(page.contains("Within 25 miles</a> (1 place)"))
        #expect(page.contains("href=\"/search?near=10001\"") && page.contains("radius=50"), "the default distance is left out of the link")

        let filterOnly = ResultsPageModel(results: try service.search(SearchQuery(near: "10001", filters: ["payment": ["medicare", "tricare"]])),
                                          taxonomy: .haven, service: service)
        #expect(filterOnly.results.total == 0)
        #expect(filterOnly.waysOut.isEmpty, "dropping one of two unmatched payments still matches nothing")
        let oneFilter = ResultsPageModel(results: try service.search(SearchQuery(near: "10001", filters: ["payment": ["medicare"]])),
                                         taxonomy: .haven, service: service)
        #expect(oneFilter.waysOut.map(\.label) == ["Without \u{201C}Medicare\u{201D}"])
    }

    @Test func correctingThePlaceKeepsEveryFilter() async throws {
        try await withSample { app in
            try await app.testing().test(.GET, "/search?near=Nowhereville&payment=medicaid&medication=buprenorphine&q=harbor&sort=name") { res in
                let html = res.body.string
                #expect(html.contains("Which place?"))
                for (name, value) in [("payment", "medicaid"), ("medication", "buprenorphine"), ("sort", "name")] {
                    #expect(html.contains("<input type=\"hidden\" name=\"\(name)\" value=\"\(value)\">"), "\(name) kept")
                }
                // The words stay in their own box, to be corrected too.
                #expect(html.contains("<input id=\"q\" name=\"q\" type=\"text\" value=\"harbor\""))
                #expect(html.contains("Your filters stay:"))
            }
        }
    }
}

/// Issue 9: the heading names the chosen filters; each can be removed in one tap, or all at once.
@Suite struct ChosenFiltersTests {
    @Test func theHeadingNamesTheFiltersAndEachComesOffInOneTap() throws {
        let service = PageFixtures.service([PageFixtures.listing()])
        let query = SearchQuery(near: "10001", filters: ["payment": ["medicaid", "self-pay"], "medication": ["buprenorphine"]])
        let model = ResultsPageModel(results: try service.search(query), taxonomy: .haven, service: service)
        #expect(model.heading.hasSuffix("with Buprenorphine (Suboxone and others), and Medicaid or Cash or self-pay"),
                "facets joined by and, terms within one by or: \(model.heading)")
        let html = ResultsPage.view(model).renderDocument()
        let remove = model.activeFilters
        #expect(remove.map(\.name) == ["Buprenorphine (Suboxone and others)", "Medicaid", "Cash or self-pay"])
        #expect(remove[1].remove.value.contains("payment=self-pay") && !remove[1].remove.value.contains("medicaid"))
        #expect(html.contains("<span class=\"visually-hidden\">Remove the filter </span>Medicaid ×"))
        #expect(html.contains(">Clear all filters</a>"))
        #expect(!model.clearFilters.value.contains("payment") && model.clearFilters.value.contains("near=10001"))
        #expect(html.contains("Places with any of the ones you choose."))
    }
}

extension ChosenFiltersTests {
    @Test func cardsSayWhichOfTheirServicesMatchAndListThemFirst() throws {
        let service = PageFixtures.service([PageFixtures.listing()])
        let query = SearchQuery(near: "10001", filters: ["payment": ["self-pay", "tricare"], "medication": ["buprenorphine"]])
        let html = ResultsPage.view(ResultsPageModel(results: try service.search(query), taxonomy: .haven)).renderDocument()
        #expect(html.contains("Matches your filters:</span> Buprenorphine (Suboxone and others), Cash or self-pay"), "only what the card has, in taxonomy order")
        let accepts = try #require(html.range(of: "Accepts:</span> "))
        #expect(html[accepts.upperBound...].hasPrefix("Cash or self-pay"), "the matched payment first")
    }
}
