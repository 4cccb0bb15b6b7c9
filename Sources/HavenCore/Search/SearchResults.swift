import Foundation

/// The answer to one search: the page of results, the total, and facet counts.
public struct SearchResults: Sendable {
    /// The query as asked (its words, page and size); `applied` is what ran.
    public internal(set) var query: SearchQuery
    public let sort: SearchSort
    public let total: Int
    let hits: [SearchHit]
    /// Per term index: how many results the term would give if it were (also) chosen in its facet, with every
    /// other facet's selection kept. For an unselected facet that is simply how many results have the term.
    let termCounts: [Int32]
    let index: SearchIndex
    /// The place searched around, when there was one.
    public var place: ResolvedPlace?
    /// What the words in `q` were read as, when they named needs (nil: no words, or searched as a name).
    public var reading: NeedsReading?
    /// The query as run: `query` with the needs read from its words as filters, and only the unread words
    /// (if any) as a name. Links that change the search start from it; pagination keeps `query`.
    public var applied: SearchQuery
    /// How many results have one of `applied.prefer` (they come first).
    public internal(set) var preferredCount = 0
    /// Words that named no need and no program's name, set aside so the page is not emptied by them.
    public internal(set) var setAside: [String] = []
    /// Per `OpenFilter`: how many results it would give, every other choice kept.
    var openCounts = (now: 0, eveningsWeekends: 0)

    public func count(_ filter: OpenFilter) -> Int { filter == .now ? openCounts.now : openCounts.eveningsWeekends }

    init(query: SearchQuery, sort: SearchSort, total: Int, hits: [SearchHit], termCounts: [Int32], index: SearchIndex) {
        self.query = query; self.applied = query; self.sort = sort; self.total = total; self.hits = hits
        self.termCounts = termCounts; self.index = index
    }

    public struct Item: Sendable {
        public let listing: FacilityListing
        /// Miles from the place searched; nil when there was no place.
        public let distanceMiles: Double?
        let index: SearchIndex
        let position: Int

        /// Positions in `Taxonomy.terms` of the listing's terms, in taxonomy order (facet by facet).
        public var termIndexes: [Int] { index.termIndexes(at: position) }

        /// Open or closed at `date` by the place's own clock; nil when its staff gave no hours.
        public func openStatus(at date: Date) -> OpenStatus? {
            index.hoursZone[position] == 0 ? nil : index.openStatus(listing, at: date)
        }
    }

    public var pageCount: Int { max(1, (total + query.perPage - 1) / query.perPage) }

    /// The results on the query's page, in order.
    public var items: [Item] { items(from: (query.page - 1) * query.perPage, count: query.perPage) }

    /// Results `start ..< start + count` in order, whatever the query's page (for exports that stream everything).
    public func items(from start: Int, count: Int) -> [Item] {
        guard start < hits.count else { return [] }
        return hits[start..<min(hits.count, start + count)].map {
            Item(listing: index.listings[Int($0.index)], distanceMiles: $0.distance < 0 ? nil : $0.distance,
                 index: index, position: Int($0.index))
        }
    }

    /// Every result in order (for tests and exports), ids only.
    public var allIDs: [String] { hits.map { index.listings[Int($0.index)].id.uuidString } }
    public var allDistances: [Double] { hits.map(\.distance) }

    public func count(_ term: Term) -> Int { Int(termCounts[term.index]) }

    /// Counts for one facet's terms, in taxonomy order (filter facets only; others are not counted).
    public func counts(_ facet: Facet) -> [(term: Term, count: Int)] {
        index.taxonomy.terms(in: facet).map { ($0, count($0)) }
    }
}
