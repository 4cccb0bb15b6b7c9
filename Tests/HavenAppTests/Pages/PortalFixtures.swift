import Foundation
@testable import HavenApp
import HavenCore
import HavenHTML

/// Fixed models for the account, portal and moderation pages: `text` (an attack, in the escaping test) in every
/// field a person types, or plain values for the snapshots.
enum PortalFixtures {
    static let date = PageFixtures.date
    static let id = PageFixtures.id
    static let token = "AAAAAGsNGPyM4o5_tR1yNnQSwQXa7fSYfg_I2GI_WqFh6VpyP4RO4Q"

    static func user(_ text: String?) -> UserRow {
        UserRow(id: id, email: text ?? "ann@harbor.example.org", name: text ?? "Ann Provider", passwordHash: "!", role: .moderator, createdAt: date)
    }

    static func claim(_ text: String?, status: ClaimRow.Status = .pending) -> ClaimView {
        ClaimView(claim: ClaimRow(id: id, facilityId: id, userId: id, jobTitle: text ?? "Intake coordinator", workPhone: text ?? "212-555-0100",
                                  workEmail: text ?? "ann@harbor.example.org", note: text ?? "Call after 2 PM", status: status,
                                  reason: status == .pending ? nil : (text ?? "We could not reach you"), decidedBy: nil,
                                  decidedAt: status == .pending ? nil : date, createdAt: date),
                  facilityName: text ?? "Harbor Recovery Center", facilityCity: text ?? "New York", facilityState: text ?? "NY",
                  facilityPhone: text ?? "212-555-0100", facilityWebsite: text ?? "https://harbor.example.org",
                  claimantName: text ?? "Ann Provider", claimantEmail: text ?? "ann@harbor.example.org")
    }

    static func report(_ text: String?) -> ReportRow {
        ReportRow(id: id, facilityId: id, kind: "wrong-phone", details: text ?? "The number is now 212-555-0199", email: text ?? "sam@example.org",
                  status: .open, createdAt: date)
    }

    static func suspended(_ text: String?) -> FacilityListing {
        var l = PageFixtures.listing(text)
        l.suspensionReason = text ?? "The program closed"
        return l
    }

    static func errors(_ text: String?, _ fields: [String]) -> FormErrors {
        var e = FormErrors()
        for f in fields { e.add(f, text ?? "Enter a value.") }
        return e
    }

