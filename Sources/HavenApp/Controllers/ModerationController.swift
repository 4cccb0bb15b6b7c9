import Foundation
import HavenCore
import HavenHTML
import Vapor

/// Moderators decide requests to manage listings and read the audit log; admins also read the outbox.
struct ModerationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.moderationClaims, use: claims)
        routes.post(.decideClaim(.key), use: decide)
        routes.get(.auditLog, use: audit)
        routes.get(.moderationEdits, use: edits)
        routes.post(.reviewEdits(.key), use: reviewEdits)
        routes.get(.outbox, use: outbox)
        routes.get(.accounts, use: accounts)
        routes.post(.accountRole(.key), use: setRole)
        routes.post(.accountCredentials(.key), use: setCredentials)
    }


    @Sendable func claims(req: Request) async throws -> Response {
        let who = try await req.require(.moderator)
        let notice: String? = switch req.query[String.self, at: "done"] {
        case "approved": "Approved: the person now manages the listing and has been told."
        case "declined": "Declined: the person has been told why."
        default: nil
        }
        return WebController.page(ClaimsQueuePage.view(try await model(req, who, notice: notice)))
    }

    private func model(_ req: Request, _ who: SignedIn, notice: String? = nil) async throws -> ClaimsQueuePage.Model {
        let store = try ClaimStore(req.db)
        return ClaimsQueuePage.Model(pending: try await store.claims(status: .pending),
                                     decided: try await store.claims(status: .approved, oldestFirst: false, limit: 10)
                                        + store.claims(status: .declined, oldestFirst: false, limit: 10),
                                     notice: notice, token: try await req.formToken(.decideClaim, who), me: who.user.id)
    }

    @Sendable func decide(req: Request) async throws -> Response {
        let who = try await req.require(.moderator)
        let (form, expired) = try await req.postedFormKeepingTyped(.decideClaim, who)
        let store = try ClaimStore(req.db)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let claim = try await store.claim(id) else {
            throw HavenError(.notFound, "Request not found", "There is no such request to manage a listing.")
        }
        // Separation of duties: a moderator's (or an admin's) own request is decided by another moderator.
        guard claim.userId != who.user.id else {
            throw HavenError(.forbidden, "Your own request", "Nobody decides their own request to manage a listing: another moderator will decide it.")
        }
        guard claim.claimStatus == .pending else {
            // Two moderators on one request: the second is told, not applied.
            let m = try await model(req, who, notice: "That request was already decided (\(claim.status)), perhaps by another moderator. Nothing was changed.")
            return WebController.page(ClaimsQueuePage.view(m), status: .conflict)
        }
        let decision = form.text("decision"), reason = form.text("reason")
        var errors = FormErrors()
        if expired { errors.add("reason", FormMessages.expired) }
        if decision != "approve" && decision != "decline" { errors.add("reason", "Choose approve or decline.") }
        if decision == "decline" && reason.isEmpty { errors.add("reason", "Say why it is declined: the person is told.") }
        if reason.count > 500 { errors.add("reason", "Keep the reason under 500 characters.") }
        else if !TypedText.isBlock(reason) { errors.add("reason", "Write the reason as plain text, without special characters.") }
        guard errors.isEmpty else {
            var m = try await model(req, who)
            m.errors[id] = (errors, decision, reason)
            return WebController.page(ClaimsQueuePage.view(m), status: .unprocessableEntity)
        }
        let approve = decision == "approve"
        try await req.db.transaction { tx in
            let claims = try ClaimStore(tx), accounts = try AccountStore(tx)
            try await claims.decide(id, approve: approve, reason: reason, by: who.user.id)
            if approve { try await claims.addManager(facility: claim.facilityId, user: claim.userId, claim: id) }
            try await accounts.audit(actor: who.user, action: approve ? "claim.approved" : "claim.declined",
                                     subject: "facility \(claim.facilityId)", detail: "claim \(id); user \(claim.userId)" + (reason.isEmpty ? "" : "; reason: \(reason)"))
            if let claimant = try await accounts.user(id: claim.userId) {
                let name = try await FacilityRepository(tx).facility(claim.facilityId)?.listing.name ?? "a facility"
                try await Outbox.enqueue(AccountMail.claimDecided(to: claimant, facility: name, approved: approve, reason: reason), on: accounts.db)
            }
        }
        if approve { req.application.managedFacilities.forget() }
        return Redirect.to(SiteURL.moderationClaims.with([("done", approve ? "approved" : "declined")]))
    }

    @Sendable func edits(req: Request) async throws -> Response {
        let who = try await req.require(.moderator)
        let notice: String? = req.query[String.self, at: "done"] == "reviewed" ? "Marked reviewed." : nil
        return WebController.page(EditsQueuePage.view(try await FlaggedEdits.pending(req.db), notice: notice,
                                                      token: try await req.formToken(.reviewEdits, who)))
    }

    @Sendable func reviewEdits(req: Request) async throws -> Response {
        let who = try await req.require(.moderator)
        _ = try await req.postedForm(.reviewEdits, who)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw HavenError(.notFound, "Facility not found", "There is no facility at this address.")
        }
        guard try await !FlaggedEdits.pendingByAuthor(facility: id, user: who.user.id, req.db) else {
            throw HavenError(.forbidden, "Your own changes", "Nobody reviews their own changes: another moderator will look at them.")
        }
        try await FlaggedEdits.markReviewed(facility: id, by: who.user.id, req.db)
        try await AccountStore(req.db).audit(actor: who.user, action: "edits.reviewed", subject: "facility \(id)")
        return Redirect.to(SiteURL.moderationEdits.with([("done", "reviewed")]))
    }

    @Sendable func audit(req: Request) async throws -> Response {
        _ = try await req.require(.moderator)
        return WebController.page(AuditLogPage.view(try await AccountStore(req.db).auditLog()))
    }

    @Sendable func accounts(req: Request) async throws -> Response {
        let who = try await req.require(.admin)
        let notice: String? = switch req.query[String.self, at: "done"] {
        case "role": "Role saved."
        case "credentials": "Credentials saved."
        default: nil
        }
        return WebController.page(AccountsPage.view(try await AccountStore(req.db).allUsers(), me: who.user, notice: notice,
                                                    token: try await req.formToken(.accountRole, who)))
    }

    /// An admin gives an account a role (never their own: an admin cannot lock themselves out).
    @Sendable func setRole(req: Request) async throws -> Response {
        let who = try await req.require(.admin)
        let form = try await req.postedForm(.accountRole, who)
        let store = try AccountStore(req.db)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let user = try await store.user(id: id) else {
            throw HavenError(.notFound, "Account not found", "There is no such account.")
        }
        guard let role = Role(rawValue: form.text("role")) else {
            throw HavenError(.badRequest, "Unknown role", "Choose one of: " + Role.allCases.map { $0.label.lowercased() }.joined(separator: ", ") + ".")
        }
        guard user.id != who.user.id else { throw HavenError(.badRequest, "Your own role", "Another admin can change your role.") }
        if user.accountRole != role {
            try await store.setRole(user.id, role)
            try await store.audit(actor: who.user, action: "account.role", subject: "user \(user.id)", detail: "\(user.email): \(user.role) -> \(role.rawValue)")
        }
        return Redirect.to(SiteURL.accounts.with([("done", "role")]))
    }

    /// An admin records the credentials they checked (a medical reviewer's "MD", "PharmD"): shown with the
    /// reviewer's name on each guide they approve.
    @Sendable func setCredentials(req: Request) async throws -> Response {
        let who = try await req.require(.admin)
        let form = try await req.postedForm(.accountRole, who)
        let store = try AccountStore(req.db)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let user = try await store.user(id: id) else {
            throw HavenError(.notFound, "Account not found", "There is no such account.")
        }
        let credentials = form.text("credentials")
        guard credentials.count <= 80, TypedText.isOneLine(credentials) else {
            throw HavenError(.badRequest, "Credentials too long", "Write credentials as on a name badge, under 80 characters: MD, PharmD, LCSW.")
        }
        if user.credentials != credentials {
            try await store.setCredentials(user.id, credentials)
            try await store.audit(actor: who.user, action: "account.credentials", subject: "user \(user.id)", detail: "\(user.email): \(credentials)")
        }
        return Redirect.to(SiteURL.accounts.with([("done", "credentials")]))
    }

    @Sendable func outbox(req: Request) async throws -> Response {
        _ = try await req.require(.admin)
        return WebController.page(OutboxPage.view(try await Outbox.recent(on: req.db.sql), delivering: req.application.havenSettings.smtp != nil))
    }
}
