import HavenCore

/// What the results page shows: one search's results (page, total, facet counts) and the taxonomy they use.
struct ResultsPageModel {
    let results: SearchResults
    let taxonomy: Taxonomy
    /// The page's results, made once (`SearchResults.items` builds them on each call).
    let items: [SearchResults.Item]

    init(results: SearchResults, taxonomy: Taxonomy) {
        self.results = results
        self.taxonomy = taxonomy
        items = results.items
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
