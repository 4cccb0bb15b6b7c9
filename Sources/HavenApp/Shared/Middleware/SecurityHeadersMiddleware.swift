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

    /// Pages for signed-in people and the account pages (a reset link's token is in its query): never kept by a
    /// browser's or a proxy's cache, so the back button on a shared computer shows nothing after signing out.
    static let privatePrefixes = ["/account/", "/portal", "/moderation", "/admin", "/editorial"]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let res = try await next.respond(to: request)
        for (name, value) in Self.headers { res.headers.replaceOrAdd(name: name, value: value) }
        let path = request.url.path
        if Self.privatePrefixes.contains(where: { path.hasPrefix($0) }) {
            res.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        // Served over HTTPS (behind a proxy that terminates TLS): browsers must never come back over plain HTTP.
        if request.application.isHTTPS {
            res.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains")
        }
        return res
    }
}
