import Foundation
import HavenCore
import HavenHTML

/// `/states`: every state with listings; `/states/{ST}`: one state's popular centers and its facilities by city.
enum StatePages {
    static func index(_ directory: StateDirectory) -> Node {
        Layout.page(.init(title: "Treatment by state", description: "Drug, alcohol and mental health treatment facilities in each U.S. state.",
                          canonical: .states)) {
            h1 { "Treatment by state" }
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
        return Layout.page(.init(title: "Treatment in \(s.name)",
                                 description: "\(s.count) drug, alcohol and mental health treatment facilities in \(s.name), by city.",
                                 canonical: .state(.value(s.code)))) {
            p { a(.href(SiteURL.states.url)) { "\u{2190} All states" } }
            h1 { text("Treatment in \(s.name)") }
            p(.class("lead")) {
                text("\(Format.grouped(s.count)) listed facilit\(s.count == 1 ? "y" : "ies") in \(Format.grouped(s.cities.count)) "
                     + "place\(s.cities.count == 1 ? "" : "s").")
                if s.telehealth > 0 { text(" \(Format.grouped(s.telehealth)) offer care by phone or video.") }
            }
            form(.class("search"), .method("get"), .action(SiteURL.search.url), .role("search")) {
                SearchFields.place(near: nil, radius: SearchQuery.defaultRadius)
                button(.type("submit")) { "Search" }
            }
            PopularList.view(m.popular, heading: "Popular centers in \(s.name)", staleBefore: m.staleBefore)
            element("figure", [.class("map")]) {
                img(src: SiteURL.stateMap(.value(s.code)).url,
                    alt: "Map of \(s.name) with a dot for each listed place with a map location; the list of cities below has them all.",
                    Attribute("width", "400"), Attribute("height", "320"), Attribute("loading", "lazy"))
                element("figcaption", []) { "Each dot is a listed place; a hollow dot is placed at its ZIP code\u{2019}s middle." }
            }
            section(.ariaLabelledBy("cities")) {
                h2(.id("cities")) { "Facilities by city" }
                p(.class("hint")) { "Each place opens a search around it, nearest first." }
                ul(.class("columns")) {
                    for (c, search) in zip(s.cities, m.searches) {
                        li {
                            if c.name.isEmpty { "City not given" } else {
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
