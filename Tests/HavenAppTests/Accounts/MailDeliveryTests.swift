import Foundation
@testable import HavenApp
import SQLKit
import Testing
import VaporTesting

/// The outbox's delivery states: a message a server cannot take is retried later, then dead with the reason; a
/// refusal for good (5xx) is dead at once. (Delivery to a real server is proved in CI against aiosmtpd: tests/e2e.)
@Suite struct MailDeliveryTests {
    @Test func aFailedDeliveryIsRetriedThenDead() async throws {
        try await withHaven { app in
            let sql = try app.db.sql
            try await Outbox.enqueue(Mail(recipient: "ann@clinic.example", subject: "Hello", body: "Hi", kind: .claimReceived), on: sql)
            // Nothing listens on port 1: connection refused.
            let client = SMTPClient(settings: SMTPSettings(url: "smtp://127.0.0.1:1", from: "Haven <haven@example.org>")!, group: app.eventLoopGroup)
            for attempt in 1...Outbox.retryDelays.count + 1 {
                // Each pass sends only what is due: as if the wait had passed.
                try await sql.update(MailRow.table).set("next_attempt_at", to: Date().addingTimeInterval(-1)).run()
                try await MailDeliverer.deliverDue(app, client: client, lease: "test")
                let row = try #require(try await Outbox.recent(on: sql).first)
                #expect(row.attempts == attempt)
                #expect(row.lastError?.isEmpty == false)
                #expect(row.status == (attempt <= Outbox.retryDelays.count ? .pending : .dead), "attempt \(attempt)")
            }
            // Dead messages are not tried again.
            try await sql.update(MailRow.table).set("next_attempt_at", to: Date().addingTimeInterval(-1)).run()
            try await MailDeliverer.deliverDue(app, client: client, lease: "test")
            #expect(try await Outbox.recent(on: sql).first?.attempts == Outbox.retryDelays.count + 1)
        }
    }

    @Test func aMessageOfAKindThisVersionCannotReadDoesNotStopTheOthers() async throws {
        try await withHaven { app in
            let sql = try app.db.sql
            try await sql.insert(into: MailRow.table).columns("id", "recipient", "subject", "body", "kind", "status", "attempts", "created_at", "next_attempt_at")
                .values(SQLBind(UUID()), SQLBind("ann@clinic.example"), SQLBind("Later"), SQLBind("Hi"), SQLBind("a-kind-from-the-future"),
                        SQLBind("pending"), SQLBind(0), SQLBind(Date().addingTimeInterval(-60)), SQLBind(Date().addingTimeInterval(-60))).run()
            try await Outbox.enqueue(Mail(recipient: "bob@clinic.example", subject: "Hello", body: "Hi", kind: .claimReceived), on: sql)
            #expect(try await Outbox.due(on: sql).map(\.recipient) == ["bob@clinic.example"])
            // Read as a row, the unknown kind is an error, never a default.
            await #expect(throws: (any Error).self) { try await Outbox.recent(on: sql) }
        }
    }

    @Test func aMessageIsLeasedToOneDeliverer() async throws {
        try await withHaven { app in
            let sql = try app.db.sql
            try await Outbox.enqueue(Mail(recipient: "ann@clinic.example", subject: "Hello", body: "Hi", kind: .claimReceived), on: sql)
            let row = try #require(try await Outbox.due(on: sql).first)
            #expect(try await Outbox.lease(row, token: "first", on: sql))
            #expect(try await !Outbox.lease(row, token: "second", on: sql), "taken: no longer due")
        }
    }

    @Test func theMessageIsPlainTextWithDotsDoubled() {
        let text = SMTPClient.message(Mail(recipient: "Ann <ann@clinic.example>", subject: "Café", body: "Hi\n.\n..x\nend", kind: .claimReceived),
                                      from: "Haven <haven@example.org>", messageID: "m1", date: Date(timeIntervalSince1970: 0))
        #expect(text.contains("To: <ann@clinic.example>\r\n"))
        #expect(text.contains("Subject: =?UTF-8?B?Q2Fmw6k=?=\r\n"))
        #expect(text.contains("Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n"))
        #expect(text.hasSuffix("\r\n\r\nHi\r\n..\r\n...x\r\nend\r\n.\r\n"))
        #expect(SMTPSettings(url: "smtps://u%40x:p%3Aw@mail.example.org", from: "a@b.org") == {
            var s = SMTPSettings(url: "smtp://mail.example.org", from: "a@b.org")!
            s.implicitTLS = true; s.port = 465; s.username = "u@x"; s.password = "p:w"
            return s
        }())
    }
}

/// Admins give roles; nobody else can, and an admin cannot change their own.
@Suite struct RoleTests {
    @Test func anAdminMakesAModerator() async throws {
        try await withHaven(AccountTests.fast) { app in
            var admin = try await TestAccounts.signedIn(app, role: "admin", email: "admin@haven.example", name: "Ada")
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@clinic.example")
            #expect(try await ann.get("/moderation/claims").status == .forbidden)
            #expect(try await ann.get("/admin/accounts").status == .forbidden)
            let annID = try #require(try await AccountStore(app.db).user(email: .init("ann@clinic.example")!)).id.uuidString.lowercased()
            // A provider cannot give themselves a role with any token they can get.
            #expect(try await ann.post("/admin/accounts/\(annID)/role", [("role", "admin")], from: try await ann.get("/portal")).status == .forbidden)
            let list = try await admin.get("/admin/accounts")
            #expect(list.body.contains("ann@clinic.example") && list.body.contains("Administrator (you)"))
            let page = try await admin.post("/admin/accounts/\(annID)/role", [("role", "moderator")], from: list)
            #expect(page.location == "/admin/accounts?done=role")
            #expect(try await ann.get("/moderation/claims").status == .ok)
            #expect(try await admin.get("/moderation/audit").body.contains("ann@clinic.example: provider -&gt; moderator"))
        }
    }
}
