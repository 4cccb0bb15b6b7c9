import Foundation
@testable import HavenApp
import HavenCore
import SQLKit
import Testing
import VaporTesting

/// Finding 9 of issue 19: sessions end after an hour unused and 12 hours after signing in (they lasted 14 days);
/// a person sees where they are signed in and signs out everywhere else; a password is changed only with the
/// current one, and the change ends every other session.
@Suite struct SessionTests {
    @Test func anIdleOrOldSessionEnds() async throws {
        try await withHaven(AccountTests.fast) { app in
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@clinic.example")
            #expect(try await ann.get("/portal").status == .ok)
            // Unused for more than an hour: signed out.
            try await app.db.withSQL { try await $0.update("user_sessions").set("last_seen_at", to: Date().addingTimeInterval(-3700)).run() }
            #expect(try await ann.get("/portal").location?.hasPrefix("/account/sign-in") == true)
            #expect(try await count(app, "user_sessions") == 0, "the row goes too")
            // Used all along, but signed in 12 hours ago: signed out too.
            let again = try await ann.submit("/account/sign-in", [("email", "ann@clinic.example"), ("password", TestAccounts.password)])
            #expect(again.status == .seeOther)
            try await app.db.withSQL { try await $0.update("user_sessions").set("expires_at", to: Date().addingTimeInterval(-1)).run() }
            #expect(try await ann.get("/portal").location?.hasPrefix("/account/sign-in") == true)
            // A new session's cookie ends with it: 12 hours.
            let fresh = try await ann.submit("/account/sign-in", [("email", "ann@clinic.example"), ("password", TestAccounts.password)])
            let expires = try #require(try await app.db.withSQL { try await $0.select().column("expires_at").column("created_at").from("user_sessions").first() })
            let lifetime = try expires.decode(column: "expires_at", as: Date.self).timeIntervalSince(try expires.decode(column: "created_at", as: Date.self))
            #expect(abs(lifetime - 12 * 3600) < 2)
            #expect(fresh.status == .seeOther)
        }
    }

    @Test func signOutEverywhereElseAndChangeThePasswordWithTheCurrentOne() async throws {
        try await withHaven(AccountTests.fast) { app in
            var laptop = TestBrowser(app)
            try await TestAccounts.register(&laptop, name: "Ann", email: "ann@clinic.example")
            var phone = TestBrowser(app)
            #expect(try await phone.submit("/account/sign-in", [("email", "ann@clinic.example"), ("password", TestAccounts.password)]).status == .seeOther)
            let page = try await laptop.get("/account/security")
            #expect(page.status == .ok && page.headers.first(name: .cacheControl) == "no-store")
            #expect(page.body.components(separatedBy: "<li>Signed in ").count - 1 == 2 && page.body.contains("(this browser)"))
            #expect(try await laptop.get("/portal").body.contains("href=\"/account/security\""))
            // Sign out everywhere else: the phone is out, the laptop is in.
            let ended = try await laptop.post("/account/sessions", [], from: page)
            #expect(ended.location == "/account/security?done=sessions")
            #expect(try await phone.get("/portal").status == .seeOther)
            #expect(try await laptop.get("/portal").status == .ok)
            // A new password needs the current one.
            #expect(try await phone.submit("/account/sign-in", [("email", "ann@clinic.example"), ("password", TestAccounts.password)]).status == .seeOther)
            var form = try await laptop.get("/account/security")
            let wrong = try await laptop.post("/account/password", [("current_password", "not my password at all"), ("password", "a brand new long password")], from: form)
            #expect(wrong.status == .unprocessableEntity && wrong.body.contains("That is not your current password."))
            #expect(!wrong.body.contains("not my password at all") && !wrong.body.contains("a brand new long password"), "passwords are never sent back")
            form = try await laptop.get("/account/security")
            let common = try await laptop.post("/account/password", [("current_password", TestAccounts.password), ("password", "password12345")], from: form)
            #expect(common.status == .unprocessableEntity && common.body.contains("one of the most common"))
            form = try await laptop.get("/account/security")
            let changed = try await laptop.post("/account/password", [("current_password", TestAccounts.password), ("password", "a brand new long password")], from: form)
            #expect(changed.location == "/account/security?done=password")
            #expect(try await laptop.get("/portal").status == .ok, "still signed in here")
            #expect(try await phone.get("/portal").status == .seeOther, "signed out everywhere else")
            var later = TestBrowser(app)
            #expect(try await later.submit("/account/sign-in", [("email", "ann@clinic.example"), ("password", "a brand new long password")]).status == .seeOther)
            #expect(try await AccountStore(app.db).auditLog().contains { $0.action == .passwordChanged && $0.detail.contains("current password") })
        }
    }
}
