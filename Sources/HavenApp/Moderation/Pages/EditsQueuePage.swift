import HavenCore
import HavenHTML

/// Providers' changes to contact details and location, per facility, for a moderator to look at.
enum EditsQueuePage {
    static func view(_ groups: [FlaggedEdits.Group], notice: String?, token: String) -> Node {
        Layout.page(.init(title: "Changes to check", description: "Moderation queue.")) {
            h1 { "Changes to contact details and location" }
            p { "They are live already. Check each against the facility (call the number on its website if in doubt); correct one through the listing's form, or mark them reviewed." }
            if let notice { p(.class("notice"), .role("status")) { text(notice) } }
            if groups.isEmpty { p { "Nothing to check." } }
            for g in groups {
                let id = g.facilityID.uuidString.lowercased()
                section(.class("claim"), .ariaLabelledBy("edits-\(id)")) {
                    h2(.id("edits-\(id)")) { a(.href(SiteURL.manage(.value(g.facilityID)).url)) { text(g.facilityName) } }
                    ul {
                        for e in g.edits {
                            li {
                                text("\(Format.dayAndTime(e.createdAt)), \(e.author): ")
                                text(e.edit.map { ProfileHistory.label($0, .haven) } ?? e.field)
                                text(" \u{2192} " + (e.value.isEmpty ? "(empty)" : e.value))
                            }
                        }
                    }
                    p { a(.href(SiteURL.history(.value(g.facilityID)).url)) { "Full history, with the values before" } }
                    form(.method("post"), .action(SiteURL.reviewEdits(.value(g.facilityID)).url), .novalidate) {
                        FormParts.token(token)
                        button(.type("submit"), .class("secondary")) { "Mark reviewed" }
                    }
                }
            }
        }
    }
}
