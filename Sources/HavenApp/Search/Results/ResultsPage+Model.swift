import Foundation
import HavenCore
import HavenHTML

/// What the results page shows: one search's results (page, total, facet counts) and the taxonomy they use.
struct ResultsPageModel {
    let results: SearchResults
    let taxonomy: Taxonomy
    /// The page's results, made once (`SearchResults.items` builds them on each call).
    let items: [SearchResults.Item]
    /// Listings verified before this (or never) are flagged on their cards.
    var staleBefore = Date().addingTimeInterval(-365 * 86_400)
    /// Guides about what was searched: the needs' own (a search for ketamine links to the ketamine guide), then
    /// those about the chosen terms.
    var guides: [GuideShelf.Entry] = []

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
        let alternatives = service?.alternatives(for: results) ?? .none
        waysOut = alternatives.waysOut.map { w in
            let label = switch w.change {
            case .radius(let miles): "Within \(SearchQuery.format(miles)) miles"
            case .without(let slug): "Without \u{201C}\(taxonomy.term(slug)?.name ?? slug)\u{201D}"
            case .anyName: "Any name"
            }
            return WayOut(label: label, url: SiteURL.search(w.query, page: 1), count: w.total)
        }
        telehealthReach = alternatives.telehealth.map { ($0.total, USState.names[$0.state] ?? $0.state, SiteURL.search($0.query, page: 1)) }
    }

    /// When few places are near: how many programs in the place's state offer care by phone or video, and the search
    /// that lists them.
    let telehealthReach: (count: Int, state: String, url: SafeURL)?

    var query: SearchQuery { results.query }

    /// "12 places near 10001 (New York, NY) with Medicaid or Medicare, and Buprenorphine", "No places found".
    var heading: String {
        let place = placePhrase
        let with = chosenTerms.isEmpty ? "" : " with " + Self.describe(chosenTerms)
        guard results.total > 0 else { return "No places found\(place)\(with)" }
        return "\(Format.grouped(results.total)) \(results.total == 1 ? "place" : "places")\(place)\(with)"
    }

    /// " near 10001 (New York, NY)", " in Colorado", " in Cook County, IL", or "" with no place.
    var placePhrase: String {
        guard let place = results.place else { return "" }
        switch place.area {
        case .state(let code): return " in \(USState.names[code] ?? code)"
        case .county(let name, let state, _): return " in \(name), \(state)"
        case nil: return " near \(place.label)"
        }
    }

    /// The chosen filters' terms, and those read from the words typed, in taxonomy order (looked up by slug: a page
    /// has hundreds of terms, a search a few).
    var chosenTerms: [Term] {
        results.applied.filters.values.flatMap { $0 }.compactMap { taxonomy.term($0) }.sorted { $0.index < $1.index }
    }

    /// The search as plain parameters: needs read from the words become filters, so that removing one sticks.
    var explicitQuery: SearchQuery {
        var q = results.applied
        q.page = 1
        return q
    }

    /// Terms offered to narrow the results after words were read ("ketamine": Detox, Outpatient), with their links.
    var narrowing: [(name: String, url: SafeURL)] {
        guard let reading = results.reading else { return [] }
        return reading.narrow.compactMap { slug in
            guard let term = taxonomy.term(slug) else { return nil }
            var q = explicitQuery
            q.filters[term.facet, default: []].append(slug)
            return (term.name, SiteURL.search(q, page: 1))
        }
    }

    /// Typed words Haven did not use (neither a need nor in any matching name).
    var unusedWords: [String] {
        guard let reading = results.reading, results.applied.text == nil else { return [] }
        return reading.unused
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
            var q = explicitQuery
            q.filters[term.facet] = q.filters[term.facet]?.filter { $0 != term.slug }
            if q.filters[term.facet]?.isEmpty == true { q.filters[term.facet] = nil }
            return (term.name, SiteURL.search(q, page: 1))
        }
    }

    /// The same search with no filters.
    var clearFilters: SafeURL {
        var q = explicitQuery
        q.filters = [:]
        return SiteURL.search(q, page: 1)
    }

    /// The position of the page's first result, counting from 1.
    var first: Int { (query.page - 1) * query.perPage + 1 }
}
