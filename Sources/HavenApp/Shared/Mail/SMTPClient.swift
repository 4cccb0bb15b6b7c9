import Foundation
import HavenCore
import NIOCore
import NIOPosix
import NIOSSL

/// Where and how to send mail: `HAVEN_SMTP_URL`, `smtp://[user:password@]host[:port]` (STARTTLS when the server
/// offers it; required when credentials are given, unless the server is on loopback), `smtps://` (TLS from the
/// first byte, port 465 by default), and the sender (`HAVEN_MAIL_FROM`).
public struct SMTPSettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var implicitTLS: Bool
    public var username: String?
    public var password: String?
    public var from: String

    public init?(url text: String, from: String) {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["smtp", "smtps"].contains(scheme),
              let host = url.host, !host.isEmpty else { return nil }
        self.host = host
        implicitTLS = scheme == "smtps"
        port = url.port ?? (implicitTLS ? 465 : 587)
        username = url.user?.removingPercentEncoding
        password = url.password?.removingPercentEncoding
        self.from = from
    }

    var isLoopback: Bool { ["127.0.0.1", "::1", "localhost"].contains(host) }
}

/// A small SMTP client on SwiftNIO (the package mirror has no mail library): EHLO, STARTTLS, AUTH PLAIN, one
/// message, QUIT. Every reply is checked; a refusal is an error that names the step and the server's words.
struct SMTPClient: Sendable {
    let settings: SMTPSettings
    let group: any EventLoopGroup
    var timeout: TimeAmount = .seconds(20)

    struct Failure: Error, CustomStringConvertible {
        let description: String
        /// 5xx: the server refused for good (a bad address); retrying will not help.
        var permanent = false
    }

    func send(_ mail: Mail, messageID: String, date: Date = Date()) async throws {
        let s = settings
        // Only plain addresses reach the dialogue: one with a line break or brackets is refused before connecting.
        guard let from = Self.envelopeAddress(s.from) else { throw Failure(description: "the sender's address is not a plain address", permanent: true) }
        guard let to = Self.envelopeAddress(mail.recipient) else { throw Failure(description: "the recipient's address is not a plain address", permanent: true) }
        let tls = try NIOSSLContext(configuration: .makeClientConfiguration())
        // The reading side is in place before the connection completes: the server speaks first (220), and bytes
        // that arrive before a reader is added would be lost.
        let async = try await ClientBootstrap(group: group)
            .connectTimeout(.seconds(10))
            .connect(host: s.host, port: s.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if s.implicitTLS { try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: tls, serverHostname: s.host)) }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let channel = async.channel
        let deadline = channel.eventLoop.scheduleTask(in: timeout) { channel.close(promise: nil) }
        defer { deadline.cancel() }
        try await async.executeThenClose { inbound, outbound in
            var replies = ReplyReader(inbound.makeAsyncIterator())
            func command(_ line: String, expect: Int, step: String) async throws -> Reply {
                try await outbound.write(ByteBuffer(string: line + "\r\n"))
                return try await replies.expect(expect, step: step)
            }
            _ = try await replies.expect(220, step: "greeting")
            var ehlo = try await command("EHLO haven", expect: 250, step: "EHLO")
            if !s.implicitTLS {
                if ehlo.offers("STARTTLS") {
                    _ = try await command("STARTTLS", expect: 220, step: "STARTTLS")
                    try await channel.pipeline.addHandler(try NIOSSLClientHandler(context: tls, serverHostname: s.host), position: .first)
                    ehlo = try await command("EHLO haven", expect: 250, step: "EHLO after STARTTLS")
                } else if s.username != nil && !s.isLoopback {
                    throw Failure(description: "\(s.host) does not offer STARTTLS: Haven will not send a password in the clear")
                }
            }
            if let user = s.username, let password = s.password {
                let token = Data("\u{0}\(user)\u{0}\(password)".utf8).base64EncodedString()
                _ = try await command("AUTH PLAIN " + token, expect: 235, step: "AUTH")
            }
            _ = try await command("MAIL FROM:<\(from)>", expect: 250, step: "MAIL FROM")
            _ = try await command("RCPT TO:<\(to)>", expect: 250, step: "RCPT TO")
            _ = try await command("DATA", expect: 354, step: "DATA")
            try await outbound.write(ByteBuffer(string: Self.message(mail, from: s.from, messageID: messageID, date: date)))
            _ = try await replies.expect(250, step: "message")
            try? await outbound.write(ByteBuffer(string: "QUIT\r\n"))
            _ = try? await replies.next()
        }
    }

    /// The address inside "Name <address>", or the text itself.
    static func address(_ text: String) -> String {
        guard let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close else { return text.trimmingCharacters(in: .whitespaces) }
        return String(text[text.index(after: open)..<close])
    }

    /// The plain address SMTP may carry in MAIL FROM and RCPT TO, or nil (see `MailText.envelopeAddress`).
    static func envelopeAddress(_ text: String) -> String? { MailText.envelopeAddress(text) }

    /// RFC 5322 text as DATA carries it (see `MailText`): whatever the subject and body hold, every line ends in
    /// CR LF, a leading dot is doubled, headers stay one line each, and the message ends only where Haven ends it.
    static func message(_ mail: Mail, from: String, messageID: String, date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        let headers: [(String, String)] = [
            ("From", MailText.mailbox(from) ?? "<invalid>"), ("To", "<\(MailText.envelopeAddress(mail.recipient) ?? "invalid")>"),
            ("Subject", MailText.headerValue(mail.subject)), ("Date", f.string(from: date)),
            ("Message-ID", "<\(messageID.filter { $0.isLetter || $0.isNumber || $0 == "-" })@haven>"), ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit"), ("Auto-Submitted", "auto-generated"),
        ]
        return MailText.data(headers: headers, body: mail.body)
    }

    struct Reply {
        let code: Int
        let lines: [String]
        func offers(_ keyword: String) -> Bool { lines.contains { $0.uppercased().hasPrefix(keyword) } }
    }

    /// Reads replies ("250-first", "250 last") from the byte stream.
    struct ReplyReader {
        var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
        var buffer = ""

        init(_ iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator) { self.iterator = iterator }

        mutating func line() async throws -> String {
            while true {
                if let r = buffer.range(of: "\r\n") {
                    let line = String(buffer[..<r.lowerBound])
                    buffer.removeSubrange(..<r.upperBound)
                    return line
                }
                guard var chunk = try await iterator.next() else { throw Failure(description: "the server closed the connection") }
                buffer += chunk.readString(length: chunk.readableBytes) ?? ""
                if buffer.count > 64 * 1024 { throw Failure(description: "the server sent a line over 64 KiB") }
            }
        }

        mutating func next() async throws -> Reply {
            var lines: [String] = []
            while true {
                let l = try await line()
                guard l.count >= 3, let code = Int(l.prefix(3)) else { throw Failure(description: "the server sent \"\(l.prefix(80))\", not a reply") }
                lines.append(String(l.dropFirst(4)))
                if l.count == 3 || l[l.index(l.startIndex, offsetBy: 3)] == " " { return Reply(code: code, lines: lines) }
            }
        }

        mutating func expect(_ code: Int, step: String) async throws -> Reply {
            let reply = try await next()
            guard reply.code == code else {
                throw Failure(description: "\(step): the server answered \(reply.code) \(reply.lines.joined(separator: " ").prefix(200))",
                              permanent: reply.code >= 500)
            }
            return reply
        }
    }
}
