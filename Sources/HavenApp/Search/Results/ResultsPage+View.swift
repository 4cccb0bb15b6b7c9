import HavenCore
import HavenHTML

/// The results page: the search form with filters (a checkbox per term, with counts), result cards, pagination.
enum ResultsPage {
    static func view(_ m: ResultsPageModel) -> Node {
        let q = m.results.query
        let heading = m.heading
        return Layout.page(.init(title: heading, description: "Treatment facilities matching your search.", skipToResults: true)) {
            h1 { text(heading) }
            understanding(m)
            placeNotes(m)
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
                // The results first on every screen (on a phone they start on the first screen); the search and its
                // filters after them (beside them on a wide screen, where the stylesheet puts them in the left column).
                section(.class("list"), .id("results"), .ariaLabel("Results"), .tabIndex(-1)) {
                    if m.items.isEmpty {
                        emptyAdvice(m.results, waysOut: m.waysOut)
                    } else {
                        list(m)
                    }
                    telehealthReach(m)
                    GuideLinks.line(m.guides)
                }
                form(.class("filters"), .id("search-form"), .method("get"), .action(SiteURL.search.url), .role("search"),
                      .ariaLabel("Search and filters")) {
                    h2(.class("visually-hidden")) { "Change the search" }
                    SearchFields.place(near: q.near, radius: nil)
                    SearchFields.need(q.text)
                    if !q.list.isEmpty { input(.type("hidden"), .name("list"), .value(q.list.parameter)) }
                    button(.type("submit"), .class("search-button")) { "Search" }
                    p(.class("filters-toggle")) {
                        a(.href(SafeURL(path: "#filters")), .ariaControls("filters")) {
                            let n = m.chosenTerms.count + q.open.count
                            text(n == 0 ? "Filters, distance and order" : "Filters (\(n) chosen), distance and order")
                        }
                    }
                    div(.class("filter-panel"), .id("filters"), .tabIndex(-1)) {
                        SearchFields.distance(q.radiusMiles)
                        div(.class("field")) {
                            label(.for("sort")) { "Order" }
                            select(.id("sort"), .name("sort")) {
                                // Across a state there is no distance: the default order is by name.
                                option(.value("")) { m.measuresDistance ? "Nearest first" : "By name" }
                                option([.value("name")] + (q.sort == .name ? [.selected] : [])) { "By name" }
                            }
                        }
                        FilterGroup.hours(m.results)
                        for facet in m.taxonomy.facets where facet.isFilter { FilterGroup.view(facet, m.results, m.taxonomy, fromWords: m.fromWords) }
                        button(.type("submit")) { "Update results" }
                        p(.class("filters-close")) { a(.href(SafeURL(path: "#results"))) { "Back to the results" } }
                    }
                }
            }
        }
    }

    /// "Showing programs with: Buprenorphine (from “suboxone”)", the plain statements that go with some words
    /// (ketamine has no term of its own), terms to narrow by, and words not used.
    static func understanding(_ m: ResultsPageModel) -> Node {
        let unused = m.unusedWords
        guard let reading = m.results.reading else {
            guard !unused.isEmpty else { return .empty }
            return section(.class("understood"), .ariaLabel("What we understood")) {
                p(.class("note")) {
                    text("No need we know and no program\u{2019}s name here matches \u{201C}\(unused.joined(separator: " "))\u{201D}, so it was not used: ")
                    text(m.results.place == nil ? "showing every place with the filters chosen." : "showing every place\(m.placePhrase).")
                }
            }
        }
        let names = reading.terms.compactMap { m.taxonomy.term($0)?.name }
        let narrow = m.narrowing
        return section(.class("understood"), .ariaLabel("What we understood")) {
            p {
                span(.class("label")) { "Showing: " }
                text(names.joined(separator: "; "))
                text(" (from \u{201C}\(reading.understood.map(\.phrase).joined(separator: ", "))\u{201D})")
                if let name = m.results.applied.text { text(", with \u{201C}\(name)\u{201D} in the name") }
                "."
            }
            for note in reading.notes { p(.class("note")) { text(note) } }
            if let preferred = m.preferred, m.results.total > 0 {
                let named = ResultsPageModel.or(preferred.names)
                p(.class("note")) {
                    if preferred.count == 0 {
                        text("No listing here has named \(named) yet (its staff can add it).")
                    } else {
                        text("\(Format.grouped(preferred.count)) of \(Format.grouped(m.results.total)) \(preferred.count == 1 ? "lists" : "list") \(named) (as \(preferred.count == 1 ? "its" : "their") staff added) and \(preferred.count == 1 ? "comes" : "come") first.")
                    }
                }
            }
            if !narrow.isEmpty {
                p {
                    span(.class("label")) { "Narrow to: " }
                    for (i, n) in narrow.enumerated() {
                        if i > 0 { " · " }
                        a(.href(n.url)) { text(n.name) }
                        text(" (\(Format.grouped(n.count)))")
                    }
                }
            }
            if !unused.isEmpty { p(.class("note")) { text("Not used: \(unused.joined(separator: ", ")) (no need or name we know).") } }
        }
    }

    /// What Haven did with the place typed, and other places the words could mean.
    static func placeNotes(_ m: ResultsPageModel) -> Node {
        guard let place = m.results.place else { return .empty }
        var isState = false
        if case .state = place.area { isState = true }
        guard place.note != nil || !place.alternatives.isEmpty || (isState && m.results.total > 0) else { return .empty }
        return section(.class("place-notes"), .ariaLabel("About the place")) {
            if let note = place.note {
                p(.class("note")) { text(note) }
            } else if isState && m.results.total > 0 {
                p(.class("note")) { "These are the places across the whole state, by name. To see the nearest first, type a town or ZIP code." }
            }
            if !place.alternatives.isEmpty {
                p {
                    span(.class("label")) { "Did you mean another place? " }
                    for (i, c) in place.alternatives.enumerated() {
                        if i > 0 { " · " }
                        a(.href(SearchProblemPage.choice(c.query, m.query))) { text(c.label) }
                    }
                }
            }
        }
    }

    /// When few places are near: the programs in the same state that offer care by phone or video.
    static func telehealthReach(_ m: ResultsPageModel) -> Node {
        guard let reach = m.telehealthReach else { return .empty }
        return p(.class("reach")) {
            text("Few places nearby. \(Format.grouped(reach.count)) \(reach.count == 1 ? "program" : "programs") in \(reach.state) \(reach.count == 1 ? "offers" : "offer") care by phone or video: ")
            a(.href(reach.url)) { "see them" }
            "."
        }
    }

    static func list(_ m: ResultsPageModel) -> Node {
        let items = m.items
        // Nearest first, programs reached only by phone or video come last (the search puts them there): their own group.
        let grouped = m.results.sort == .distance
        let inPerson = grouped ? items.filter { !$0.listing.isRemoteOnly } : items
        let remote = grouped ? items.filter(\.listing.isRemoteOnly) : []
        let chosen = Set(m.chosenTerms.map(\.index))
        let list = ListLinks(m.results.query)
        return group([
            myList(m),
            p(.class("count"), .ariaLive("polite")) {
                "Showing \(m.first)–\(m.first + items.count - 1) of \(Format.grouped(m.results.total)), \(m.results.sort == .distance ? "nearest first" : "by name")"
                if let from = m.results.place?.from, m.results.sort == .distance || m.items.contains(where: { $0.distanceMiles != nil }) {
                    text("; miles from \(from)")
                }
                ". "
                a(.href(SafeURL(path: "#search-form"))) { "Change the search" }
            },
            p(.class("freshness")) {
                "Listings come from public directories ("
                a(.href(SiteURL.aboutData.url)) { "which, and how old" }
                "). Programs change: call to confirm before you go."
            },
            ol(.class("results"), .start(m.first)) {
                for item in inPerson { ResultCard.view(item, taxonomy: m.taxonomy, chosen: chosen, staleBefore: m.staleBefore, now: m.now, list: list) }
            },
            remote.isEmpty ? Node.empty : section(.class("remote"), .ariaLabelledBy("remote")) {
                h2(.id("remote")) { "By phone or video" }
                p(.class("note")) { "These programs publish no street address; they offer care by phone or video. Call to ask which states they serve and how to start." }
                ol(.class("results"), .start(m.first + inPerson.count)) {
                    for item in remote { ResultCard.view(item, taxonomy: m.taxonomy, chosen: chosen, staleBefore: m.staleBefore, now: m.now, list: list) }
                }
            },
            Pagination.view(m.results),
            map(m),
        ])
    }

    /// The page's places on a map Haven draws (an image from Haven itself, after the list: the list stays the way to
    /// read them), with its text alternative.
    static func map(_ m: ResultsPageModel) -> Node {
        guard let place = m.results.place, place.area == nil, m.items.contains(where: { $0.listing.coordinate != nil && !$0.listing.isRemoteOnly }) else {
            return .empty
        }
        var q = m.results.query
        q.list = PlaceList()
        let url = SafeURL(path: SiteURL.mapImage.path + SiteURL.queryString(q.parameters(page: q.page)))
        let approximate = m.items.contains { $0.listing.precision == .zipCentroid && !$0.listing.isRemoteOnly }
        let reach = MapDrawing.reach(radiusMiles: q.radiusMiles, distances: m.items.compactMap(\.distanceMiles).filter { $0 >= 0 })
        let from = place.from ?? place.label
        return element("figure", [.class("map")]) {
            img(src: url, alt: "Map of the places on this page, numbered as in the list above, around \(place.label).",
                Attribute("width", "400"), Attribute("height", "320"), Attribute("loading", "lazy"))
            element("figcaption", []) {
                text(reach.ringInView ? "Numbers match the list. The cross is \(from); the circle is \(SearchQuery.format(q.radiusMiles)) miles from it."
                     : "Numbers match the list. The cross is \(from); the map reaches the farthest place on this page.")
                " A number with + stands for several places at one spot."
                if approximate { " A dashed ring marks a place known only by its ZIP code: its point is approximate." }
            }
        }
    }

    /// With places on the seeker's list: how many, and the way to see, print or share them.
    static func myList(_ m: ResultsPageModel) -> Node {
        let list = m.results.query.list
        guard !list.isEmpty else { return .empty }
        return p(.class("my-list")) {
            strong { "Your list: \(list.count) \(list.count == 1 ? "place" : "places"). " }
            a(.href(SiteURL.list(list, near: m.results.query.near))) { "See, print or share it" }
        }
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