    static func pages(_ text: String?) -> [(String, Node)] {
        let listing = PageFixtures.listing(text)
        var form = ProfileForm(listing: listing)
        if let text { for key in ["wait_days", "mon_opens", "latitude", "longitude", "hours_note"] { form.values[key] = [text] } }
        return [
            ("facility-suspended", FacilityPage.view(FacilityPageModel(listing: suspended(text), origins: [:], sources: [],
                                                                       staleBefore: date, taxonomy: .haven))),
            ("register", RegisterPage.view(.init(name: text ?? "Ann", email: text ?? "ann@", next: SafeURL(path: "/portal"),
                                                  errors: errors(text, ["email", "password"]), token: token))),
            ("register-sent", RegisterPage.view(.init(next: SafeURL(path: "/portal"), token: token, sentTo: text ?? "ann@harbor.example.org"))),
            ("account-security", SecurityPage.view(.init(user: user(text), sessions: [
                SessionRow(id: "this", userId: id, createdAt: date, expiresAt: date.addingTimeInterval(43_200), lastSeenAt: date),
                SessionRow(id: "other", userId: id, createdAt: date, expiresAt: date.addingTimeInterval(43_200))],
                current: "this", notice: text, errors: errors(text, ["current_password", "password"]), passwordToken: token, sessionsToken: token))),
            ("confirm-email", ConfirmEmailPage.view(.ready(token: text ?? "mailed-token"), formToken: token)),
            ("sign-in", SignInPage.view(.init(email: text ?? "ann@harbor.example.org", next: SafeURL(path: "/portal"), notice: text ?? "Sign in to go on.",
                                              errors: errors(text, ["email"]), token: token))),
            ("reset-request", ResetPages.request(.init(email: text ?? "ann@", errors: errors(text, ["email"]), token: token))),
            ("reset-sent", ResetPages.request(.init(email: "", sentTo: text ?? "ann@harbor.example.org", token: token))),
            ("new-password", ResetPages.newPassword(.init(resetToken: text ?? "mailed-token", errors: errors(text, ["password"]), token: token))),
            ("portal", PortalPage.view(.init(user: user(text), managed: [(id, text ?? "Harbor Recovery Center", text ?? "New York", text ?? "NY")],
                                             claims: [claim(text), claim(text, status: .declined)], pendingClaims: 2,
                                             newMessages: [id: 3], signOutToken: token))),
            ("claim", ClaimPage.view(.init(facilityID: id, facilityName: text ?? "Harbor Recovery Center", facilityPlace: text ?? "New York, NY",
                                           request: ClaimRequest(jobTitle: text ?? "Intake", workPhone: text ?? "12345", workEmail: text ?? "ann@",
                                                                 note: text ?? "Call after 2 PM"),
                                           errors: errors(text, ["work_phone"]), token: token))),
            ("moderation-claims", ClaimsQueuePage.view(.init(pending: [claim(text)], decided: [claim(text, status: .declined)],
                                                             errors: [id: (errors(text, ["reason"]), "decline", text ?? "")], notice: text, token: token))),
            ("audit-log", AuditLogPage.view([AuditRow(id: id, actorId: id, actor: text ?? "mod@haven.example", action: .claimApproved,
                                                      subject: "facility \(id)", detail: "claim \(id); user \(id); reason: \(text ?? "Called the front desk")", at: date),
                                             AuditRow(id: id, actorId: nil, actor: "a visitor", action: .reportReceived,
                                                      subject: text ?? "facility 24903713-19B4-4149-8C0F-DCBC56117BF4", detail: "report \(id): wrong-phone", at: date)],
                                            names: AuditNames(facilities: [id: text ?? "Harbor Recovery Center"],
                                                              users: [id: (text ?? "Mo Derator", text ?? "mod@haven.example")], claims: [id: id]))),
            ("outbox", OutboxPage.view([MailRow(id: id, recipient: text ?? "ann@harbor.example.org", subject: text ?? "You now manage a listing",
                                                body: text ?? "Hello Ann,\n\nYour request was approved.", kind: .claimDecided, status: .pending,
                                                attempts: 2, lastError: text ?? "connection refused", createdAt: date, nextAttemptAt: date, sentAt: nil)],
                                       delivering: false)),
            ("manage", ManagePage.view(.init(listing: listing, completeness: Completeness(listing, now: date), notice: text ?? "Saved.", newMessages: 2, leaveToken: token))),
            ("edit-profile", ProfileEditPage.view(.init(listing: listing, origins: ["phone": .edit(author: text ?? "Ann", at: date)], form: form,
                                                        errors: errors(text, ["description", "phone", "mon_opens", "term_payment", "latitude"]),
                                                        taxonomy: .haven, token: token))),
            ("report", ReportPage.view(.init(facilityID: id, facilityName: text ?? "Harbor Recovery Center",
                                             report: ProblemReport(kind: "other", details: text ?? "Closed on Sundays", email: text ?? "x@"),
                                             errors: errors(text, ["kind", "email"]), token: token))),
            ("moderation-reports", ReportsQueuePage.view([(report(text), text ?? "Harbor Recovery Center")], notice: text, token: token)),
            ("manage-moderator", ManagePage.view(.init(listing: suspended(text), completeness: Completeness(listing, now: date), notice: nil,
                                                       reports: [(report(text), text ?? "Harbor")], reportToken: token, suspensionToken: token))),
            ("moderation-edits", EditsQueuePage.view([FlaggedEdits.Group(facilityID: id, facilityName: text ?? "Harbor Recovery Center", edits: [
                FacilityEditRow(id: id, facilityId: id, field: "phone", value: text ?? "212-555-0199", author: text ?? "Ann Provider", createdAt: date)])],
                                                     notice: text, token: token)),
            ("accounts", AccountsPage.view([user(text), UserRow(id: UUID(uuidString: "3f2c5e1a-0000-8000-8000-000000000002")!, email: text ?? "bo@x.org",
                                                                name: text ?? "Bo", passwordHash: "!", role: .provider, createdAt: date)],
                                           me: user(text), notice: text, token: token)),
            ("history", HistoryPage.view(listing: listing, changes: [
                HistoryPage.Change(at: date, who: text ?? "Ann Provider", role: "facility staff", field: text ?? "Phone",
                                   before: text ?? "212-555-0100", after: text ?? "212-555-0199")])),
        ]
    }
}
