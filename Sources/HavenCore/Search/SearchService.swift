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
        // A town by name is measured from where its programs are (its downtown), not from the average of its ZIP
        // centres, which can lie outside it.
        // With three or more programs their middle is downtown; with one or two, the page says it is where they are.
        if let p = place, p.area == nil, let town = p.town, let state = p.state, let key = p.townKey, let centre = index.townCentre(key: key) {
            let from = Language.current == .es
                ? (centre.programs >= 3 ? "el centro de \(town), \(state)"
                   : "\(centre.programs == 1 ? "el programa" : "los programas") de \(town), \(state)")
                : (centre.programs >= 3 ? "downtown \(town), \(state)"
                   : "\(town), \(state)\u{2019}s listed \(centre.programs == 1 ? "program" : "programs")")
            place = p.measured(from: centre.coordinate, from)
        }
        // Words are needs first ("suboxone", "spanish", "teen"), a program's name otherwise.
        let reading = query.text.map { NeedsReader.read($0, taxonomy: index.taxonomy) }
        var applied = query
        if let reading, !reading.isName {
            // The needs are required on their own, not merged into the filters: a filter chosen beside the words
            // narrows what they found ("ketamine" and Detox is substance use *and* detox).
            applied.needs = reading.groups
            applied.prefer = reading.prefer
            // Words left over may be part of a name ("New Hope" in "New Hope women"); if no name has them, they are set aside.
            applied.text = reading.unused.isEmpty ? nil : reading.unused.joined(separator: " ")
        }
        var results = index.search(applied, origin: place?.coordinate, area: place?.area)
        var setAside: [String] = []
        if results.total == 0, let text = applied.text, text != query.text {
            applied.text = nil
            results = index.search(applied, origin: place?.coordinate, area: place?.area)
        } else if results.total == 0, let reading, reading.isName, query.near != nil || !query.filters.isEmpty {
            // Words that are neither a need nor in any name near the place ("pills", a misspelt drug) do not empty
            // the page: the search runs without them, and the page says they were not used.
            var without = applied
            without.text = nil
            let wider = index.search(without, origin: place?.coordinate, area: place?.area)
            if wider.total > 0 {
                applied = without
                results = wider
                setAside = reading.unused
            }
        }
        results.query = query
        results.applied = applied
        results.reading = reading.flatMap { $0.isName ? nil : $0 }
        results.setAside = setAside
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
