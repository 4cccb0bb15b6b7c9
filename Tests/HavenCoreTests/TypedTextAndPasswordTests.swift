import Foundation
import Testing
@testable import HavenCore

/// Issue 19, findings 1 and 10, in the pure rules: what a one-line field may hold, how mail text is written, and
/// which passwords are too common.
@Suite struct TypedTextAndPasswordTests {
    @Test(arguments: ["Eve\r\r\nRCPT TO:<v@x>", "a\tb", "a\u{0}b", "nul\u{7F}", "line\u{2028}sep", "bidi\u{202E}txt", "c1\u{85}next"])
    func oneLineFieldsRefuseControls(_ text: String) {
        #expect(!TypedText.isOneLine(text))
    }

    @Test func namesAndBlocksAsPeopleWriteThem() {
        for name in ["Ève O'Brien-Núñez", "李小龍", "Dr. Ana María (she/her)", "👩🏽‍⚕️ Sam"] { #expect(TypedText.isOneLine(name), "\(name)") }
        #expect(TypedText.isBlock("Line one\r\nline two\n\tindented"))
        #expect(!TypedText.isBlock("escape \u{1B}[31m red"))
        #expect(!TypedText.isBlock("override \u{202E}"))
    }

    @Test func mailLinesEndInCRLFWhateverTheyWere() {
        #expect(MailText.lines("a\r\r\nb\rc\nd\r\ne") == ["a", "", "b", "c", "d", "e"])
        let data = MailText.data(headers: [("Subject", MailText.headerValue("Hi\r\nBcc: x@y"))], body: ".\r\n..x")
        #expect(data == "Subject: Hi  Bcc: x@y\r\n\r\n..\r\n...x\r\n.\r\n")
        #expect(MailText.headerValue("Café") == "=?UTF-8?B?Q2Fmw6k=?=")
        // Long non-ASCII values become several encoded words on folded lines, each at most 75 characters.
        let long = MailText.headerValue(String(repeating: "é", count: 100))
        #expect(long.components(separatedBy: "\r\n ").allSatisfy { $0.count <= 75 })
        #expect(MailText.envelopeAddress("a@b.example\r\nRCPT TO:<c@d>") == nil)
        #expect(MailText.envelopeAddress("<a@b.example>") == "a@b.example")
        #expect(MailText.mailbox("Haven Støtte <haven@example.org>") == "=?UTF-8?B?SGF2ZW4gU3TDuHR0ZQ==?= <haven@example.org>")
    }

    @Test func commonPasswordsAreRefusedWithDigitsAddedToo() {
        #expect(PasswordRules.commonPasswords.count >= 10_000)
        for p in ["password12345", "qwerty123456", "1234567890", "Iloveyou2024!", "!!letmein1234", "football1234"] {
            #expect(PasswordRules.problem(p, email: nil) != nil, "\(p)")
        }
        for p in ["correct horse battery staple", "a brand new long password", "velvet-otter-harbor-9"] {
            #expect(PasswordRules.problem(p, email: nil) == nil, "\(p)")
        }
    }
}
