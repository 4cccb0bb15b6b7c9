/// Where to look next when a search finds little, worked out by the search service (each variation is one more
/// search on the in-memory index, microseconds) so the results page and the API offer the same ways out.
public struct SearchAlternatives: Sendable, Equatable {
    /// A variation of the search that finds places, and how many.
    public struct WayOut: Sendable, Equatable {
        public enum Change: Sendable, Equatable {
            /// The same search within these miles.
            case radius(Double)
            /// The same search without this chosen term.
            case without(term: String)
            /// The same search with no name words.
            case anyName
            /// The same search without this hours filter ("open now").
            case withoutHours(OpenFilter)
        }

        public let change: Change
        public let query: SearchQuery
        public let total: Int
    }

    /// Programs in the place's state that offer care by phone or video, with the same other filters.
    public struct Telehealth: Sendable, Equatable {
        /// The state's two-letter code.
        public let state: String
        public let query: SearchQuery
        public let total: Int
    }

    /// With no results (on the first page): up to two wider distances, each chosen filter dropped, the name dropped;
    /// only those that find places.
    public let waysOut: [WayOut]
    /// With fewer than five results near a place (not a whole state, not already telehealth).
    public let telehealth: Telehealth?

    public static let none = SearchAlternatives(waysOut: [], telehealth: nil)
}

extension SearchService {
    /// The alternatives to offer beside `results`.
    public func alternatives(for results: SearchResults) -> SearchAlternatives {
        SearchAlternatives(waysOut: results.total == 0 && results.query.page == 1 ? waysOut(results) : [],
                           telehealth: telehealth(results))
    }

    private func total(_ query: SearchQuery) -> Int { (try? search(query).total) ?? 0 }

    /// Each way out is a query a link can carry: the words stay words (their needs are read again), so dropping a need
    /// read from them rewrites the words.
    private func waysOut(_ results: SearchResults) -> [SearchAlternatives.WayOut] {
        let query = results.query
        var out: [SearchAlternatives.WayOut] = []
        func add(_ change: SearchAlternatives.WayOut.Change, _ q: SearchQuery) {
            let n = total(q)
            if n > 0 { out.append(.init(change: change, query: q, total: n)) }
        }
        if query.near != nil {
            var wider = 0
            for r in [25.0, 50, 100, 250, 500] where r > query.radiusMiles && wider < 2 {
                var q = query
                q.radiusMiles = r
                let before = out.count
                add(.radius(r), q)
                wider += out.count - before
            }
        }
        for (facet, chosen) in query.filters.sorted(by: { $0.key < $1.key }) {
            for slug in chosen.sorted() {
                var q = query
                q.filters[facet] = chosen.filter { $0 != slug }
                if q.filters[facet]?.isEmpty == true { q.filters[facet] = nil }
                add(.without(term: slug), q)
            }
        }
        for filter in query.open {
            var q = query
            q.open.removeAll { $0 == filter }
            add(.withoutHours(filter), q)
        }
        if let reading = results.reading {
            for term in reading.terms {
                let (text, keep) = reading.removing(term)
                var q = query
                q.text = text
                for slug in keep {
                    guard let facet = index.taxonomy.term(slug)?.facet, !(q.filters[facet]?.contains(slug) ?? false) else { continue }
                    q.filters[facet, default: []].append(slug)
                }
                add(.without(term: term), q)
            }
        }
        if results.applied.text != nil {
            var q = query
            q.text = results.reading.map { $0.understood.map(\.phrase).joined(separator: " ") }
            add(.anyName, q)
        }
        return out
    }

    private func telehealth(_ results: SearchResults) -> SearchAlternatives.Telehealth? {
        // Not for a whole state: its programs by phone or video are already among the results.
        guard results.total < 5, let place = results.place, let code = place.state, place.area != .state(code),
              let name = USState.names[code], !(results.applied.filters[Self.telehealthFacet]?.contains(Self.telehealthTerm) ?? false),
              !results.applied.needs.contains([Self.telehealthTerm]) else { return nil }
        var q = results.query
        q.near = "\(name) state"
        q.radiusMiles = SearchQuery.defaultRadius
        q.page = 1
        q.filters[Self.telehealthFacet, default: []].append(Self.telehealthTerm)
        let n = total(q)
        return n > 0 ? .init(state: code, query: q, total: n) : nil
    }

    /// The term for care by phone or video, and its facet.
    static let telehealthFacet = FacetSlug.setting.rawValue, telehealthTerm = TermSlug.telehealth.rawValue
}
