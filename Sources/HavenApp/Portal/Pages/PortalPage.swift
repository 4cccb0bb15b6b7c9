import Foundation
import HavenCore
import HavenHTML

/// A signed-in person's start page: the facilities they manage, their requests, and (for moderators) the queues.
enum PortalPage {
    struct Model {
        let user: UserRow
        let managed: [(id: UUID, name: String, city: String, state: String)]
        /// Each managed facility's completeness (from the search index), when it is listed.
        var scores: [UUID: Int] = [:]
        let claims: [ClaimView]
        /// Claims waiting, for moderators; nil for providers.
        let pendingClaims: Int?
        /// Open reports, for moderators.
        var openReports = 0
        /// New (unanswered) messages per managed facility.
        var newMessages: [UUID: Int] = [:]
        let signOutToken: String
    }

    static func view(_ m: Model) -> Node {
        Layout.page(.init(title: "Your listings", description: "Manage your listings on Haven.")) {
            h1 { "Your listings" }
            p { "Signed in as \(m.user.name) (\(m.user.email))\(m.user.role == .provider ? "" : ", \(m.user.role.label.lowercased())")." }
            signOut(m.signOutToken)
            p { a(.href(SiteURL.accountSecurity.url)) { "Password and sessions" } }
            section(.ariaLabelledBy("managed")) {
                h2(.id("managed")) { "Facilities you manage" }
                if m.managed.isEmpty {
                    p { "None yet. To manage a listing, find your facility, open its page and choose \u{201C}Manage this listing\u{201D}." }
                    p { a(.href(SiteURL.home.url)) { "Find your facility" } }
                } else {
                    ul {
                        for f in m.managed {
                            li {
                                a(.href(SiteURL.manage(.value(f.id)).url)) { text(f.name) }
                                text(" (\(f.city), \(f.state))" + (m.scores[f.id].map { ": listing \($0)% complete" } ?? ""))
                                if let n = m.newMessages[f.id], n > 0 {
                                    text(" \u{00B7} ")
                                    a(.href(SiteURL.inbox(.value(f.id)).url)) { "\(n) new message\(n == 1 ? "" : "s")" }
                                }
                            }
                        }
                    }
                }
            }
            if !m.claims.isEmpty {
                section(.ariaLabelledBy("requests")) {
                    h2(.id("requests")) { "Your requests" }
                    ul(.class("claims")) {
                        for c in m.claims {
                            li {
                                a(.href(SiteURL.facility(.value(c.claim.facilityId)).url)) { text(c.facilityName) }
                                text(": " + status(c.claim))
                            }
                        }
                    }
                }
            }
            if let pending = m.pendingClaims {
                section(.ariaLabelledBy("moderation")) {
                    h2(.id("moderation")) { "Moderation" }
                    ul {
                        li { a(.href(SiteURL.moderationClaims.url)) { "Requests to manage a listing" }; text(" (\(pending) waiting)") }
                        li { a(.href(SiteURL.moderationReports.url)) { "Reported problems" }; text(" (\(m.openReports) open)") }
                        li { a(.href(SiteURL.moderationEdits.url)) { "Changes to contact details and location" } }
                        li { a(.href(SiteURL.moderationInquiries.url)) { "Message volumes (counts only)" } }
                        li { a(.href(SiteURL.auditLog.url)) { "Audit log" } }
                        if m.user.role == .admin {
                            li { a(.href(SiteURL.outbox.url)) { "Outbox (mail Haven sent)" } }
                            li { a(.href(SiteURL.accounts.url)) { "Accounts and roles" } }
                        }
                    }
                }
            }
        }
    }

    static func status(_ c: ClaimRow) -> String {
        switch c.status {
        case .pending: "waiting for a moderator (sent \(Format.day(c.createdAt)))"
        case .approved: "approved" + (c.decidedAt.map { " on \(Format.day($0))" } ?? "")
        case .declined: "declined" + (c.decidedAt.map { " on \(Format.day($0))" } ?? "") + ((c.reason ?? "").isEmpty ? "" : ": \(c.reason!)")
        }
    }

    /// The sign-out button: a form, so no link or prefetch can sign anyone out.
    static func signOut(_ token: String) -> Node {
        form(.method("post"), .action(SiteURL.signOut.url), .class("inline")) {
            FormParts.token(token)
            button(.type("submit"), .class("secondary")) { "Sign out" }
        }
    }
}
