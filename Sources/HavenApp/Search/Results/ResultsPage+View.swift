import HavenCore
import HavenHTML

/// The results page: the search form with filters (a checkbox per term, with counts), result cards, pagination.
enum ResultsPage {
    static func view(_ m: ResultsPageModel) -> Node {
        let q = m.results.query
        let heading = m.heading
        let w = Words.current
        return Layout.page(.init(title: heading, description: w.resultsDescription, skipToResults: true)) {
            h1 { text(heading) }
            understanding(m)
            placeNotes(m)
            let active = m.activeFilters
            if !active.isEmpty {
                nav(.class("active-filters"), .ariaLabel(w.chosenFilters)) {
                    ul {
                        for f in active {
                            li { a(.href(f.remove)) { span(.class("visually-hidden")) { text(w.removeTheFilter) }; text(f.name); " ×" } }
                        }
                        li { a(.href(m.clearFilters)) { text(w.clearAllFilters) } }
                    }
                }
            }
            div(.class("layout")) {
                // The results first on every screen (on a phone they start on the first screen); the search and its
                // filters after them (beside them on a wide screen, where the stylesheet puts them in the left column).
                section(.class("list"), .id("results"), .ariaLabel(w.results), .tabIndex(-1)) {
                    if m.items.isEmpty {
                        emptyAdvice(m.results, waysOut: m.waysOut)
                    } else {
                        list(m)
                    }
                    telehealthReach(m)
                    GuideLinks.line(m.guides)
                }
                form(.class("filters"), .id("search-form"), .method("get"), .action(SiteURL.search.url), .role("search"),
                      .ariaLabel(w.searchAndFilters)) {
                    h2(.class("visually-hidden")) { text(w.changeTheSearch) }
                    SearchFields.place(near: q.near, radius: nil)
                    SearchFields.need(q.text)
                    if !q.list.isEmpty { input(.type("hidden"), .name("list"), .value(q.list.parameter)) }
                    button(.type("submit"), .class("search-button")) { text(w.search) }
                    p(.class("filters-toggle")) {
                        a(.href(SafeURL(path: "#filters")), .ariaControls("filters")) {
                            text(w.filtersToggle(chosen: m.chosenTerms.count + q.open.count))
                        }
                    }
                    div(.class("filter-panel"), .id("filters"), .tabIndex(-1)) {
                        SearchFields.distance(q.radiusMiles)
                        div(.class("field")) {
                            label(.for("sort")) { text(w.order) }
                            select(.id("sort"), .name("sort")) {
                                // Across a state there is no distance: the default order is by name.
                                option(.value("")) { text(m.measuresDistance ? w.nearestFirst : w.byName) }
                                option([.value("name")] + (q.sort == .name ? [.selected] : [])) { text(w.byName) }
                            }
                        }
                        FilterGroup.hours(m.results)
                        for facet in m.taxonomy.facets where facet.isFilter { FilterGroup.view(facet, m.results, m.taxonomy, fromWords: m.fromWords) }
                        button(.type("submit")) { text(w.updateResults) }
                        p(.class("filters-close")) { a(.href(SafeURL(path: "#results"))) { text(w.backToResults) } }
                    }
                }
            }
        }
    }

    /// "Showing programs with: Buprenorphine (from “suboxone”)", the plain statements that go with some words
    /// (ketamine has no term of its own), terms to narrow by, and words not used.
    static func understanding(_ m: ResultsPageModel) -> Node {
        let unused = m.unusedWords
        let w = Words.current
        guard let reading = m.results.reading else {
            guard !unused.isEmpty else { return .empty }
            return section(.class("understood"), .ariaLabel(w.whatWeUnderstood)) {
                p(.class("note")) {
                    text(w.wordsNotUsed(unused.joined(separator: " ")))
                    text(m.results.place == nil ? w.showingEveryPlaceWithFilters : w.showingEveryPlace(m.placePhrase))
                }
            }
        }
        let names = reading.terms.compactMap { m.taxonomy.term($0)?.name }
        let narrow = m.narrowing
        return section(.class("understood"), .ariaLabel(w.whatWeUnderstood)) {
            p {
                span(.class("label")) { text(w.showing) }
                text(names.joined(separator: "; "))
                text(w.fromTheWords(reading.understood.map(\.phrase).joined(separator: ", ")))
                if let name = m.results.applied.text { text(w.withNameContaining(name)) }
                "."
            }
            for note in reading.notes { p(.class("note")) { text(NeedWords.localized(note)) } }
            if let preferred = m.preferred, m.results.total > 0 {
                let named = ResultsPageModel.or(preferred.names)
                p(.class("note")) {
                    text(preferred.count == 0 ? w.noListingNamed(named) : w.listingsNamed(preferred.count, of: m.results.total, named))
                }
            }
            if !narrow.isEmpty {
                p {
                    span(.class("label")) { text(w.narrowTo) }
                    for (i, n) in narrow.enumerated() {
                        if i > 0 { " · " }
                        a(.href(n.url)) { text(n.name) }
                        text(" (\(Format.grouped(n.count)))")
                    }
                }
            }
            if !unused.isEmpty { p(.class("note")) { text(w.notUsed(unused.joined(separator: ", "))) } }
        }
    }

