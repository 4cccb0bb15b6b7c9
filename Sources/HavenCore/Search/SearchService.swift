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
        var results = index.search(query, origin: place?.coordinate)
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
