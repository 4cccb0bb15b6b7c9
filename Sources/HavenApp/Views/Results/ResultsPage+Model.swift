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
        let with = chosenTerms.isEmpty ? "" : " with " + Self.describe(chosenTerms)
        guard results.total > 0 else { return "No places found\(place)\(with)" }
        return "\(Format.grouped(results.total)) \(results.total == 1 ? "place" : "places")\(place)\(with)"
    }

    /// The chosen filters' terms, in taxonomy order (looked up by slug: a page has hundreds of terms, a search a few).
    var chosenTerms: [Term] {
        query.filters.values.flatMap { $0 }.compactMap { taxonomy.term($0) }.sorted { $0.index < $1.index }
    }

    /// The chosen filters in words: "or" within a facet (any of), "and" between facets.
    static func describe(_ terms: [Term]) -> String {
        var facets: [[String]] = []
        var last: String?
        for t in terms {
            if t.facet == last { facets[facets.count - 1].append(t.name) } else { facets.append([t.name]); last = t.facet }
        }
        let phrases = facets.map { names in names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last! }
        return phrases.count <= 1 ? phrases.joined() : phrases.dropLast().joined(separator: ", ") + ", and " + phrases.last!
    }

    /// Each chosen filter with the link that removes it (page 1), in taxonomy order.
    var activeFilters: [(name: String, remove: SafeURL)] {
        chosenTerms.map { term in
            var q = query
            q.filters[term.facet] = q.filters[term.facet]?.filter { $0 != term.slug }
            if q.filters[term.facet]?.isEmpty == true { q.filters[term.facet] = nil }
            return (term.name, SiteURL.search(q, page: 1))
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
