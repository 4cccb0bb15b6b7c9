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
        return WebController.page(ClaimsQueuePage.view(try await model(req, who, notice: req.notice(ClaimsNotice.self)?.text)))
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
        let notFound = HavenError(.notFound, "Request not found", "There is no such request to manage a listing.")
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let claim = try await ClaimStore(req.db).claim(id) else { throw notFound }
        let ownRequest = HavenError(.forbidden, "Your own request", "Nobody decides their own request to manage a listing: another moderator will decide it.")
        func alreadyDecided(_ status: ClaimRow.Status) async throws -> Response {
            let m = try await model(req, who, notice: "That request was already decided (\(status.rawValue)), perhaps by another moderator. Nothing was changed.")
            return WebController.page(ClaimsQueuePage.view(m), status: .conflict)
        }
        // Separation of duties: a moderator's (or an admin's) own request is decided by another moderator.
        guard claim.userId != who.user.id else { throw ownRequest }
        guard claim.status == .pending else { return try await alreadyDecided(claim.status) }
        let typed = form.text("decision"), reason = form.text("reason")
        let decision = ClaimDecision(rawValue: typed)
        var errors = FormErrors()
        if expired { errors.add("reason", FormMessages.expired) }
        if decision == nil { errors.add("reason", "Choose approve or decline.") }
        if decision == .decline && reason.isEmpty { errors.add("reason", "Say why it is declined: the person is told.") }
        if reason.count > 500 { errors.add("reason", "Keep the reason under 500 characters.") }
        else if !TypedText.isBlock(reason) { errors.add("reason", "Write the reason as plain text, without special characters.") }
        guard errors.isEmpty, let decision else {
            var m = try await model(req, who)
            m.errors[id] = (errors, typed, reason)
            return WebController.page(ClaimsQueuePage.view(m), status: .unprocessableEntity)
        }
        switch try await ClaimWorkflow(place: req.workplace).decide(id, decision, reason: reason, by: who.user) {
        case .notFound: throw notFound
        case .ownRequest: throw ownRequest
        case .alreadyDecided(let status): return try await alreadyDecided(status)
        case .decided:
            if decision == .approve { req.application.managedFacilities.forget() }
            return Redirect.to(SiteURL.moderationClaims.with(decision == .approve ? ClaimsNotice.approved : .declined))
        }
    }

    @Sendable func edits(req: Request) async throws -> Response {
        let who = try await req.require(.moderator)
        return WebController.page(EditsQueuePage.view(try await FlaggedEdits.pending(req.db), notice: req.notice(EditsNotice.self)?.text,
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
        try await req.workplace.run { work in
            try await FlaggedEdits.markReviewed(facility: id, by: who.user.id, work.db)
            try await work.audit(.editsReviewed, by: who.user, subject: "facility \(id)")
        }
        return Redirect.to(SiteURL.moderationEdits.with(EditsNotice.reviewed))
    }

    @Sendable func audit(req: Request) async throws -> Response {
        _ = try await req.require(.moderator)
        let rows = try await AccountStore(req.db).auditLog()
        return WebController.page(AuditLogPage.view(rows, names: try await AuditNames.load(for: rows, on: req.db.sql)))
    }

    @Sendable func accounts(req: Request) async throws -> Response {
        let who = try await req.require(.admin)
        return WebController.page(AccountsPage.view(try await AccountStore(req.db).allUsers(), me: who.user, notice: req.notice(AccountsNotice.self)?.text,
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
        if user.role != role {
            try await req.workplace.run { work in
                try await AccountStore(work.db).setRole(user.id, role)
                try await work.audit(.accountRole, by: who.user, subject: "user \(user.id)", detail: "\(user.email): \(user.role.rawValue) -> \(role.rawValue)")
            }
        }
        return Redirect.to(SiteURL.accounts.with(AccountsNotice.role))
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
            try await req.workplace.run { work in
                try await AccountStore(work.db).setCredentials(user.id, credentials)
                try await work.audit(.accountCredentials, by: who.user, subject: "user \(user.id)", detail: "\(user.email): \(credentials)")
            }
        }
        return Redirect.to(SiteURL.accounts.with(AccountsNotice.credentials))
    }

    @Sendable func outbox(req: Request) async throws -> Response {
        _ = try await req.require(.admin)
        return WebController.page(OutboxPage.view(try await Outbox.recent(on: req.db.sql), delivering: req.application.havenSettings.smtp != nil))
    }
}
