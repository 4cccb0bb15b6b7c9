import HavenCore
import HavenHTML

/// The search form again with the problem explained: an unknown or ambiguous place, or a bad parameter.
enum SearchProblemPage {
    struct Model {
        let error: SearchError
        /// The query as far as it could be read (nil when the parameters themselves were wrong).
        let query: SearchQuery?
        /// The place as typed.
        let near: String?
        var taxonomy: Taxonomy = .haven
    }

    static func view(_ m: Model) -> Node {
        let isPlace = m.error.parameter == "near"
        let w = Words.current
        return Layout.page(.init(title: w.checkYourSearch, description: w.searchNeedsChange)) {
            h1 { text(isPlace ? w.whichPlace : w.checkYourSearch) }
            // The places it could be come first: on a phone, one tap, before the form.
            if case .place(let problem) = m.error, !problem.choices.isEmpty {
                p(.id("choices-lead")) { text(problem.isNotFound ? w.didYouMean : w.chooseOne) }
                ul(.class("choices"), .ariaLabelledBy("choices-lead")) {
                    for c in problem.choices { li { a(.href(choice(c.query, m.query))) { text(c.label) } } }
                }
            }
            form(.class("search"), .method("get"), .action(SiteURL.search.url), .role("search")) {
                SearchFields.place(near: m.near, radius: m.query?.radiusMiles ?? SearchQuery.defaultRadius, error: isPlace ? m.error.message : nil)
                SearchFields.need(m.query?.text)
                if !isPlace { p(.class("error"), .role("alert")) { text(m.error.message) } }
                // Correcting the place keeps everything else that was chosen (before, every filter was dropped).
                if let q = m.query { SearchFields.kept(q, taxonomy: m.taxonomy) }
                button(.type("submit")) { text(w.search) }
            }
        }
    }

    /// The same search at one of the places a name could mean.
    static func choice(_ place: String, _ query: SearchQuery?) -> SafeURL {
        var q = query ?? SearchQuery()
        q.near = place
        return SiteURL.search(q, page: 1)
    }
}
