import Foundation
import HavenCore

/// Every setting Haven reads, from the environment, checked once at start-up.
public struct Settings: Sendable {
    public enum Storage: Sendable, Equatable {
        case sqlite(path: String)
        /// `schema`: the schema tables live in (its own per test, so tests share one server); nil for the default.
        case postgres(url: String, schema: String? = nil)
    }

    public var storage: Storage
    /// Where `haven import` finds the public data files by default.
    public var dataDirectory: URL?
    /// How often each instance checks whether the data changed (another instance, an edit, an import), in seconds:
    /// one small read; an edit reaches search on every instance within this and the in-place update (milliseconds).
    public var refreshSeconds: Double
    /// API requests a second allowed per client address (0: no limit), and the burst above that rate.
    public var apiRate: Double
    public var apiBurst: Double
    /// Reverse proxies whose `X-Forwarded-For` names the client (`HAVEN_TRUSTED_PROXIES`, comma-separated addresses).
    public var trustedProxies: [String] = []
    /// gzip responses for clients that accept it (`HAVEN_COMPRESSION=0` turns it off, e.g. behind a proxy that compresses).
    public var compression: Bool
    /// Exports streaming at once, per client and overall (`HAVEN_EXPORTS_PER_CLIENT`, `HAVEN_EXPORTS_TOTAL`).
    public var exportsPerClient = 2
    public var exportsTotal = 8
    /// Sizes and timeouts of one connection (the server's own; tests shorten the timeouts).
    public var serverLimits = ServerLimits()
    /// The address people reach Haven at (`HAVEN_PUBLIC_URL`): links in mail start with it, and an `https` one makes
    /// the session cookie `Secure`.
    public var publicURL = "http://127.0.0.1:8080"
    /// bcrypt's cost for passwords (`HAVEN_BCRYPT_COST`, 10-15; tests use the minimum, 4).
    public var bcryptCost = 12
    /// The least time the registration and reset forms take to answer "check your e-mail" (seconds): the work for
    /// an address with an account and for one without then take the same time to the client.
    public var accountAnswerSeconds = 0.6
    /// Form submissions (sign-in, registration, reset, claims) allowed per client address in a burst, refilled over
    /// ten minutes (`HAVEN_FORM_BURST`); and attempts per account (e-mail) in a burst, refilled over 15 minutes.
    public var formBurst = 20
    public var accountBurst = 5
    /// Days after which a listing no one at the facility (or a moderator) has verified is flagged "may be out of
    /// date" on its page and in results (`HAVEN_STALE_AFTER_DAYS`, default 365).
    public var staleAfterDays = 365
    /// The mail server (`HAVEN_SMTP_URL`, `HAVEN_MAIL_FROM`); nil keeps every message in the outbox for an admin to read.
    public var smtp: SMTPSettings?
    /// Keys that seal inquiries (`HAVEN_INQUIRY_KEY`: base64 of 32 random bytes; several, comma-separated, while
    /// rotating: the first seals, every one opens). Required to serve, except with an explicit `--env development`
    /// (a key in a file beside the database, never in it) or in tests (a key in memory).
    public var inquiryKeys: [Data] = []
    /// Tests only: the action whose transaction is aborted just before it commits (see `Workplace`).
    var abortBeforeCommit: AuditAction? = nil
    /// Whether the environment was named (`--env`, `-e` or `VAPOR_ENV`): Vapor falls back to development when it is
    /// not, and a development key must be asked for, never fallen into.
    public var environmentNamed = false
    /// Days an inquiry is kept before it is deleted (`HAVEN_INQUIRY_RETENTION_DAYS`, default 90).
    public var inquiryRetentionDays = 90
    /// Inquiries allowed per client address, and per facility, in an hour (`HAVEN_INQUIRY_BURST`, per client).
    public var inquiryClientBurst = 5
    public var inquiryFacilityBurst = 20
    /// How often visit counts are written and popular centers re-read, in seconds (`HAVEN_COUNTS_SECONDS`, default 30).
    public var countsSeconds = 30.0

