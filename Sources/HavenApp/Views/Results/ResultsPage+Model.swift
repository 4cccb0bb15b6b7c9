import HavenCore
import HavenHTML

/// What the results page shows: one search's results (page, total, facet counts) and the taxonomy they use.
struct ResultsPageModel {
    let results: SearchResults
    let taxonomy: Taxonomy
    /// The page's results, made once (`SearchResults.items` builds them on each call).
    let items: [SearchResults.Item]

    /// With no results: one-tap ways out, each with how many places it gives (wider distances, each chosen filter
    /// dropped). Empty otherwise.
    let waysOut: [WayOut]

    struct WayOut {
        let label: String
        let url: SafeURL
        let count: Int
    }

    init(results: SearchResults, taxonomy: Taxonomy, service: SearchService? = nil) {
        self.results = results
        self.taxonomy = taxonomy
        items = results.items
        waysOut = results.total == 0 && results.query.page == 1 ? service.map { Self.waysOut(results.query, taxonomy, $0) } ?? [] : []
    }

    /// Searches a few variations of `query` (each costs microseconds on the in-memory index) and keeps those with results.
    static func waysOut(_ query: SearchQuery, _ taxonomy: Taxonomy, _ service: SearchService) -> [WayOut] {
        var out: [WayOut] = []
        func add(_ label: String, _ q: SearchQuery) {
            guard let total = try? service.search(q).total, total > 0 else { return }
            out.append(WayOut(label: label, url: SiteURL.search(q, page: 1), count: total))
        }
        if query.near != nil {
            for r in [25.0, 50, 100, 250, 500] where r > query.radiusMiles {
                var q = query
                q.radiusMiles = r
                add("Within \(SearchQuery.format(r)) miles", q)
                if out.count >= 2 { break }
            }
        }
        for (facet, chosen) in query.filters.sorted(by: { $0.key < $1.key }) {
            for slug in chosen.sorted() {
                var q = query
                q.filters[facet] = chosen.filter { $0 != slug }
                if q.filters[facet]?.isEmpty == true { q.filters[facet] = nil }
                add("Without \u{201C}\(taxonomy.term(slug)?.name ?? slug)\u{201D}", q)
            }
        }
        if query.text != nil {
            var q = query
            q.text = nil
            add("Any name", q)
        }
        return out
    }

    var query: SearchQuery { results.query }

    /// "12 places near 10001 (New York, NY)", "No places found".
    var heading: String {
        let place = results.place.map { " near \($0.label)" } ?? ""
        guard results.total > 0 else { return "No places found\(place)" }
        return "\(Format.grouped(results.total)) \(results.total == 1 ? "place" : "places")\(place)"
    }

    /// The position of the page's first result, counting from 1.
    var first: Int { (query.page - 1) * query.perPage + 1 }
}
