import HavenCore
import HavenHTML

/// Two to four places side by side: a table with a column per place and a row per thing people compare.
enum ComparePage {
    static func view(_ m: ListPageModel) -> Node {
        let places = m.places
        let w = Words.current
        return Layout.page(.init(title: w.comparePlaces, description: w.compareDescription)) {
            h1 { text(w.comparePlaces) }
            if !(2...4).contains(places.count) {
                p { text(w.compareNeeds(places.count)) }
            } else {
                div(.class("compare-wrap"), .role("region"), .ariaLabel(w.comparison), .tabIndex(0)) {
                    table(.class("compare")) {
                        caption { text(w.compareCaption(places.count)) }
                        thead { tr { td {}; for p in places { th(.scope("col")) { a(.href(SiteURL.facility(p.listing))) { text(p.listing.name) } } } } }
                        tbody {
                            row(w.distance, places.map { p in p.miles.map { Format.miles($0) + (p.listing.precision == .zipCentroid ? w.approximate : "") } ?? "" })
                            row(w.address, places.map { $0.listing.address.seekerLine })
                            row(w.phone, places.map { $0.listing.phone })
                            row(w.openNow, places.map { $0.open?.words ?? w.noHoursGiven })
                            for facet in [FacetSlug.careType, .setting, .medication, .payment, .age, .language] {
                                if let f = m.taxonomy.facet(facet.rawValue) {
                                    row(f.name, places.map { m.names($0.listing, [facet]).joined(separator: ", ") })
                                }
                            }
                            row(w.whereThisComesFrom, places.map { ListPageModel.dataDate($0.listing) })
                        }
                    }
                }
            }
            p { a(.href(SiteURL.list(m.list, near: m.near))) { text(w.backToYourList) } }
        }
    }

    static func row(_ name: String, _ values: [String]) -> Node {
        tr { th(.scope("row")) { text(name) }; for v in values { td { text(v.isEmpty ? "\u{2014}" : v) } } }
    }
}
