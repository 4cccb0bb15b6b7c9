import Foundation
import HavenCore
import HavenHTML

/// The moderators' queue of requests to manage a listing: each with what helps decide, and approve or decline
/// with a reason.
enum ClaimsQueuePage {
    struct Model {
        let pending: [ClaimView]
        let decided: [ClaimView]
        /// Per claim shown with a problem: the form's errors and what was typed.
        var errors: [UUID: (FormErrors, decision: String, reason: String)] = [:]
        var notice: String?
        let token: String
        /// The moderator reading the queue: their own requests show no decision form (another moderator decides).
        var me: UUID? = nil
    }

    static func view(_ m: Model) -> Node {
        Layout.page(.init(title: "Requests to manage a listing", description: "Moderation queue.")) {
            h1 { "Requests to manage a listing" }
            if let notice = m.notice { p(.class("notice"), .role("status")) { text(notice) } }
            if m.pending.isEmpty { p { "No requests are waiting." } }
            for c in m.pending { claim(c, m) }
            if !m.decided.isEmpty {
                section(.ariaLabelledBy("decided")) {
                    h2(.id("decided")) { "Recently decided" }
                    ul {
                        for c in m.decided {
                            li { text("\(c.facilityName): \(c.claimantName) (\(c.claimantEmail)), " + PortalPage.status(c.claim)) }
                        }
                    }
                }
            }
        }
    }

    static func claim(_ c: ClaimView, _ m: Model) -> Node {
        let id = c.claim.id.uuidString.lowercased()
        let (errors, decision, reason) = m.errors[c.claim.id] ?? (FormErrors(), "", "")
        return section(.class("claim"), .ariaLabelledBy("claim-\(id)")) {
            h2(.id("claim-\(id)")) { a(.href(SiteURL.facility(.value(c.claim.facilityId)).url)) { text(c.facilityName) }; text(", \(c.facilityCity), \(c.facilityState)") }
            dl {
                dt { "Asked by" }; dd {
                    text("\(c.claimantName) (\(c.claimantEmail)), \(Format.day(c.claim.createdAt))")
                    br()
                    text(c.claimantConfirmedAt == nil ? "Account address not confirmed." : "Account address confirmed.")
                }
                dt { "Role" }; dd { text(c.claim.jobTitle) }
                dt { "Work phone" }; dd { Phone.link(c.claim.workPhone) }
                dt { "Work e-mail" }; dd {
                    text(c.claim.workEmail)
                    text(c.facilityWebsite.isEmpty ? " (the listing has no website to compare its domain with)"
                         : c.claim.request.emailMatchesWebsite(c.facilityWebsite) ? " (same domain as the listed website)" : " (not the listed website's domain)")
                    br()
                    if let at = c.claim.workEmailConfirmedAt {
                        strong { text("Confirmed") }; text(": its owner opened the link mailed to it, \(Format.dayAndTime(at)).")
                    } else {
                        text("Not confirmed: nobody has opened the link mailed to it yet (none is sent without a mail server).")
                    }
                }
                dt { "Listed phone" }; dd { c.facilityPhone.isEmpty ? text("none") : Phone.link(c.facilityPhone) }
                if !c.claim.note.isEmpty { dt { "Note" }; dd { text(c.claim.note) } }
            }
            if c.claim.userId == m.me {
                p(.class("note")) { "Your own request: another moderator decides it." }
            } else {
                decisionForm(c, m, errors: errors, decision: decision, reason: reason)
            }
        }
    }

    private static func decisionForm(_ c: ClaimView, _ m: Model, errors: FormErrors, decision: String, reason: String) -> Node {
        let id = c.claim.id.uuidString.lowercased()
        return together {
            FormParts.errorSummary(errors)
            form(.method("post"), .action(SiteURL.decideClaim(.value(c.claim.id)).url), .novalidate) {
                FormParts.token(m.token)
                fieldset {
                    legend { "Decision" }
                    div(.class("choice")) {
                        input([.type("radio"), .id("approve-\(id)"), .name("decision"), .value(ClaimDecision.approve.rawValue)] + (decision == ClaimDecision.approve.rawValue ? [.checked] : []))
                        label(.for("approve-\(id)")) { "Approve: this person may manage the listing" }
                    }
                    div(.class("choice")) {
                        input([.type("radio"), .id("decline-\(id)"), .name("decision"), .value(ClaimDecision.decline.rawValue)] + (decision == ClaimDecision.decline.rawValue ? [.checked] : []))
                        label(.for("decline-\(id)")) { "Decline" }
                    }
                }
                FormParts.textArea("reason", "Reason (sent to the person; needed to decline)", value: reason, errors: errors, maxLength: 500, rows: 2)
                button(.type("submit")) { "Save the decision" }
            }
        }
    }

    private static func together(@NodeBuilder _ content: () -> Node) -> Node { content() }
}
