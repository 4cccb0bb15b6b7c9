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

    /// "12 places near 10001 (New York, NY) with Medicaid or Medicare, and Buprenorphine", "No places found".
    var heading: String {
        let place = results.place.map { " near \($0.label)" } ?? ""
        let with = activeFilters.isEmpty ? "" : " with " + Self.describe(query, taxonomy)
        guard results.total > 0 else { return "No places found\(place)\(with)" }
        return "\(Format.grouped(results.total)) \(results.total == 1 ? "place" : "places")\(place)\(with)"
    }

    /// The chosen filters in words: "or" within a facet (any of), "and" between facets.
    static func describe(_ query: SearchQuery, _ taxonomy: Taxonomy) -> String {
        let facets = taxonomy.facets.compactMap { facet -> String? in
            let names = taxonomy.terms(in: facet).filter { query.selected(facet.slug).contains($0.slug) }.map(\.name)
            guard !names.isEmpty else { return nil }
            return names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!
        }
        return facets.count <= 1 ? facets.joined() : facets.dropLast().joined(separator: ", ") + ", and " + facets.last!
    }

    /// Each chosen filter with the link that removes it (page 1), in taxonomy order.
    var activeFilters: [(name: String, remove: SafeURL)] {
        taxonomy.facets.flatMap { facet in
            taxonomy.terms(in: facet).filter { query.selected(facet.slug).contains($0.slug) }.map { term in
                var q = query
                q.filters[facet.slug] = q.filters[facet.slug]?.filter { $0 != term.slug }
                if q.filters[facet.slug]?.isEmpty == true { q.filters[facet.slug] = nil }
                return (term.name, SiteURL.search(q, page: 1))
            }
        }
    }

    /// The same search with no filters.
    var clearFilters: SafeURL {
        var q = query
        q.filters = [:]
        return SiteURL.search(q, page: 1)
    }

    /// The position of the page's first result, counting from 1.
    var first: Int { (query.page - 1) * query.perPage + 1 }
}
