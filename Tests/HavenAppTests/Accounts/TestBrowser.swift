import Foundation
@testable import HavenApp
import NIOConcurrencyHelpers
import Testing
import VaporTesting

/// A person's browser in tests: keeps the session cookie it is given, reads each form's signed token from the page
/// it came from, and sends forms with this site's `Origin`, as a browser does.
struct TestBrowser {
    let app: Application
    var cookie: String?
    static let origin = "http://127.0.0.1:8080"
    /// Stands for this site's own origin: http or https as the app's public URL says, on the test host.
    static let sameSite = "same-site"

    init(_ app: Application) { self.app = app }

    /// The session cookie's name on this site (`__Host-` over HTTPS).
    var cookieName: String { SessionCookie.name(secure: app.isHTTPS) }

    struct Page {
        let status: HTTPStatus
        let body: String
        let headers: HTTPHeaders
        var location: String? { headers.first(name: .location) }

        /// The value of the first hidden `form_token` (or the one in the form posting to `action`).
        func formToken(action: String? = nil) -> String? {
            var html = Substring(body)
            if let action, let at = body.range(of: "action=\"\(action)\"") { html = body[at.lowerBound...] }
            guard let r = html.range(of: "name=\"form_token\" value=\"") else { return nil }
            return String(html[r.upperBound...].prefix { $0 != "\"" })
        }
    }

    mutating func get(_ path: String) async throws -> Page {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .host, value: "127.0.0.1:8080")
        if let cookie { headers.replaceOrAdd(name: .cookie, value: "\(cookieName)=\(cookie)") }
        let res = try await app.testing().sendRequest(.GET, path, headers: headers)
        return keep(res)
    }

    /// Posts `fields` to `path` with the token of the form on `page` (or `token`), from `origin`.
    mutating func post(_ path: String, _ fields: [(String, String)], from page: Page? = nil, token: String? = nil,
                       origin: String? = TestBrowser.sameSite) async throws -> Page {
        var all = fields
        if let t = token ?? page?.formToken(action: path) { all.append(("form_token", t)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .host, value: "127.0.0.1:8080")
        headers.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
        if let origin {
            let scheme = app.havenSettings.publicURL.hasPrefix("https://") ? "https" : "http"
            headers.replaceOrAdd(name: .origin, value: origin == Self.sameSite ? "\(scheme)://127.0.0.1:8080" : origin)
        }
        if let cookie { headers.replaceOrAdd(name: .cookie, value: "\(cookieName)=\(cookie)") }
        let res = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
        return keep(res)
    }

    /// Opens the page at `path`, fills its form and sends it.
    mutating func submit(_ path: String, to action: String? = nil, _ fields: [(String, String)]) async throws -> Page {
        let page = try await get(path)
        #expect(page.status == .ok, "\(path): \(page.status)")
        return try await post(action ?? path.split(separator: "?").first.map(String.init) ?? path, fields, from: page)
    }

    private mutating func keep(_ res: TestingHTTPResponse) -> Page {
        for value in res.headers[.setCookie] where value.hasPrefix(cookieName + "=") {
            let v = String(value.dropFirst(cookieName.count + 1).prefix { $0 != ";" })
            cookie = v.isEmpty ? nil : v
        }
        return Page(status: res.status, body: res.body.string, headers: res.headers)
    }

    /// One GET from a new browser.
    static func plain(_ app: Application, _ path: String) async throws -> Page {
        var b = TestBrowser(app)
        return try await b.get(path)
    }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}

/// The password every test account uses, and a helper that makes accounts.
enum TestAccounts {
    static let password = "correct horse battery staple"

    /// Registers a provider through the form, then signs in (registering signs no one in); the browser is signed in after.
    static func register(_ browser: inout TestBrowser, name: String, email: String) async throws {
        let page = try await browser.submit("/account/register", [("name", name), ("email", email), ("password", password)])
        #expect(page.status == .ok && page.body.contains("Check your e-mail"), "register \(email): \(page.status) \(page.body.prefix(300))")
        let signedIn = try await browser.submit("/account/sign-in", [("email", email), ("password", password)])
        #expect(signedIn.status == .seeOther && signedIn.location == "/portal", "sign in \(email): \(signedIn.status) \(signedIn.body.prefix(300))")
    }

    /// An account with `role`, made in the database (as `haven admin create` would), signed in through the form.
    static func signedIn(_ app: Application, role: String, email: String, name: String = "Mod Erator") async throws -> TestBrowser {
        var browser = TestBrowser(app)
        try await register(&browser, name: name, email: email)
        try await app.db.withSQL { try await $0.update("users").set("role", to: role).where("email", .equal, email).run() }
        return browser
    }
}

/// Log lines kept in memory, to prove what never reaches them.
final class CapturedLogs: LogHandler, @unchecked Sendable {
    private let lines = NIOLockedValueBox<[String]>([])
    /// Behind a lock: a handler is a class every copy of a Logger shares, and the drivers set metadata on their copies
    /// from their own threads (an unguarded dictionary crashed a PostgreSQL run).
    private let sharedMetadata = NIOLockedValueBox<Logger.Metadata>([:])
    var metadata: Logger.Metadata {
        get { sharedMetadata.withLockedValue { $0 } }
        set { sharedMetadata.withLockedValue { $0 = newValue } }
    }
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { sharedMetadata.withLockedValue { $0[key] } }
        set { sharedMetadata.withLockedValue { $0[key] = newValue } }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
        let all = self.metadata.merging(metadata ?? [:]) { $1 }
        lines.withLockedValue { $0.append("\(level) \(message) \(all)") }
    }

    var text: String { lines.withLockedValue { $0.joined(separator: "\n") } }

    /// Makes `app` log everything, at trace level, here, through the redaction `configure` installs.
    static func install(on app: Application) -> CapturedLogs {
        #expect(app.logger.handler is RedactingLogHandler, "configure redacts the app's logs")
        let logs = CapturedLogs()
        app.logger = Logger(label: "test") { _ in logs }
        app.redactSensitiveLogs()
        return logs
    }
}
