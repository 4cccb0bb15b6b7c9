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
    /// The moment cards say "open now" or "closed" at: the search's (tests set it), else now.
    var now: Date { results.query.at ?? Date() }
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
        let words = Words.current
        waysOut = alternatives.waysOut.map { w in
            let label = switch w.change {
            case .radius(let miles): words.within(SearchQuery.format(miles))
            case .without(let slug): words.without(taxonomy.term(slug)?.name ?? slug)
            case .anyName: words.anyName
            case .withoutHours(let filter): words.without(filter.label)
            }
            return WayOut(label: label, url: SiteURL.search(w.query, page: 1), count: w.total)
        }
        narrowingLinks = Self.narrowing(results, taxonomy, service)
        telehealthReach = alternatives.telehealth.map { ($0.total, USState.names[$0.state] ?? $0.state, SiteURL.search($0.query, page: 1)) }
    }

    let narrowingLinks: [(name: String, url: SafeURL, count: Int)]

    /// When few places are near: how many programs in the place's state offer care by phone or video, and the search
    /// that lists them.
    let telehealthReach: (count: Int, state: String, url: SafeURL)?

    var query: SearchQuery { results.query }

    /// Whether this search can order by distance: around a point or across a county, not across a state or nowhere.
    var measuresDistance: Bool {
        guard let place = results.place else { return false }
        if case .state = place.area { return false }
        return true
    }

    /// "12 places near 10001 (New York, NY) with Medicaid or Medicare, and Buprenorphine", "No places found".
    var heading: String {
        let place = placePhrase
        let groups = chosenGroups
        let w = Words.current
        var with = groups.isEmpty ? "" : w.with + Self.describe(groups)
        let hours = results.query.open.map { $0.label.lowercased() }
        if !hours.isEmpty { with += (with.isEmpty ? ", " : "; ") + Self.or(hours) }
        return w.heading(count: results.total, place: place, with: with)
    }

    /// " near 10001 (New York, NY)", " in Colorado", " in Cook County, IL", or "" with no place.
    var placePhrase: String {
        guard let place = results.place else { return "" }
        let w = Words.current
        switch place.area {
        case .state(let code): return w.inPlace(USState.names[code] ?? code)
        case .county(let name, let state, _): return w.inPlace("\(name), \(state)")
        case nil: return w.near(place.label)
        }
    }

    /// What the results must have: each need read from the words (any of its terms), then each chosen facet (any of
    /// its chosen terms), in taxonomy order within each.
    var chosenGroups: [[Term]] {
        let needs = results.applied.needs.map { $0.compactMap { taxonomy.term($0) } }
        let facets = results.query.filters.values.map { $0.compactMap { taxonomy.term($0) }.sorted { $0.index < $1.index } }
            .filter { !$0.isEmpty }.sorted { $0[0].index < $1[0].index }
        return needs.filter { !$0.isEmpty } + facets
    }

    /// The chosen filters' terms, and those read from the words typed, in taxonomy order, once each.
    var chosenTerms: [Term] {
        var seen = Set<Int>()
        return chosenGroups.flatMap { $0 }.filter { seen.insert($0.index).inserted }.sorted { $0.index < $1.index }
    }

    /// Terms read from the words (shown ticked in the filters, but carried by the words, not by a checkbox).
    var fromWords: Set<String> { Set(results.applied.needs.flatMap { $0 }) }

    /// The search as its links carry it: the words stay words (read again on the next page), filters stay filters.
    var explicitQuery: SearchQuery {
        var q = results.query
        q.page = 1
        return q
    }

    /// Terms offered to narrow the results after words were read ("ketamine": Detox, Outpatient), each with its link
    /// and how many places it leaves; none that leaves none, and none in a facet already chosen (that would widen).
    var narrowing: [(name: String, url: SafeURL, count: Int)] { narrowingLinks }

    static func narrowing(_ results: SearchResults, _ taxonomy: Taxonomy, _ service: SearchService?) -> [(name: String, url: SafeURL, count: Int)] {
        guard let reading = results.reading else { return [] }
        return reading.narrow.compactMap { slug in
            guard let term = taxonomy.term(slug), results.query.selected(term.facet).isEmpty else { return nil }
            var q = results.query
            q.page = 1
            q.filters[term.facet] = [slug]
            let count = service.map { (try? $0.search(q).total) ?? 0 } ?? results.count(term)
            return count > 0 && count <= results.total ? (term.name, SiteURL.search(q, page: 1), count) : nil
        }
    }

    /// Typed words Haven did not use (neither a need nor in any matching name).
    var unusedWords: [String] {
        if !results.setAside.isEmpty { return results.setAside }
        guard let reading = results.reading, results.applied.text == nil else { return [] }
        return reading.unused
    }

    /// With a carrier (or another term only staff set) in the words: its name and how many results have it.
    var preferred: (names: [String], count: Int)? {
        let names = results.applied.prefer.compactMap { taxonomy.term($0)?.name }
        return names.isEmpty ? nil : (names, results.preferredCount)
    }

    /// "Aetna", "Aetna or Cigna", "Aetna, Cigna or Humana".
    static func or(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + Words.current.or + names.last!
    }

    /// Chosen groups in words: "or" within a group (any of), "and" between groups.
    static func describe(_ groups: [[Term]]) -> String {
        let phrases = groups.map { g in or(g.map(\.name)) }
        return phrases.count <= 1 ? phrases.joined() : phrases.dropLast().joined(separator: ", ") + Words.current.and + phrases.last!
    }

    /// Each chosen filter with the link that removes it (page 1), in taxonomy order; a need read from the words is
    /// removed by taking its words out of the search.
    var activeFilters: [(name: String, remove: SafeURL)] {
        let words = fromWords
        return chosenTerms.map { term in
            var q = explicitQuery
            if words.contains(term.slug), let reading = results.reading, !q.selected(term.facet).contains(term.slug) {
                let (text, keep) = reading.removing(term.slug)
                q.text = text
                for slug in keep {
                    guard let facet = taxonomy.term(slug)?.facet, !q.selected(facet).contains(slug) else { continue }
                    q.filters[facet, default: []].append(slug)
                }
            } else {
                q.filters[term.facet] = q.filters[term.facet]?.filter { $0 != term.slug }
                if q.filters[term.facet]?.isEmpty == true { q.filters[term.facet] = nil }
            }
            return (term.name, SiteURL.search(q, page: 1))
        } + results.query.open.map { filter in
            var q = explicitQuery
            q.open.removeAll { $0 == filter }
            return (filter.label, SiteURL.search(q, page: 1))
        }
    }

    /// The same search with no filters (and no words' needs).
    var clearFilters: SafeURL {
        var q = explicitQuery
        q.filters = [:]
        q.open = []
        if results.reading != nil { q.text = results.applied.text }
        return SiteURL.search(q, page: 1)
    }

    /// The position of the page's first result, counting from 1.
    var first: Int { (query.page - 1) * query.perPage + 1 }
}
