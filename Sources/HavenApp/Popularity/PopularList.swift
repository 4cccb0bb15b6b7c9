import Foundation
import HavenCore
import HavenHTML

/// Popular centers: the listings people viewed and wrote to most in the last 30 days, with the sentence that says
/// how they are ranked; or, before anything has been counted, that there is no ranking yet.
enum PopularList {
    static func view(_ listings: [FacilityListing], heading: String, id: String = "popular", staleBefore: Date) -> Node {
        let w = Words.current
        return section(.class("popular"), .ariaLabelledBy(id)) {
            h2(.id(id)) { text(heading) }
            if listings.isEmpty {
                p { text(w.noRankingYet(Popularity.window)) }
            } else {
                p(.class("hint")) { text(w.popularityExplained) }
                ol(.class("rows")) {
                    for l in listings {
                        li {
                            p { a(.href(SiteURL.facility(l))) { text(l.name) } }
                            p { text(l.city.isEmpty ? l.state : "\(l.city), \(l.state)") }
                            if let v = l.verification, v.at >= staleBefore {
                                p(.class("verified")) {
                                    span(.ariaHidden) { "\u{2713} " }
                                    text(w.verifiedBy(facility: v.by == .provider, on: Format.day(v.at)))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