    /// What Haven did with the place typed, and other places the words could mean.
    static func placeNotes(_ m: ResultsPageModel) -> Node {
        guard let place = m.results.place else { return .empty }
        var isState = false
        if case .state = place.area { isState = true }
        guard place.note != nil || !place.alternatives.isEmpty || (isState && m.results.total > 0) else { return .empty }
        let w = Words.current
        return section(.class("place-notes"), .ariaLabel(w.aboutThePlace)) {
            if let note = place.note {
                p(.class("note")) { text(note) }
            } else if isState && m.results.total > 0 {
                p(.class("note")) { text(w.acrossTheState) }
            }
            if !place.alternatives.isEmpty {
                p {
                    span(.class("label")) { text(w.didYouMeanAnotherPlace) }
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
        let w = Words.current
        return p(.class("reach")) {
            text(w.fewNearby(reach.count, inState: reach.state))
            a(.href(reach.url)) { text(w.seeThem) }
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
        let w = Words.current
        return group([
            myList(m),
            p(.class("count"), .ariaLive("polite")) {
                text(w.showingRange(first: m.first, last: m.first + items.count - 1, total: m.results.total, nearestFirst: m.results.sort == .distance))
                if let from = m.results.place?.from, m.results.sort == .distance || m.items.contains(where: { $0.distanceMiles != nil }) {
                    text(w.milesFrom(from))
                }
                ". "
                a(.href(SafeURL(path: "#search-form"))) { text(w.changeTheSearch) }
            },
            w.listingsFrom(a(.href(SiteURL.aboutData.url)) { text(w.whichAndHowOld) }),
            ol(.class("results"), .start(m.first)) {
                for item in inPerson { ResultCard.view(item, taxonomy: m.taxonomy, chosen: chosen, staleBefore: m.staleBefore, now: m.now, list: list) }
            },
            remote.isEmpty ? Node.empty : section(.class("remote"), .ariaLabelledBy("remote")) {
                h2(.id("remote")) { text(w.byPhoneOrVideo) }
                p(.class("note")) { text(w.remoteNote) }
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
        let w = Words.current
        return element("figure", [.class("map")]) {
            img(src: url, alt: w.mapAlt(around: place.label),
                Attribute("width", "400"), Attribute("height", "320"), Attribute("loading", "lazy"))
            element("figcaption", []) {
                text(reach.ringInView ? w.mapRing(from: from, miles: SearchQuery.format(q.radiusMiles)) : w.mapReach(from: from))
                text(w.mapCluster)
                if approximate { text(w.mapApproximate) }
            }
        }
    }

    /// With places on the seeker's list: how many, and the way to see, print or share them.
    static func myList(_ m: ResultsPageModel) -> Node {
        let list = m.results.query.list
        guard !list.isEmpty else { return .empty }
        let w = Words.current
        return p(.class("my-list")) {
            strong { text(w.yourList(list.count)) }
            a(.href(SiteURL.list(list, near: m.results.query.near))) { text(w.seePrintOrShare) }
        }
    }

    static func emptyAdvice(_ results: SearchResults, waysOut: [ResultsPageModel.WayOut] = []) -> Node {
        let w = Words.current
        if results.query.page > results.pageCount, results.total > 0 {
            return p {
                text(w.noPage(results.query.page))
                a(.href(SiteURL.search(results.query, page: 1))) { text(w.goToFirstPage) }
                "."
            }
        }
        let helpline = w.helplineCanHelp(a(.href(Phone.helpline)) { "1-800-662-4357" })
        guard !waysOut.isEmpty else {
            let tip = results.query.near == nil ? w.tipWithoutPlace : w.tipWithPlace
            return group([p { text(tip) }, helpline])
        }
        return group([
            h2(.id("ways-out")) { text(w.placesInstead) },
            ul(.class("ways-out"), .ariaLabelledBy("ways-out")) {
                for way in waysOut {
                    li { a(.href(way.url)) { text(way.label) }; text(" (\(w.places(way.count)))") }
                }
            },
            helpline,
        ])
    }
}
