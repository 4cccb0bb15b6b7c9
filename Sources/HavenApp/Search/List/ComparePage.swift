import HavenCore
import HavenHTML

/// Two to four places side by side: a table with a column per place and a row per thing people compare.
enum ComparePage {
    static func view(_ m: ListPageModel) -> Node {
        let places = m.places
        return Layout.page(.init(title: "Compare places", description: "Places from your list, side by side.")) {
            h1 { "Compare places" }
            if !(2...4).contains(places.count) {
                p { "Comparing needs two to four places on your list; it has \(places.count)." }
            } else {
                div(.class("compare-wrap"), .role("region"), .ariaLabel("Comparison"), .tabIndex(0)) {
                    table(.class("compare")) {
                        caption { "\(places.count) places from your list, side by side" }
                        thead { tr { td {}; for p in places { th(.scope("col")) { a(.href(SiteURL.facility(p.listing))) { text(p.listing.name) } } } } }
                        tbody {
                            row("Distance", places.map { p in p.miles.map { Format.miles($0) + (p.listing.precision == .zipCentroid ? " (approximate)" : "") } ?? "" })
                            row("Address", places.map { $0.listing.address.seekerLine })
                            row("Phone", places.map { $0.listing.phone })
                            row("Open now", places.map { $0.open?.words ?? "No hours given" })
                            for facet in [FacetSlug.careType, .setting, .medication, .payment, .age, .language] {
                                if let f = m.taxonomy.facet(facet.rawValue) {
                                    row(f.name, places.map { m.names($0.listing, [facet]).joined(separator: ", ") })
                                }
                            }
                            row("Where the data comes from", places.map { ListPageModel.dataDate($0.listing) })
                        }
                    }
                }
            }
            p { a(.href(SiteURL.list(m.list, near: m.near))) { "Back to your list" } }
        }
    }

    static func row(_ name: String, _ values: [String]) -> Node {
        tr { th(.scope("row")) { text(name) }; for v in values { td { text(v.isEmpty ? "\u{2014}" : v) } } }
    }
}
