import Foundation
import HavenCore
import HavenHTML

/// Every change to a listing: who, when, and the value before and after.
enum HistoryPage {
    struct Change {
        let at: Date
        let who: String
        let role: String
        let field: String
        let before: String
        let after: String
    }

    static func view(listing: FacilityListing, changes: [Change]) -> Node {
        Layout.page(.init(title: "History of \(listing.name)", description: "Changes to this listing.")) {
            p { a(.href(SiteURL.manage(.value(listing.id)).url)) { "\u{2190} \(listing.name)" } }
            h1 { "History of changes" }
            if changes.isEmpty { p { "No one has changed this listing on Haven yet: it is as its source gives it." } } else {
                table {
                    caption { "Newest first" }
                    thead { tr { th(.scope("col")) { "When" }; th(.scope("col")) { "Who" }; th(.scope("col")) { "What" }; th(.scope("col")) { "Before" }; th(.scope("col")) { "After" } } }
                    tbody {
                        for c in changes.reversed() {
                            tr {
                                td { text(Format.dayAndTime(c.at)) }
                                td { text("\(c.who) (\(c.role))") }
                                td { text(c.field) }
                                td { text(c.before.isEmpty ? "\u{2014}" : c.before) }
                                td { text(c.after.isEmpty ? "\u{2014}" : c.after) }
                            }
                        }
                    }
                }
            }
        }
    }
}
