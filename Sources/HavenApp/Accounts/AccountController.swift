import Foundation
import HavenCore
import HavenHTML
import Vapor

/// Provider accounts: register, sign in and out, reset a forgotten password. Every form is signed (`FormGuard`),
/// rate-limited per client and per account, and shown again with what was typed (never the password) when wrong.
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.register, use: registerForm)
        routes.post(.register, use: register)
        routes.get(.signIn, use: signInForm)
        routes.post(.signIn, use: signIn)
        routes.post(.signOut, use: signOut)
        routes.get(.resetRequest, use: resetRequestForm)
        routes.post(.resetRequest, use: requestReset)
        routes.get(.resetPassword, use: newPasswordForm)
        routes.post(.resetPassword, use: setNewPassword)
    }

    // MARK: Register

    @Sendable func registerForm(req: Request) async throws -> Response {
        let next = Redirect.localPath(req.query[String.self, at: "next"])
        if try await req.signedIn() != nil { return Redirect.to(next ?? SiteURL.portal.url) }
        return WebController.page(RegisterPage.view(.init(next: next, token: try await req.formToken(.register, nil))))
    }

    @Sendable func register(req: Request) async throws -> Response {
        let started = ContinuousClock.now
        let (form, expired) = try await req.postedFormKeepingTyped(.register, nil)
        var m = RegisterPage.Model(name: form.text("name"), email: form.text("email"), next: Redirect.localPath(form["next"]),
                                   token: try await req.formToken(.register, nil))
        if expired { m.errors.add("name", FormMessages.expired) }
        if let limited = req.formLimited(.mail(m.email)) {
            m.errors.add("email", limited.message)
            return WebController.tooMany(RegisterPage.view(m), limited.seconds)
        }
        if m.name.isEmpty { m.errors.add("name", "Enter your name.") } else if m.name.count > 100 { m.errors.add("name", "Keep your name under 100 characters.") }
        else if !TypedText.isOneLine(m.name) { m.errors.add("name", TypedText.oneLineMessage("your name")) }
        let email = EmailAddress(m.email)
        if m.email.isEmpty { m.errors.add("email", "Enter your work e-mail address.") } else if email == nil { m.errors.add("email", "Enter an e-mail address like name@example.org.") }
        if let problem = PasswordRules.problem(form["password"], email: m.email) { m.errors.add("password", problem) }
        guard m.errors.isEmpty, let email else { return WebController.page(RegisterPage.view(m), status: .unprocessableEntity) }
        // The same answer, in the same time, whether or not the address has an account: "check your e-mail". A new
        // account waits for its owner to sign in; the owner of a taken address is told someone tried.
        let settings = req.application.havenSettings
        let hash = try await Passwords.hash(form["password"], cost: settings.bcryptCost, on: req.application)
        let sealer = settings.smtp == nil ? nil : try await req.application.inquirySealer()
        let app = req.application, name = m.name
        try await req.workplace.run { work in
            let store = try AccountStore(work.db)
            if let user = try await store.create(email: email, name: name, passwordHash: hash, role: .provider, now: work.now) {
                try await work.audit(.accountRegistered, by: user, subject: "user \(user.id)")
                if let sealer {
                    let token = try await EmailConfirmations(work.db).start(.accountEmail, subject: user.id, email: user.email, now: work.now)
                    try await work.mail(AccountMail.confirmAccount(to: user, link: app.publicLink(.confirmEmail, ("token", token))), sealer: sealer)
                }
            } else if let owner = try await store.user(email: email) {
                try await work.mail(AccountMail.registrationAttempt(to: owner, signIn: work.link(.signIn), reset: work.link(.resetRequest)))
            }
        }
        m.sentTo = email.value
        try await Task.sleep(until: started.advanced(by: .seconds(settings.accountAnswerSeconds)), clock: .continuous)
        return WebController.page(RegisterPage.view(m))
    }

    // MARK: Sign in and out

    @Sendable func signInForm(req: Request) async throws -> Response {
        let next = Redirect.localPath(req.query[String.self, at: "next"])
        if try await req.signedIn() != nil { return Redirect.to(next ?? SiteURL.portal.url) }
        let notice = req.notice(SignInNotice.self)?.text ?? (next == nil ? nil : "Sign in to go on.")
        return WebController.page(SignInPage.view(.init(next: next, notice: notice, token: try await req.formToken(.signIn, nil))))
    }

    @Sendable func signIn(req: Request) async throws -> Response {
        let (form, expired) = try await req.postedFormKeepingTyped(.signIn, nil)
        var m = SignInPage.Model(email: form.text("email"), next: Redirect.localPath(form["next"]), token: try await req.formToken(.signIn, nil))
        if expired { m.errors.add("email", FormMessages.expired) }
        if let limited = req.formLimited(.signIn(m.email)) {
            m.errors.add("email", limited.message)
            return WebController.tooMany(SignInPage.view(m), limited.seconds)
        }
        if m.email.isEmpty { m.errors.add("email", "Enter your e-mail address.") }
        if form["password"].isEmpty { m.errors.add("password", "Enter your password.") }
        guard m.errors.isEmpty else { return WebController.page(SignInPage.view(m), status: .unprocessableEntity) }
        let store = try AccountStore(req.db)
        let user = try await EmailAddress(m.email).asyncFlatMap { try await store.user(email: $0) }
        let cost = req.application.havenSettings.bcryptCost
        guard try await Passwords.verify(form["password"], against: user?.passwordHash, cost: cost, on: req.application), let user else {
            req.application.formLimits.failed(account: m.email)
            m.errors.add("email", "The e-mail address or the password is not right.")
            return WebController.page(SignInPage.view(m), status: .unprocessableEntity)
        }
        return try await startSession(for: user, req: req, next: m.next ?? SiteURL.portal.url)
    }

    @Sendable func signOut(req: Request) async throws -> Response {
        let who = try await req.signedIn()
        _ = try await req.postedForm(.signOut, who)
        let res = Redirect.to(SiteURL.signIn.with(SignInNotice.signedOut))
        if let who { try await AccountStore(req.db).endSession(id: who.sessionID) }
        SessionCookie.clear(on: res, secure: req.application.isHTTPS)
        return res
    }

    /// Signs `user` in with a new session (any session the request had is ended first, so a planted cookie never
    /// becomes a signed-in one) and goes on to `next`.
    private func startSession(for user: UserRow, req: Request, next: SafeURL) async throws -> Response {
        let store = try AccountStore(req.db)
        if let old = try await req.signedIn() { try await store.endSession(id: old.sessionID) }
        // Least data kept: sessions past their end go at each sign-in (an indexed delete).
        try await store.deleteExpiredSessions()
        let (token, expires) = try await store.startSession(user.id)
        req.forgetSignedIn()
        let res = Redirect.to(next)
        SessionCookie.set(token, expires: expires, on: res, secure: req.application.isHTTPS)
        return res
    }

    // MARK: Password reset

    @Sendable func resetRequestForm(req: Request) async throws -> Response {
        WebController.page(ResetPages.request(.init(token: try await req.formToken(.reset, nil))))
    }

    @Sendable func requestReset(req: Request) async throws -> Response {
        let started = ContinuousClock.now
        let (form, expired) = try await req.postedFormKeepingTyped(.reset, nil)
        var m = ResetPages.RequestModel(email: form.text("email"), token: try await req.formToken(.reset, nil))
        if expired { m.errors.add("email", FormMessages.expired) }
        if let limited = req.formLimited(.mail(m.email)) {
            m.errors.add("email", limited.message)
            return WebController.tooMany(ResetPages.request(m), limited.seconds)
        }
        guard let email = EmailAddress(m.email) else {
            m.errors.add("email", m.email.isEmpty ? "Enter your e-mail address." : "Enter an e-mail address like name@example.org.")
            return WebController.page(ResetPages.request(m), status: .unprocessableEntity)
        }
        guard m.errors.isEmpty else { return WebController.page(ResetPages.request(m), status: .unprocessableEntity) }
        // The same answer whether or not an account uses the address: the page tells no one who has an account.
        if let user = try await AccountStore(req.db).user(email: email) {
            // Read before the transaction: the key may be read from the database, which a transaction holds on SQLite.
            let sealer = req.application.havenSettings.smtp == nil ? nil : try await req.application.inquirySealer()
            let app = req.application
            try await req.workplace.run { work in
                if let sealer {
                    let token = try await AccountStore(work.db).startReset(user.id, now: work.now)
                    try await work.mail(AccountMail.reset(to: user, link: app.publicLink(.resetPassword, ("token", token))), sealer: sealer)
                } else {
                    // Nowhere to send a link: none is made (an outbox holding it would let an admin take over the account).
                    try await work.mail(AccountMail.resetWithoutServer(to: user))
                }
                try await work.audit(.passwordResetRequested, by: user, subject: "user \(user.id)")
            }
        }
        m.sentTo = email.value
        // The same time whether or not an account uses the address: timing tells no one who has an account.
        try await Task.sleep(until: started.advanced(by: .seconds(req.application.havenSettings.accountAnswerSeconds)), clock: .continuous)
        return WebController.page(ResetPages.request(m))
    }

    @Sendable func newPasswordForm(req: Request) async throws -> Response {
        let token = req.query[String.self, at: "token"] ?? ""
        let valid = token.count < 100 ? try await AccountStore(req.db).reset(token: token) : nil
        let m = ResetPages.NewPasswordModel(resetToken: valid == nil ? nil : token, token: try await req.formToken(.newPassword, nil))
        return WebController.page(ResetPages.newPassword(m), status: valid == nil ? .notFound : .ok)
    }

    @Sendable func setNewPassword(req: Request) async throws -> Response {
        let (form, expired) = try await req.postedFormKeepingTyped(.newPassword, nil)
        let store = try AccountStore(req.db)
        let token = form["token"]
        var m = ResetPages.NewPasswordModel(resetToken: token, token: try await req.formToken(.newPassword, nil))
        guard token.count < 100, let reset = try await store.reset(token: token), let user = try await store.user(id: reset.userId) else {
            m.resetToken = nil
            return WebController.page(ResetPages.newPassword(m), status: .notFound)
        }
        if expired { m.errors.add("password", FormMessages.expired) }
        // The link is the proof: wrong passwords typed by anyone do not stand in its way.
        if let limited = req.formLimited(.none) {
            m.errors.add("password", limited.message)
            return WebController.tooMany(ResetPages.newPassword(m), limited.seconds)
        }
        if let problem = PasswordRules.problem(form["password"], email: user.email) { m.errors.add("password", problem) }
        guard m.errors.isEmpty else { return WebController.page(ResetPages.newPassword(m), status: .unprocessableEntity) }
        let hash = try await Passwords.hash(form["password"], cost: req.application.havenSettings.bcryptCost, on: req.application)
        try await req.workplace.run { work in
            let store = try AccountStore(work.db)
            try await store.setPassword(user.id, hash: hash)
            try await store.useResets(of: user.id, now: work.now)
            try await store.endSessions(of: user.id)
            try await work.audit(.passwordChanged, by: user, subject: "user \(user.id)", detail: "by a reset link")
        }
        req.application.formLimits.recovered(account: user.email)
        return try await startSession(for: user, req: req, next: SiteURL.portal.url)
    }
}

extension Optional {
    func asyncFlatMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let self else { return nil }
        return try await transform(self)
    }
}

extension Application {
    /// Whether people reach Haven over HTTPS (the session cookie is then `Secure`).
    /// Read on every answer (HSTS): no copy of the URL is made.
    var isHTTPS: Bool {
        let url = havenSettings.publicURL
        return url.hasPrefix("https://") || url.utf8.prefix(8).elementsEqual("https://".utf8, by: { $0 | 0x20 == $1 | 0x20 })
    }

    /// An absolute link for mail: the public address and a page, with its query.
    func publicLink(_ url: SiteURL, _ params: (String, String)...) -> String {
        havenSettings.publicURL + url.path + SiteURL.queryString(params)
    }
}
