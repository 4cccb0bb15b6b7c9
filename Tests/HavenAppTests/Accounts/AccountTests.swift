import Foundation
@testable import HavenApp
import Testing
import VaporTesting

/// Provider accounts: registration, sessions (rotated on sign-in, ended on sign-out), password reset, and the
/// protections around them (signed forms, same-origin posts, rate limits, nothing secret in logs or answers).
@Suite struct AccountTests {
    /// Quick accounts: bcrypt's least cost, no answer floor, and room for the sign-ins every test account makes.
    static func fast(_ s: inout Settings) { s.bcryptCost = 4; s.accountAnswerSeconds = 0; s.formBurst = 200 }

    @Test func signingInGivesASecureSessionCookie() async throws {
        try await withHaven({ Self.fast(&$0); $0.publicURL = "https://haven.example.org" }) { app in
            var browser = TestBrowser(app)
            let registered = try await browser.submit("/account/register", [("name", "Ann Provider"), ("email", " Ann@Clinic.ORG "), ("password", TestAccounts.password)])
            #expect(registered.status == .ok && registered.headers[.setCookie].isEmpty, "registering signs no one in: it answers as for a taken address")
            let page = try await browser.submit("/account/sign-in", [("email", "ann@clinic.org"), ("password", TestAccounts.password)])
            #expect(page.status == .seeOther && page.location == "/portal")
            let cookie = try #require(page.headers[.setCookie].first { $0.hasPrefix("__Host-haven_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Secure") && cookie.contains("Path=/"))
            #expect(!cookie.localizedCaseInsensitiveContains("domain="), "__Host- cookies have no Domain")
            let portal = try await browser.get("/portal")
            #expect(portal.body.contains("Signed in as Ann Provider (ann@clinic.org)"))
            // Stored as a digest, never as the token the cookie carries.
            let stored = try await app.db.withSQL { try await $0.select().column("id").from("user_sessions").all() }
            #expect(stored.count == 1)
            #expect(try stored[0].decode(column: "id", as: String.self) != browser.cookie)
        }
    }

    @Test func theSessionCookieIsNotSecureOverPlainHTTP() async throws {
        try await withHaven(Self.fast) { app in
            var browser = TestBrowser(app)
            var registering = TestBrowser(app)
            try await TestAccounts.register(&registering, name: "Ann", email: "ann@clinic.org")
            let page = try await browser.submit("/account/sign-in", [("email", "ann@clinic.org"), ("password", TestAccounts.password)])
            let cookie = try #require(page.headers[.setCookie].first { $0.hasPrefix("haven_session=") })
            #expect(!cookie.contains("Secure"), "a Secure cookie is never sent back over http://127.0.0.1")
        }
    }

