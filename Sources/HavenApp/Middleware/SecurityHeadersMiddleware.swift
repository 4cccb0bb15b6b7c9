import Vapor

/// Strict defaults: no third-party anything, no framing, and the Referer only to Haven itself (`same-origin`: other
/// sites learn nothing, and a form sent from a Haven page carries the `Origin` its CSRF check needs).
struct SecurityHeadersMiddleware: AsyncMiddleware {
    /// On every answer, the transport's own (400, 408, 413, 414, 431, 501) included.
    static let headers: [(String, String)] = [
        ("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
        ("Referrer-Policy", "same-origin"),
        ("X-Content-Type-Options", "nosniff"),
        ("Permissions-Policy", "geolocation=(self), camera=(), microphone=(), interest-cohort=()"),
    ]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let res = try await next.respond(to: request)
        for (name, value) in Self.headers { res.headers.replaceOrAdd(name: name, value: value) }
        return res
    }
}
