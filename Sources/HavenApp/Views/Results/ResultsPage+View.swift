import HavenCore
import HavenHTML

/// The results page: the search form with filters (a checkbox per term, with counts), result cards, pagination.
enum ResultsPage {
    static func view(_ m: ResultsPageModel) -> Node {
        let q = m.query
        let heading = m.heading
        return Layout.page(.init(title: heading, description: "Treatment facilities matching your search.")) {
            h1 { text(heading) }
            p(.class("jump")) { a(.href(SafeURL(path: "#filters"))) { "Change the place or filter the results" } }
            let active = m.activeFilters
            if !active.isEmpty {
                nav(.class("active-filters"), .ariaLabel("Chosen filters")) {
                    ul {
                        for f in active {
                            li { a(.href(f.remove)) { span(.class("visually-hidden")) { "Remove the filter " }; text(f.name); " ×" } }
                        }
                        li { a(.href(m.clearFilters)) { "Clear all filters" } }
                    }
                }
            }
            div(.class("layout")) {
                form(.class("filters"), .id("filters"), .method("get"), .action(SiteURL.search.url), .role("search"),
                      .ariaLabel("Search and filters")) {
                    SearchFields.place(near: q.near, radius: q.radiusMiles)
                    div(.class("field")) {
                        label(.for("q")) { "Name contains" }
                        input(.id("q"), .name("q"), .type("text"), .value(q.text ?? ""))
                    }
                    div(.class("field")) {
                        label(.for("sort")) { "Order" }
                        select(.id("sort"), .name("sort")) {
                            option(.value("")) { q.near == nil ? "By name" : "Nearest first" }
                            option([.value("name")] + (q.sort == .name ? [.selected] : [])) { "By name" }
                        }
                    }
                    for facet in m.taxonomy.facets where facet.isFilter { FilterGroup.view(facet, m.results, m.taxonomy) }
                    button(.type("submit")) { "Update results" }
                }
                section(.class("list"), .ariaLabel("Results")) {
                    if m.items.isEmpty {
                        emptyAdvice(m.results, waysOut: m.waysOut)
                    } else {
                        list(m)
                    }
                }
            }
        }
    }

    static func list(_ m: ResultsPageModel) -> Node {
        let items = m.items
        // Nearest first, programs reached only by phone or video come last (the search puts them there): their own group.
        let grouped = m.results.sort == .distance
        let inPerson = grouped ? items.filter { !$0.listing.isRemoteOnly } : items
        let remote = grouped ? items.filter(\.listing.isRemoteOnly) : []
        let chosen = Set(m.chosenTerms.map(\.index))
        return group([
            p(.class("count"), .ariaLive("polite")) {
                "Showing \(m.first)–\(m.first + items.count - 1) of \(Format.grouped(m.results.total)), \(m.results.sort == .distance ? "nearest first" : "by name")."
            },
            p(.class("freshness")) {
                "Listings come from public directories ("
                a(.href(SiteURL.aboutData.url)) { "which, and how old" }
                "). Programs change: call to confirm before you go."
            },
            ol(.class("results"), .start(m.first)) {
                for item in inPerson { ResultCard.view(item, taxonomy: m.taxonomy, chosen: chosen) }
            },
            remote.isEmpty ? Node.empty : section(.class("remote"), .ariaLabelledBy("remote")) {
                h2(.id("remote")) { "By phone or video" }
                p(.class("note")) { "These programs publish no street address; they offer care by phone or video. Call to ask which states they serve and how to start." }
                ol(.class("results"), .start(m.first + inPerson.count)) {
                    for item in remote { ResultCard.view(item, taxonomy: m.taxonomy, chosen: chosen) }
                }
            },
            Pagination.view(m.results),
        ])
    }

    static func emptyAdvice(_ results: SearchResults, waysOut: [ResultsPageModel.WayOut] = []) -> Node {
        if results.query.page > results.pageCount, results.total > 0 {
            return p {
                "There is no page \(results.query.page). "
                a(.href(SiteURL.search(results.query, page: 1))) { "Go to the first page" }
                "."
            }
        }
        let helpline = p {
            "The SAMHSA National Helpline ("
            a(.href(Phone.helpline)) { "1-800-662-4357" }
            ", free and confidential, 24/7) can also help you find care."
        }
        guard !waysOut.isEmpty else {
            let tip = results.query.near == nil ? "Enter a ZIP code or a city and state, or remove a filter." : "Remove a filter, or try another place."
            return group([p { text(tip) }, helpline])
        }
        return group([
            h2(.id("ways-out")) { "Places you can find instead" },
            ul(.class("ways-out"), .ariaLabelledBy("ways-out")) {
                for w in waysOut {
                    li { a(.href(w.url)) { text(w.label) }; " (\(Format.grouped(w.count)) \(w.count == 1 ? "place" : "places"))" }
                }
            },
            helpline,
        ])
    }
}
