/// What can go wrong with a search: a bad parameter or a place Haven cannot pin down.
public enum SearchError: Error, Sendable, Equatable {
    case query(QueryError)
    case place(PlaceError)

    public var parameter: String {
        switch self {
        case .query(let e): e.parameter
        case .place: "near"
        }
    }

    public var message: String {
        switch self {
        case .query(let e): e.message
        case .place(let e): e.message
        }
    }
}

/// The one search function behind the results page, the JSON API and the CLI: resolve the place, then search the index.
public struct SearchService: Sendable {
    public let index: SearchIndex
    public let places: PlaceResolver

    public init(index: SearchIndex, places: PlaceResolver) {
        self.index = index
        self.places = places
    }

    public func search(_ query: SearchQuery) throws(SearchError) -> SearchResults {
        var place: ResolvedPlace?
        if let near = query.near {
            do throws(PlaceError) { place = try places.resolve(near) } catch { throw .place(error) }
        }
        // Words are needs first ("suboxone", "spanish", "teen"), a program's name otherwise.
        let reading = query.text.map { NeedsReader.read($0, taxonomy: index.taxonomy) }
        var applied = query
        if let reading, !reading.isName {
            for slug in reading.terms {
                guard let facet = index.taxonomy.term(slug)?.facet else { continue }
                if !(applied.filters[facet]?.contains(slug) ?? false) { applied.filters[facet, default: []].append(slug) }
            }
            // Words left over may be part of a name ("New Hope" in "New Hope women"); if no name has them, they are set aside.
            applied.text = reading.unused.isEmpty ? nil : reading.unused.joined(separator: " ")
        }
        var results = index.search(applied, origin: place?.coordinate, area: place?.area)
        if results.total == 0, applied.text != nil, applied.text != query.text {
            applied.text = nil
            results = index.search(applied, origin: place?.coordinate, area: place?.area)
        }
        results.query = query
        results.applied = applied
        results.reading = reading.flatMap { $0.isName ? nil : $0 }
        results.place = place
        return results
    }

    /// Parses parameters and searches, in one step.
    public func search(parameters: [String: [String]]) throws(SearchError) -> SearchResults {
        let query: SearchQuery
        do throws(QueryError) { query = try SearchQuery.parse(parameters, taxonomy: index.taxonomy) } catch { throw .query(error) }
        return try search(query)
    }
}
