import Foundation
import HavenCore
import Vapor

/// The person signed in on a request, read from the session cookie only when a page asks (search pages never do,
/// so visitors cost no database read and get no cookie).
struct SignedIn: Sendable {
    let user: UserRow
    /// The session's id (the digest of its token): forms are bound to it.
    let sessionID: String

    var role: Role { user.role }
}

extension Request {
    private struct SignedInKey: StorageKey { typealias Value = SignedInLookup }
    private struct SignedInLookup: Sendable { let value: SignedIn? }

    /// The signed-in person, if the request carries a live session cookie.
    func signedIn() async throws -> SignedIn? {
        if let done = storage[SignedInKey.self] { return done.value }
        var found: SignedIn?
        if let token = SessionCookie.token(self), (20...100).contains(token.count),
           let (session, user) = try await AccountStore(db).session(token: token) {
            found = SignedIn(user: user, sessionID: session.id)
        }
        storage[SignedInKey.self] = SignedInLookup(value: found)
        return found
    }

    /// The signed-in person when they hold `role`. Nobody signed in: `SignInRequired` (the error middleware sends
    /// the browser to sign in and back); the wrong role: 403.
    func require(_ role: Role) async throws -> SignedIn {
        guard let who = try await signedIn() else { throw SignInRequired() }
        guard who.role.includes(role) else {
            throw HavenError(.forbidden, "Not allowed", "This page is for \(role.label.lowercased())s. You are signed in as \(who.user.email).")
        }
        return who
    }

    /// Forgets the lookup (after signing in or out within this request).
    func forgetSignedIn() { storage[SignedInKey.self] = nil }
}

/// Thrown by a page that needs someone signed in: answered with a redirect to the sign-in page and back.
struct SignInRequired: Error {}

/// The session cookie: `HttpOnly`, `SameSite=Lax`; over HTTPS also `Secure` and named with the `__Host-` prefix,
/// which browsers accept only from a secure origin, for the whole site, with no `Domain`: a sibling subdomain or a
/// plain-HTTP page cannot plant or overwrite it.
enum SessionCookie {
    static let plainName = "haven_session", hostName = "__Host-haven_session"

    static func name(secure: Bool) -> String { secure ? hostName : plainName }

    static func set(_ token: String, expires: Date, on res: Response, secure: Bool) {
        res.cookies[name(secure: secure)] = HTTPCookies.Value(string: token, expires: expires, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    static func clear(on res: Response, secure: Bool) {
        res.cookies[name(secure: secure)] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/",
                                                              isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    /// The token a request carries, under the name this site uses.
    static func token(_ req: Request) -> String? { req.cookies[name(secure: req.application.isHTTPS)]?.string }
}