    @Test func badRegistrationsSayWhatIsWrongAndKeepWhatWasTyped() async throws {
        try await withHaven(Self.fast) { app in
            var browser = TestBrowser(app)
            var page = try await browser.submit("/account/register", [("name", "Ann O'Neil"), ("email", "ann@clinic"), ("password", "short")])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("There are 2 problems"))
            #expect(page.body.contains("Enter an e-mail address like name@example.org."))
            #expect(page.body.contains("Use at least 10 characters"))
            #expect(page.body.contains("value=\"Ann O&#39;Neil\"") && page.body.contains("value=\"ann@clinic\""))
            #expect(!page.body.contains("short"), "a password is never sent back")
            #expect(browser.cookie == nil)
            try await TestAccounts.register(&browser, name: "Ann", email: "ann@clinic.org")
            var other = TestBrowser(app)
            // A taken address gets the same answer as a new one (issue 19, finding 7); its owner is told by mail.
            page = try await other.submit("/account/register", [("name", "Bob"), ("email", "ANN@clinic.org"), ("password", TestAccounts.password)])
            #expect(page.status == .ok && page.body.contains("Check your e-mail") && other.cookie == nil)
            #expect(try await Outbox.recent(on: app.db.sql).contains { $0.kind == .registrationAttempt && $0.recipient == "ann@clinic.org" })
            #expect(try await count(app, "users") == 1)
        }
    }

    @Test func signInRotatesTheSessionAndSignOutEndsIt() async throws {
        try await withHaven(Self.fast) { app in
            var browser = TestBrowser(app)
            try await TestAccounts.register(&browser, name: "Ann", email: "ann@clinic.org")
            let first = try #require(browser.cookie)
            // Signing in from a browser that carries a session (a second sign-in, or a cookie planted by someone else)
            // gives a new session and ends the one it had.
            var fresh = TestBrowser(app)
            let form = try await fresh.get("/account/sign-in")
            var page = try await browser.post("/account/sign-in", [("email", "ann@clinic.org"), ("password", TestAccounts.password)], from: form)
            #expect(page.status == .seeOther && page.location == "/portal")
            let second = try #require(browser.cookie)
            #expect(second != first)
            var stale = TestBrowser(app)
            stale.cookie = first
            #expect(try await stale.get("/portal").status == .seeOther, "the old session no longer signs anyone in")
            // Sign out: the session is gone from the database, not just from the browser.
            let portal = try await browser.get("/portal")
            page = try await browser.post("/account/sign-out", [], from: portal)
            #expect(page.status == .seeOther && page.location == "/account/sign-in?done=signed-out")
            #expect(browser.cookie == nil)
            var replay = TestBrowser(app)
            replay.cookie = second
            let after = try await replay.get("/portal")
            #expect(after.status == .seeOther && after.location?.hasPrefix("/account/sign-in?next=") == true)
            #expect(try await count(app, "user_sessions") == 0)
        }
    }

    @Test func expiredSessionsAreDeletedAtTheNextSignIn() async throws {
        try await withHaven(Self.fast) { app in
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@clinic.org")
            try await app.db.withSQL { try await $0.update("user_sessions").set("expires_at", to: Date().addingTimeInterval(-60)).run() }
            #expect(try await ann.get("/portal").status == .seeOther, "an expired session signs no one in")
            var bob = TestBrowser(app)
            try await TestAccounts.register(&bob, name: "Bob", email: "bob@clinic.org")
            #expect(try await count(app, "user_sessions") == 1, "Ann's expired session is gone, Bob's is kept")
        }
    }

    @Test func aWrongPasswordOrUnknownEmailGetsOneMessage() async throws {
        try await withHaven(Self.fast) { app in
            var browser = TestBrowser(app)
            try await TestAccounts.register(&browser, name: "Ann", email: "ann@clinic.org")
            var other = TestBrowser(app)
            let wrong = try await other.submit("/account/sign-in", [("email", "ann@clinic.org"), ("password", "not the password at all")])
            let unknown = try await other.submit("/account/sign-in", [("email", "nobody@clinic.org"), ("password", "not the password at all")])
            for page in [wrong, unknown] {
                #expect(page.status == .unprocessableEntity)
                #expect(page.body.contains("The e-mail address or the password is not right."))
            }
            #expect(other.cookie == nil)
        }
    }

    @Test func formsFromAnotherSiteOrWithoutAValidTokenAreRefused() async throws {
        try await withHaven(Self.fast) { app in
            var browser = TestBrowser(app)
            let page = try await browser.get("/account/register")
            let fields = [("name", "Eve"), ("email", "eve@example.org"), ("password", TestAccounts.password)]
            for origin in ["https://evil.example", "null", nil] as [String?] {
                let res = try await browser.post("/account/register", fields, from: page, origin: origin)
                #expect(res.status == .forbidden, "origin \(origin ?? "none")")
            }
            #expect(try await browser.post("/account/register", fields, token: "forged").status == .forbidden)
            #expect(try await browser.post("/account/register", fields).status == .forbidden, "no token")
            // A sign-in form's token does not work for registration.
            let signIn = try await browser.get("/account/sign-in")
            #expect(try await browser.post("/account/register", fields, token: signIn.formToken()).status == .forbidden)
            #expect(try await count(app, "users") == 0)
        }
    }

    @Test func anExpiredFormIsShownAgainWithWhatWasTyped() async throws {
        try await withHaven(Self.fast) { app in
            let guardian = try await app.siteSecrets.formGuard(app.db)
            let old = guardian.token(purpose: "register", binding: "", now: Date().addingTimeInterval(-FormGuard.lifetime - 60))
            var browser = TestBrowser(app)
            let page = try await browser.post("/account/register", [("name", "Ann"), ("email", "ann@clinic.org"), ("password", TestAccounts.password)], token: old)
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("This page was open a long time"))
            #expect(page.body.contains("value=\"ann@clinic.org\""))
            #expect(try await browser.post("/account/register", [("name", "Ann"), ("email", "ann@clinic.org"), ("password", TestAccounts.password)], from: page).status == .ok)
        }
    }

    @Test func aSignedInFormIsBoundToItsSession() async throws {
        try await withHaven(Self.fast) { app in
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@clinic.org")
            let annPortal = try await ann.get("/portal")
            var bob = TestBrowser(app)
            try await TestAccounts.register(&bob, name: "Bob", email: "bob@clinic.org")
            // Bob's page's sign-out token does not sign Ann out.
            let bobPortal = try await bob.get("/portal")
            #expect(try await ann.post("/account/sign-out", [], token: bobPortal.formToken()).status == .forbidden)
            #expect(try await ann.get("/portal").status == .ok)
            #expect(try await ann.post("/account/sign-out", [], from: annPortal).status == .seeOther)
        }
    }

    @Test func signInIsLimitedPerAccountAndPerClient() async throws {
        try await withHaven({ Self.fast(&$0); $0.accountBurst = 3; $0.formBurst = 8 }) { app in
            var browser = TestBrowser(app)
            var statuses: [HTTPStatus] = []
            for _ in 0..<4 {
                statuses.append(try await browser.submit("/account/sign-in", [("email", "ann@clinic.org"), ("password", "wrong password here")]).status)
            }
            #expect(statuses == [.unprocessableEntity, .unprocessableEntity, .unprocessableEntity, .tooManyRequests])
            let limited = try await browser.submit("/account/sign-in", [("email", "ann@clinic.org"), ("password", "wrong password here")])
            #expect(limited.body.contains("Too many wrong passwords for this account. Wait"))
            #expect(limited.headers.first(name: .retryAfter) != nil)
            #expect(limited.body.contains("value=\"ann@clinic.org\""), "the form keeps what was typed")
            // Other accounts from the same client: allowed until the client's own limit (8 tries in all).
            var more: [HTTPStatus] = []
            for n in 0..<4 { more.append(try await browser.submit("/account/sign-in", [("email", "x\(n)@clinic.org"), ("password", "wrong password here")]).status) }
            #expect(more == [.unprocessableEntity, .unprocessableEntity, .unprocessableEntity, .tooManyRequests])
            #expect(try await browser.submit("/account/register", [("name", "Zed"), ("email", "zed@clinic.org"), ("password", TestAccounts.password)])
                .body.contains("Too many tries from this connection"))
        }
    }

    /// A mail server that is never reached: reset mails wait in the outbox, sealed.
    static func mailing(_ s: inout Settings) { fast(&s); s.smtp = SMTPSettings(url: "smtp://127.0.0.1:1", from: "haven@example.org") }

    /// The one-time link in a sealed mail, as the deliverer opens it.
    static func link(in row: MailRow, _ app: Application) async throws -> String {
        #expect(InquirySealer.isSealedText(row.body) && !row.body.contains("token="), "the link never rests in clear")
        let body = try await Outbox.body(of: row) { try await app.inquirySealer() }
        return try #require(body.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix("http") })
    }

    @Test func aPasswordResetWorksOnceAndEndsEverySession() async throws {
        try await withHaven(Self.mailing) { app in
            let logs = CapturedLogs.install(on: app)
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@clinic.org")
            var forgetful = TestBrowser(app)
            let sent = try await forgetful.submit("/account/reset", [("email", "ANN@clinic.org")])
            #expect(sent.status == .ok && sent.body.contains("If an account uses ann@clinic.org, we have sent it a link"))
            // Unknown addresses get the same page and no mail.
            let unknown = try await forgetful.submit("/account/reset", [("email", "nobody@clinic.org")])
            #expect(unknown.body.contains("If an account uses nobody@clinic.org, we have sent it a link"))
            let mails = try await Outbox.recent(on: app.db.sql).filter { $0.kind == .passwordReset }
            #expect(mails.count == 1 && mails[0].recipient == "ann@clinic.org" && mails[0].kind == .passwordReset)
            let link = try await Self.link(in: mails[0], app)
            #expect(link.hasPrefix("http://127.0.0.1:8080/account/reset/new?token="))
            let token = String(link.split(separator: "=", maxSplits: 1)[1])
            #expect(!sent.body.contains(token), "the token goes only by mail")
            let path = "/account/reset/new?token=" + token
            let weak = try await forgetful.submit(path, to: "/account/reset/new", [("token", token), ("password", "ann@clinic.org")])
            #expect(weak.status == .unprocessableEntity && weak.body.contains("Don&#39;t use your e-mail address"))
            let newPassword = "a brand new long password"
            let done = try await forgetful.submit(path, to: "/account/reset/new", [("token", token), ("password", newPassword)])
            #expect(done.status == .seeOther && done.location == "/portal")
            #expect(try await forgetful.get("/portal").body.contains("Signed in as Ann"))
            #expect(try await ann.get("/portal").status == .seeOther, "the other session ended with the password change")
            // Used once: the link is dead now.
            #expect(try await forgetful.get(path).status == .notFound)
            var later = TestBrowser(app)
            #expect(try await later.submit("/account/sign-in", [("email", "ann@clinic.org"), ("password", TestAccounts.password)]).status == .unprocessableEntity)
            #expect(try await later.submit("/account/sign-in", [("email", "ann@clinic.org"), ("password", newPassword)]).status == .seeOther)
            // Nothing secret reached the logs: not the passwords, not the reset token, not a session token.
            let text = logs.text
            #expect(text.contains("Executing query") && text.contains("(redacted)"), "queries were logged, their values redacted")
            for secret in [TestAccounts.password, newPassword, token, try #require(later.cookie)] {
                #expect(!text.contains(secret), "a secret reached the log")
            }
        }
    }

    @Test func anExpiredResetLinkSaysSo() async throws {
        try await withHaven(Self.fast) { app in
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@clinic.org")
            let store = try AccountStore(app.db)
            let user = try #require(try await store.user(email: .init("ann@clinic.org")!))
            let token = try await store.startReset(user.id, now: Date().addingTimeInterval(-2 * AccountStore.resetLifetime))
            let page = try await ann.get("/account/reset/new?token=" + token)
            #expect(page.status == .notFound && page.body.contains("This link has expired or has been used."))
        }
    }

    @Test func pagesForSignedInPeopleSendVisitorsToSignInAndBack() async throws {
        try await withHaven(Self.fast) { app in
            var visitor = TestBrowser(app)
            for path in ["/portal", "/moderation/claims", "/moderation/audit", "/admin/outbox"] {
                let page = try await visitor.get(path)
                #expect(page.status == .seeOther, "\(path)")
                #expect(page.location == "/account/sign-in?next=" + TestBrowser.encode(path), "\(path)")
            }
            // Coming back after signing in.
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@clinic.org")
            let form = try await visitor.get("/account/sign-in?next=%2Fmoderation%2Faudit")
            #expect(form.body.contains("name=\"next\" value=\"/moderation/audit\""))
            let page = try await visitor.post("/account/sign-in", [("email", "ann@clinic.org"), ("password", TestAccounts.password), ("next", "/moderation/audit")], from: form)
            #expect(page.location == "/moderation/audit")
            // Never to another site.
            var other = TestBrowser(app)
            let away = try await other.submit("/account/sign-in", [("email", "ann@clinic.org"), ("password", TestAccounts.password), ("next", "//evil.example/")])
            #expect(away.location == "/portal")
            // Visitors who never sign in get no cookie from any page.
            var plain = TestBrowser(app)
            for path in ["/", "/search?near=10001", "/account/sign-in", "/account/register"] {
                let res = try await plain.get(path)
                #expect(res.headers[.setCookie].isEmpty, "\(path)")
            }
        }
    }
}
