import Crypto
import Foundation
import Vapor

/// Cross-site request forgery protection that needs no visitor cookie: every form carries a signed, expiring token
/// (HMAC-SHA256 over the form's purpose, the time it was made and, for a signed-in person, their session), and a
/// submission must come from this site (`Origin`, or `Referer` when a browser sends no `Origin`).
struct FormGuard: Sendable {
    let key: SymmetricKey
    /// How long a form may stay open: a provider filling a long profile takes a while.
    static let lifetime: TimeInterval = 4 * 3600
    static let fieldName = "form_token"

    enum Verdict: Equatable { case ok, expired, forged }

    func token(purpose: String, binding: String, now: Date = Date()) -> String {
        let issued = UInt64(now.timeIntervalSince1970)
        var bytes = withUnsafeBytes(of: issued.bigEndian) { Data($0) }
        bytes.append(mac(purpose: purpose, binding: binding, issued: issued))
        return SecretToken.base64URL(bytes)
    }

    func check(_ token: String, purpose: String, binding: String, now: Date = Date()) -> Verdict {
        guard let data = SecretToken.fromBase64URL(token), data.count == 8 + 32 else { return .forged }
        let issued = data.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard HMAC<SHA256>.isValidAuthenticationCode(data.suffix(32), authenticating: message(purpose, binding, issued), using: key) else {
            return .forged
        }
        let age = now.timeIntervalSince1970 - Double(issued)
        return age >= -60 && age <= Self.lifetime ? .ok : .expired
    }

    private func mac(purpose: String, binding: String, issued: UInt64) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: message(purpose, binding, issued), using: key))
    }

    private func message(_ purpose: String, _ binding: String, _ issued: UInt64) -> Data {
        Data("\(purpose)\u{0}\(binding)\u{0}\(issued)".utf8)
    }

    /// Whether the request says it comes from a page of this site: its `Origin` (or `Referer`) has the scheme people
    /// reach Haven by (that of `HAVEN_PUBLIC_URL`; a proxy in front may speak plain HTTP to Haven), and the host and
    /// port the request was sent to. `Origin: null` (a sandboxed or privacy-stripped request) does not.
    static func sameOrigin(_ req: Request, publicURL: String) -> Bool {
        let scheme = publicURL.lowercased().hasPrefix("https://") ? "https" : "http"
        guard let host = req.headers.first(name: .host).map({ authority($0, scheme: scheme) }), !host.isEmpty else { return false }
        guard let claimed = req.headers.first(name: .origin) ?? req.headers.first(name: .referer),
              let url = URL(string: claimed), url.scheme?.lowercased() == scheme,
              let claimedHost = url.host?.lowercased(), !claimedHost.isEmpty else { return false }
        return authority(url.port.map { "\(claimedHost):\($0)" } ?? claimedHost, scheme: scheme) == host
    }

    /// `host[:port]` lower-cased, without the scheme's default port.
    private static func authority(_ text: String, scheme: String) -> String {
        var a = text.lowercased()
        let suffix = scheme == "https" ? ":443" : ":80"
        if a.hasSuffix(suffix) { a.removeLast(suffix.count) }
        return a
    }
}
