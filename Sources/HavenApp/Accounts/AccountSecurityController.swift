import Foundation
import HavenCore
import HavenHTML
import Vapor

/// A signed-in person's own security: where they are signed in (with "sign out everywhere else") and a new
/// password, given the current one. Sessions end after 12 hours, or an hour unused (`AccountStore`).
struct AccountSecurityController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.accountSecurity, use: page)
        routes.post(.changePassword, use: changePassword)
        routes.post(.endSessions, use: endSessions)
    }

    @Sendable func page(req: Request) async throws -> Response {
        let who = try await req.require(.provider)
        return WebController.page(SecurityPage.view(try await model(req, who, notice: req.notice(SecurityNotice.self)?.text)))
    }

    private func model(_ req: Request, _ who: SignedIn, notice: String? = nil) async throws -> SecurityPage.Model {
        SecurityPage.Model(user: who.user, sessions: try await AccountStore(req.db).sessions(of: who.user.id), current: who.sessionID,
                           notice: notice, passwordToken: try await req.formToken(.changePassword, who),
                           sessionsToken: try await req.formToken(.endSessions, who))
    }

    /// The current password is required: a browser left signed in is not enough to take the account. A wrong one
    /// counts as a wrong password at sign-in.
    @Sendable func changePassword(req: Request) async throws -> Response {
        let who = try await req.require(.provider)
        let (form, expired) = try await req.postedFormKeepingTyped(.changePassword, who)
        var m = try await model(req, who)
        if expired { m.errors.add("current_password", FormMessages.expired) }
        if let limited = req.formLimited(.signIn(who.user.email)) {
            m.errors.add("current_password", limited.message)
            return WebController.tooMany(SecurityPage.view(m), limited.seconds)
        }
        let settings = req.application.havenSettings
        if form["current_password"].isEmpty { m.errors.add("current_password", "Enter your current password.") }
        else if try await !Passwords.verify(form["current_password"], against: who.user.passwordHash, cost: settings.bcryptCost, on: req.application) {
            req.application.formLimits.failed(account: who.user.email)
            m.errors.add("current_password", "That is not your current password.")
        }
        if let problem = PasswordRules.problem(form["password"], email: who.user.email) { m.errors.add("password", problem) }
        else if form["password"] == form["current_password"] { m.errors.add("password", "Choose a password other than the current one.") }
        guard m.errors.isEmpty else { return WebController.page(SecurityPage.view(m), status: .unprocessableEntity) }
        let hash = try await Passwords.hash(form["password"], cost: settings.bcryptCost, on: req.application)
        try await req.workplace.run { work in
            let store = try AccountStore(work.db)
            try await store.setPassword(who.user.id, hash: hash)
            try await store.endSessions(of: who.user.id, except: who.sessionID)
            try await work.audit(.passwordChanged, by: who.user, subject: "user \(who.user.id)", detail: "signed in, with the current password")
        }
        return Redirect.to(SiteURL.accountSecurity.with(SecurityNotice.password))
    }

    @Sendable func endSessions(req: Request) async throws -> Response {
        let who = try await req.require(.provider)
        _ = try await req.postedForm(.endSessions, who)
        try await req.workplace.run { work in
            try await AccountStore(work.db).endSessions(of: who.user.id, except: who.sessionID)
            try await work.audit(.sessionsEnded, by: who.user, subject: "user \(who.user.id)", detail: "every session but the one asking")
        }
        return Redirect.to(SiteURL.accountSecurity.with(SecurityNotice.sessions))
    }
}
