import Foundation
import HavenCore
import HavenHTML

/// One managed facility: how complete its listing is and what would help seekers most, with links to edit it,
/// read its history and see it as the public does.
enum ManagePage {
    struct Model {
        let listing: FacilityListing
        let completeness: Completeness
        /// "Saved": the edit just made.
        var notice: String?
        /// Open reports on this listing, and the token their forms carry.
        var reports: [(report: ReportRow, facilityName: String)] = []
        var reportToken = ""
        /// For moderators: the token of the suspend / reinstate form (nil for providers).
        var suspensionToken: String?
        /// For the listing's managers: its new (unanswered) messages; nil for moderators, who never read them.
        var newMessages: Int?
        /// For the listing's managers: the token of "Stop managing this listing".
        var leaveToken: String?
    }

    static func view(_ m: Model) -> Node {
        let l = m.listing, id = l.id
        return Layout.page(.init(title: "Manage \(l.name)", description: "Manage this listing on Haven.")) {
            p { a(.href(SiteURL.portal.url)) { "\u{2190} Your listings" } }
            h1 { text(l.name) }
            if let notice = m.notice { p(.class("notice"), .role("status")) { text(notice) } }
            p { text("\(l.city), \(l.state)") }
            if let n = m.newMessages {
                section(.ariaLabelledBy("messages")) {
                    h2(.id("messages")) { "Messages" }
                    p {
                        a(.href(SiteURL.inbox(.value(id)).url)) { n == 0 ? "Read messages" : "Read \(n) new message\(n == 1 ? "" : "s")" }
                        " from people who found this listing on Haven. Only the people who manage it can read them."
                    }
                }
            }
            section(.ariaLabelledBy("complete")) {
                h2(.id("complete")) { "Listing \(m.completeness.score)% complete" }
                element("meter", [Attribute("min", "0"), Attribute("max", "100"), Attribute("value", String(m.completeness.score)),
                                  .ariaLabelledBy("complete")]) { "\(m.completeness.score)%" }
                if m.completeness.nextSteps.isEmpty {
                    p { "Your listing has everything seekers look for first. Confirm it every few months so it stays trusted." }
                } else {
                    p { "What would help seekers most, in order:" }
                    ol {
                        for step in m.completeness.nextSteps {
                            li { a(.href(SiteURL.editProfile(.value(id)).url)) { text(step.advice) }; text(" (+\(step.points))") }
                        }
                    }
                }
            }
            section(.ariaLabelledBy("verified")) {
                h2(.id("verified")) { "Last verified" }
                if let v = l.verification {
                    p { text("\(Format.day(v.at)), by \(v.who).") }
                } else {
                    p { "Not yet by your staff: the listing shows only what \(l.source.isEmpty ? "its source" : l.source) says." }
                }
            }
            if l.suspensionReason != nil || m.suspensionToken != nil {
                section(.ariaLabelledBy("suspension")) {
                    h2(.id("suspension")) { "Suspension" }
                    if let reason = l.suspensionReason { p(.class("warning")) { "Suspended by a moderator: "; text(reason); ". It is out of search and its page says why." } }
                    if let token = m.suspensionToken {
                        form(.method("post"), .action(SiteURL.suspension(.value(id)).url), .novalidate) {
                            FormParts.token(token)
                            if l.suspensionReason == nil {
                                input([.type("hidden"), .name("action"), .value(ReportWorkflow.Suspension.suspend.rawValue)])
                                div(.class("field")) {
                                    label(.for("reason")) { "Reason (shown on the listing's page)" }
                                    input([.type("text"), .id("reason"), .name("reason"), .maxLength(500), .value(""), .required])
                                }
                                button(.type("submit"), .class("secondary")) { "Suspend this listing" }
                            } else {
                                input([.type("hidden"), .name("action"), .value(ReportWorkflow.Suspension.lift.rawValue)])
                                button(.type("submit"), .class("secondary")) { "Reinstate this listing" }
                            }
                        }
                    }
                }
            }
            section(.ariaLabelledBy("reports")) {
                h2(.id("reports")) { "Reported problems" }
                if m.reports.isEmpty { p { "None open." } } else {
                    p { "People told Haven these details look wrong. Correct the listing, then mark each resolved." }
                    ReportList.view(m.reports, token: m.reportToken, showFacility: false, from: "manage")
                }
            }
            ul(.class("actions")) {
                li { a(.href(SiteURL.editProfile(.value(id)).url)) { "Edit or confirm the listing" } }
                li { a(.href(SiteURL.history(.value(id)).url)) { "History of changes" } }
                li { a(.href(SiteURL.facility(.value(id)).url)) { "See the public page" } }
            }
            if let token = m.leaveToken {
                section(.ariaLabelledBy("leave")) {
                    h2(.id("leave")) { "Stop managing this listing" }
                    p {
                        "If you no longer work here, stop managing the listing: you will no longer see it or its messages. "
                        "If no one else manages it, its page tells people to call instead of writing."
                    }
                    form(.method("post"), .action(SiteURL.leaveListing(.value(id)).url)) {
                        FormParts.token(token)
                        button(.type("submit"), .class("secondary")) { "Stop managing this listing" }
                    }
                }
            }
        }
    }
}
