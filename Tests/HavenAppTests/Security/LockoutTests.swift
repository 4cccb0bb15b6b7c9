import Foundation
@testable import HavenApp
import HavenCore
import Testing
import VaporTesting

/// Findings 4 and 11 of issue 19: nobody can lock an owner out of their account, guessing stays bounded per
/// account, every 429 says when to come back, and a few clients cannot close a facility's contact form or
/// reporting to everyone.
@Suite struct LockoutTests {
    @Test func resetRequestsAndRegistrationsDoNotSpendTheSignInAllowance() async throws {
        try await withHaven({ AccountTests.mailing(&$0); $0.accountBurst = 3; $0.formBurst = 1000 }) { app in
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@clinic.example")
            // Mallory asks for resets and registers with Ann's address, again and again.
            var mallory = TestBrowser(app)
            var statuses: [HTTPStatus] = []
            for _ in 0..<6 { statuses.append(try await mallory.submit("/account/reset", [("email", "ann@clinic.example")]).status) }
            for _ in 0..<2 {
                statuses.append(try await mallory.submit("/account/register", [("name", "M"), ("email", "ann@clinic.example"), ("password", TestAccounts.password)]).status)
            }
            // Her registration mailed her once; then two resets, then no more mail for a while.
            #expect(Array(statuses.prefix(3)) == [.ok, .ok, .tooManyRequests] && statuses.last == .tooManyRequests, "\(statuses)")
            // Ann was mailed at most the allowance, and still signs in with her password.
            #expect(try await Outbox.recent(on: app.db.sql).filter { $0.recipient == "ann@clinic.example" }.count <= 3)
            var annLater = TestBrowser(app)
            #expect(try await annLater.submit("/account/sign-in", [("email", "ann@clinic.example"), ("password", TestAccounts.password)]).status == .seeOther)
        }
    }

    @Test func guessingIsBoundedAndTheOwnerStillGetsInByMail() async throws {
        try await withHaven({ AccountTests.mailing(&$0); $0.accountBurst = 3; $0.formBurst = 1000 }) { app in
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@clinic.example")
            var mallory = TestBrowser(app)
            var statuses: [HTTPStatus] = []
            for n in 0..<5 { statuses.append(try await mallory.submit("/account/sign-in", [("email", "ann@clinic.example"), ("password", "guess number \(n)")]).status) }
            #expect(statuses == [.unprocessableEntity, .unprocessableEntity, .unprocessableEntity, .tooManyRequests, .tooManyRequests])
            // Now even the right password waits (guessing stays bounded), and the page says how to get in now.
            var owner = TestBrowser(app)
            let refused = try await owner.submit("/account/sign-in", [("email", "ann@clinic.example"), ("password", TestAccounts.password)])
            #expect(refused.status == .tooManyRequests && refused.body.contains("reset the password: the link we mail lets you in now"))
            #expect(Int(refused.headers.first(name: .retryAfter) ?? "") ?? 0 > 0)
            // The owner asks for a link (their own allowance, untouched) and uses it.
            #expect(try await owner.submit("/account/reset", [("email", "ann@clinic.example")]).status == .ok)
            let mail = try #require(try await Outbox.recent(on: app.db.sql).first { $0.kind == .passwordReset })
            let link = try await AccountTests.link(in: mail, app)
            let token = String(link.split(separator: "=", maxSplits: 1)[1])
            let done = try await owner.submit("/account/reset/new?token=" + token, to: "/account/reset/new", [("token", token), ("password", "a brand new long password")])
            #expect(done.status == .seeOther && done.location == "/portal")
            // Proven: the wrong guesses before count no more.
            var later = TestBrowser(app)
            #expect(try await later.submit("/account/sign-in", [("email", "ann@clinic.example"), ("password", "a brand new long password")]).status == .seeOther)
        }
    }

    @Test func every429SaysWhenToComeBack() async throws {
        try await withSample({ AccountTests.fast(&$0); $0.accountBurst = 1; $0.formBurst = 1000; $0.inquiryClientBurst = 1 }) { app in
            let (_, id) = try await ProfileEditTests.managedFacility(app)
            var visitor = TestBrowser(app)
            var bob = TestBrowser(app)
            try await TestAccounts.register(&bob, name: "Bob", email: "bob@clinic.example")
            let facilities = try await ClaimTests.facilityIDs(app, 6)
            var claimed = 1
            let attempts: [(String, () async throws -> TestBrowser.Page)] = [
                ("register", { try await visitor.submit("/account/register", [("name", "Zed"), ("email", "bob@clinic.example"), ("password", TestAccounts.password)]) }),
                ("reset", { try await visitor.submit("/account/reset", [("email", "bob@clinic.example")]) }),
                ("report", { try await visitor.submit("/facilities/\(id)/report", [("kind", "closed"), ("details", ""), ("email", "")]) }),
                ("contact", { try await visitor.submit("/facilities/\(id)/contact", ContactTests.fields()) }),
                ("claim", { claimed += 1; return try await bob.submit("/facilities/\(facilities[claimed])/claim", ClaimTests.claim) }),
            ]
            for (what, attempt) in attempts {
                var last = try await attempt()
                for _ in 0..<3 where last.status != .tooManyRequests { last = try await attempt() }
                #expect(last.status == .tooManyRequests, "\(what) \(last.body.suffix(2500))")
                #expect(Int(last.headers.first(name: .retryAfter) ?? "") ?? 0 > 0, "\(what): Retry-After")
            }
        }
    }

    @Test func aFloodIsHeldForTheManagersNotTurnedOnEveryone() async throws {
        try await withSample({ AccountTests.fast(&$0); $0.inquiryKeys = [Data(repeating: 7, count: 32)]; $0.inquiryFacilityBurst = 2; $0.inquiryClientBurst = 100 })
        { app in
            var (ann, id) = try await ProfileEditTests.managedFacility(app)
            var visitor = TestBrowser(app)
            var statuses: [HTTPStatus] = []
            for n in 0..<4 { statuses.append(try await visitor.submit("/facilities/\(id)/contact", ContactTests.fields("Message \(n)")).status) }
            #expect(statuses == [.ok, .ok, .ok, .ok], "past the facility's usual volume, messages are still taken")
            let rows = try await InquiryStore(app.db).inquiries(of: UUID(uuidString: id)!, since: .distantPast)
            #expect(rows.filter { $0.status == .held }.count == 2)
            #expect(try await Outbox.recent(on: app.db.sql).filter { $0.kind == .inquiryReceived }.count == 1, "one notice, none for held ones")
            let inbox = try await ann.get("/portal/facilities/\(id)/inquiries")
            #expect(inbox.body.contains("Held: arrived in a flood of messages"))
            // Reports: the cap is per client on a listing, so other people can still report it.
            let limits = FormLimits(clientBurst: 100, accountBurst: 2)
            let facility = UUID()
            #expect(limits.check(client: "a", .report(client: "a", facility: facility)) == nil)
            #expect(limits.check(client: "a", .report(client: "a", facility: facility)) == nil)
            #expect(limits.check(client: "a", .report(client: "a", facility: facility)) != nil)
            #expect(limits.check(client: "b", .report(client: "b", facility: facility)) == nil)
        }
    }
}
