import Foundation
import HavenCore
import HavenHTML

/// `/states`: every state with listings; `/states/{ST}`: one state's popular centers and its facilities by city.
enum StatePages {
    static func index(_ directory: StateDirectory) -> Node {
        let w = Words.current
        return Layout.page(.init(title: w.treatmentByState, description: w.statesDescription, canonical: .states)) {
            h1 { text(w.treatmentByState) }
            ul(.class("columns")) {
                for s in directory.byName {
                    li { a(.href(SiteURL.state(.value(s.code)).url)) { text(s.name) }; text(" (\(Format.grouped(s.count)))") }
                }
            }
        }
    }

    struct Model {
        let state: StateDirectory.State
        /// Each city's search, in the order of `state.cities`.
        let searches: [StateDirectory.CitySearch]
        let popular: [FacilityListing]
        let staleBefore: Date
    }

    static func state(_ m: Model) -> Node {
        let s = m.state
        let w = Words.current
        return Layout.page(.init(title: w.treatmentIn(s.name), description: w.stateDescription(s.count, s.name),
                                 canonical: .state(.value(s.code)))) {
            p { a(.href(SiteURL.states.url)) { text(w.allStates) } }
            h1 { text(w.treatmentIn(s.name)) }
            p(.class("lead")) {
                text(w.stateLead(facilities: s.count, places: s.cities.count))
                if s.telehealth > 0 { text(w.byPhoneOrVideoCount(s.telehealth)) }
            }
            form(.class("search"), .method("get"), .action(SiteURL.search.url), .role("search")) {
                SearchFields.place(near: nil, radius: SearchQuery.defaultRadius)
                button(.type("submit")) { text(w.search) }
            }
            PopularList.view(m.popular, heading: w.popularIn(s.name), staleBefore: m.staleBefore)
            element("figure", [.class("map")]) {
                img(src: SiteURL.stateMap(.value(s.code)).url,
                    alt: w.stateMapAlt(s.name),
                    Attribute("width", "400"), Attribute("height", "320"), Attribute("loading", "lazy"))
                element("figcaption", []) { text(w.stateMapCaption) }
            }
            section(.ariaLabelledBy("cities")) {
                h2(.id("cities")) { text(w.facilitiesByCity) }
                p(.class("hint")) { text(w.eachPlaceOpensASearch) }
                ul(.class("columns")) {
                    for (c, search) in zip(s.cities, m.searches) {
                        li {
                            if c.name.isEmpty { text(w.cityNotGiven) } else {
                                a(.href(SiteURL.search.with([("near", search.near)] + (search.radius.map { [("radius", String(Int($0)))] } ?? [])))) {
                                    text(c.name)
                                }
                            }
                            text(" (\(Format.grouped(c.count)))")
                        }
                    }
                }
            }
        }
    }
}