    /// Verified before this, or never: "may be out of date".
    public func staleBefore(_ now: Date = Date()) -> Date { now.addingTimeInterval(-Double(staleAfterDays) * 86_400) }

    public init(storage: Storage, dataDirectory: URL? = nil, refreshSeconds: Double = 1, apiRate: Double = 20, apiBurst: Double = 100,
                compression: Bool = true) {
        self.storage = storage
        self.dataDirectory = dataDirectory
        self.refreshSeconds = refreshSeconds
        self.apiRate = apiRate
        self.apiBurst = apiBurst
        self.compression = compression
    }

    public struct Invalid: Error, CustomStringConvertible {
        public let problems: [String]
        public var description: String { "Invalid settings:\n" + problems.map { "  - \($0)" }.joined(separator: "\n") }
    }

    /// Reads `DATABASE_URL`, `HAVEN_SQLITE_PATH`, `HAVEN_DATA_DIR`, `HAVEN_REFRESH_SECONDS`, `HAVEN_API_RATE`,
    /// `HAVEN_API_BURST`, `HAVEN_TRUSTED_PROXIES`, `HAVEN_EXPORTS_PER_CLIENT`, `HAVEN_EXPORTS_TOTAL`,
    /// `HAVEN_COMPRESSION`, `HAVEN_PUBLIC_URL`, `HAVEN_BCRYPT_COST`, `HAVEN_FORM_BURST`, `HAVEN_STALE_AFTER_DAYS`, `HAVEN_SMTP_URL`, `HAVEN_MAIL_FROM`,
    /// `HAVEN_INQUIRY_KEY`, `HAVEN_INQUIRY_RETENTION_DAYS`, `HAVEN_INQUIRY_BURST` and `HAVEN_COUNTS_SECONDS`;
    /// names every bad one.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> Settings {
        var problems: [String] = []
        var storage = Storage.sqlite(path: env["HAVEN_SQLITE_PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? "haven.sqlite")
        if let url = env["DATABASE_URL"], !url.isEmpty {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                storage = .postgres(url: url, schema: nil)
            } else {
                problems.append("DATABASE_URL must be a postgres:// URL (unset it to use SQLite)")
            }
        }
        var refresh = 1.0
        if let text = env["HAVEN_REFRESH_SECONDS"], !text.isEmpty {
            if let value = Double(text), value > 0, value <= 3600 { refresh = value } else {
                problems.append("HAVEN_REFRESH_SECONDS must be a number of seconds between 0 and 3600, not \"\(text)\"")
            }
        }
        func number(_ name: String, _ fallback: Double, _ range: ClosedRange<Double>) -> Double {
            guard let text = env[name], !text.isEmpty else { return fallback }
            guard let value = Double(text), range.contains(value) else {
                problems.append("\(name) must be a number from \(Int(range.lowerBound)) to \(Int(range.upperBound)), not \"\(text)\"")
                return fallback
            }
            return value
        }
        let rate = number("HAVEN_API_RATE", 20, 0...1_000_000)
        let burst = number("HAVEN_API_BURST", 100, 1...1_000_000)
        let proxies = (env["HAVEN_TRUSTED_PROXIES"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for p in proxies where !Self.isIPAddress(p) {
            problems.append("HAVEN_TRUSTED_PROXIES must list IP addresses (like 127.0.0.1, ::1), not \"\(p)\"")
        }
        let exportsPerClient = number("HAVEN_EXPORTS_PER_CLIENT", 2, 1...1000)
        let exportsTotal = number("HAVEN_EXPORTS_TOTAL", 8, 1...10000)
        var compression = true
        switch env["HAVEN_COMPRESSION"] ?? "" {
        case "", "1", "on", "true": break
        case "0", "off", "false": compression = false
        case let other: problems.append("HAVEN_COMPRESSION must be 1 or 0, not \"\(other)\"")
        }
        var publicURL = "http://127.0.0.1:8080"
        if let text = env["HAVEN_PUBLIC_URL"], !text.isEmpty {
            if let url = URL(string: text), ["http", "https"].contains(url.scheme ?? ""), url.host != nil, url.query == nil {
                publicURL = text.hasSuffix("/") ? String(text.dropLast()) : text
            } else {
                problems.append("HAVEN_PUBLIC_URL must be an http(s) address like https://haven.example.org, not \"\(text)\"")
            }
        }
        let bcryptCost = number("HAVEN_BCRYPT_COST", 12, 10...15)
        let formBurst = number("HAVEN_FORM_BURST", 20, 1...10000)
        let staleAfter = number("HAVEN_STALE_AFTER_DAYS", 365, 1...3650)
        var smtp: SMTPSettings?
        if let text = env["HAVEN_SMTP_URL"], !text.isEmpty {
            let host = URL(string: publicURL)?.host ?? "localhost"
            let from = env["HAVEN_MAIL_FROM"].flatMap { $0.isEmpty ? nil : $0 } ?? "Haven <haven@\(host)>"
            smtp = SMTPSettings(url: text, from: from)
            if smtp == nil { problems.append("HAVEN_SMTP_URL must be smtp://[user:password@]host[:port] or smtps://..., not \"\(text.prefix(8))...\"") }
            if MailText.mailbox(from) == nil || EmailAddress(SMTPClient.address(from)) == nil { problems.append("HAVEN_MAIL_FROM must be an address like \"Haven <haven@example.org>\"") }
        }
        var inquiryKeys: [Data] = []
        for (i, text) in (env["HAVEN_INQUIRY_KEY"] ?? "").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }).enumerated() {
            if let key = Self.key(text) { inquiryKeys.append(key) } else {
                problems.append("HAVEN_INQUIRY_KEY must be 32 random bytes in base64 (make one with `haven inquiries new-key`); key \(i + 1) is not")
            }
        }
        let retention = number("HAVEN_INQUIRY_RETENTION_DAYS", 90, 1...3650)
        let inquiryBurst = number("HAVEN_INQUIRY_BURST", 5, 1...10000)
        let countsSeconds = number("HAVEN_COUNTS_SECONDS", 30, 1...3600)
        let data = SourceFiles.dataDirectory(environment: env)
        if let dir = env["HAVEN_DATA_DIR"], !dir.isEmpty, !FileManager.default.fileExists(atPath: dir) {
            problems.append("HAVEN_DATA_DIR points to \(dir), which does not exist")
        }
        guard problems.isEmpty else { throw Invalid(problems: problems) }
        var settings = Settings(storage: storage, dataDirectory: data, refreshSeconds: refresh, apiRate: rate, apiBurst: burst, compression: compression)
        settings.trustedProxies = proxies
        settings.exportsPerClient = Int(exportsPerClient)
        settings.exportsTotal = Int(exportsTotal)
        settings.publicURL = publicURL
        settings.bcryptCost = Int(bcryptCost)
        settings.formBurst = Int(formBurst)
        settings.staleAfterDays = Int(staleAfter)
        settings.smtp = smtp
        settings.inquiryKeys = inquiryKeys
        settings.inquiryRetentionDays = Int(retention)
        settings.inquiryClientBurst = Int(inquiryBurst)
        settings.countsSeconds = countsSeconds
        return settings
    }

    /// 32 bytes written in base64 or base64url, padded or not.
    static func key(_ text: String) -> Data? {
        var b64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while b64.count % 4 != 0 { b64 += "=" }
        guard let data = Data(base64Encoded: b64), data.count == 32 else { return nil }
        return data
    }

    /// An IPv4 or IPv6 address as written by a socket (no port, no range).
    static func isIPAddress(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4 { return parts.allSatisfy { UInt8($0) != nil && !$0.isEmpty } }
        return text.contains(":") && text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
    }
}
