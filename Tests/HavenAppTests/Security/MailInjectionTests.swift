import Foundation
@testable import HavenApp
import HavenCore
import SQLKit
import Testing
import VaporTesting

/// Finding 1 of issue 19: a name, a decline reason or a guide title carrying line breaks of any kind (`\r\r\n`
/// included) must never end a message early or add an SMTP command. Driven against a real SMTP server (aiosmtpd),
/// whose transcript says what it was asked.
@Suite(.serialized) struct MailInjectionTests {
    static let attack = "Eve\r\r\n.\r\r\nMAIL FROM:<x@evil.example>\r\r\nRCPT TO:<v@victim.example>\r\r\nDATA\r\r\nSubject: hi\r\r\n\r\r\nowned\r\r\n."

    @Test func aNameWithLineBreaksCannotAddAMessageToTheSMTPDialogue() async throws {
        let sink = try RealSMTPServer()
        defer { sink.stop() }
        let smtp = try #require(SMTPSettings(url: sink.url, from: "Haven <haven@example.org>"))
        try await withHaven({ AccountTests.fast(&$0); $0.smtp = smtp }) { app in
            // An account from before names were checked: its name reaches the reset mail's body.
            var eve = TestBrowser(app)
            try await TestAccounts.register(&eve, name: "Eve", email: "eve@clinic.example")
            try await app.db.withSQL { try await $0.update("users").set("name", to: Self.attack).where("email", .equal, "eve@clinic.example").run() }
            var stranger = TestBrowser(app)
            let sent = try await stranger.submit("/account/reset", [("email", "eve@clinic.example")])
            #expect(sent.status == .ok)
            // A moderator's decline reason and a guide title, through the same client.
            let sql = try app.db.sql
            try await Outbox.enqueue(AccountMail.claimDecided(to: try #require(try await AccountStore(app.db).user(email: EmailAddress("eve@clinic.example")!)),
                                                              facility: "Beacon\r\nBcc: v@victim.example", approved: false, reason: Self.attack,
                                                              link: "http://127.0.0.1:8080/facilities/x"), on: sql)
            try await Outbox.enqueue(Mail(recipient: "eve@clinic.example", subject: "Guide \"x\r\r\nBcc: v@victim.example\"\n.", body: Self.attack, kind: .guideReview), on: sql)
            let client = SMTPClient(settings: smtp, group: app.eventLoopGroup)
            try await MailDeliverer.deliverDue(app, client: client, lease: "test")
            let outbox = try await Outbox.recent(on: sql)
            #expect(outbox.allSatisfy { $0.status == .sent }, "\(outbox.map(\.lastError))")
            // One message per mail Haven sent (her account's confirmation, the reset, the decision, the guide), each to
            // Eve alone: nothing reached anyone else.
            let n = outbox.count
            #expect(n == 4)
            let transcript = sink.transcript
            #expect(transcript.filter { $0.hasPrefix("MAIL FROM") } == Array(repeating: "MAIL FROM:<haven@example.org>", count: n), "\(transcript)")
            #expect(transcript.filter { $0.hasPrefix("RCPT TO") } == Array(repeating: "RCPT TO:<eve@clinic.example>", count: n), "\(transcript)")
            let messages = sink.messages
            #expect(messages.count == n)
            for m in messages {
                let headers = m.components(separatedBy: "\r\n\r\n")[0]
                #expect(!headers.localizedCaseInsensitiveContains("\r\nBcc:"), "a header was added: \(headers)")
                // The attacker's text arrived as text inside the one message, every line break a CRLF.
                #expect(!m.contains("\r\r"), "a bare CR reached the server")
            }
            #expect(messages.contains { $0.contains("Hello Eve") && $0.contains("MAIL FROM:<x@evil.example>") })
        }
    }

    @Test func singleLineFieldsRefuseControlCharacters() async throws {
        try await withHaven(AccountTests.fast) { app in
            var eve = TestBrowser(app)
            let page = try await eve.submit("/account/register", [("name", "Eve\r\r\nRCPT TO:<v@victim.example>"), ("email", "eve@clinic.example"),
                                                                   ("password", TestAccounts.password)])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("Write your name on one line"))
            #expect(try await count(app, "users") == 0)
            // A tab or a zero-width joke is refused too; ordinary names pass.
            let tab = try await eve.submit("/account/register", [("name", "Eve\tAdams"), ("email", "eve@clinic.example"), ("password", TestAccounts.password)])
            #expect(tab.status == .unprocessableEntity)
            try await TestAccounts.register(&eve, name: "Ève O'Brien-Núñez", email: "eve@clinic.example")
        }
    }

    @Test func theMessageTextMakesEveryLineBreakACRLFAndEncodesHeaders() {
        let text = SMTPClient.message(Mail(recipient: "eve@clinic.example", subject: "Hi\r\nBcc: v@victim.example", body: "a\r\r\n.\rb\n\r.\u{0}c", kind: .claimReceived),
                                      from: "Haven <haven@example.org>", messageID: "m1", date: Date(timeIntervalSince1970: 0))
        let lines = text.components(separatedBy: "\r\n")
        #expect(!lines.contains { $0.contains("\r") || $0.contains("\n") || $0.contains("\u{0}") })
        #expect(!lines.contains { $0.hasPrefix("Bcc:") })
        #expect(lines.contains("Subject: Hi  Bcc: v@victim.example"), "the break became spaces: one header")
        // a, (empty), .. (stuffed), b, (empty), ..c (stuffed; the NUL removed), then the end.
        #expect(text.hasSuffix("\r\n\r\na\r\n\r\n..\r\nb\r\n\r\n..c\r\n.\r\n"), "\(text.debugDescription)")
        // A line longer than SMTP allows is wrapped, never cut.
        let long = SMTPClient.message(Mail(recipient: "eve@clinic.example", subject: "x", body: String(repeating: "é", count: 800), kind: .claimReceived),
                                      from: "haven@example.org", messageID: "m2", date: Date(timeIntervalSince1970: 0))
        #expect(long.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 998 })
        #expect(long.replacingOccurrences(of: "\r\n", with: "").contains(String(repeating: "é", count: 800)))
        // An address with a line break or angle brackets is never written to the dialogue.
        #expect(SMTPClient.envelopeAddress("v@victim.example>\r\nRCPT TO:<w@x.example") == nil)
        #expect(SMTPClient.envelopeAddress("Ann <ann@clinic.example>") == "ann@clinic.example")
    }
}
