import Vapor

/// The per-client limit, on the routes that do work (searches, facility pages, the API and its exports); over it,
/// 429 with `Retry-After`, as a page or as problem+json. Installed on those routes by the controllers.
struct RateLimitMiddleware: AsyncMiddleware {
    let limiter: RateLimiter

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method != .OPTIONS else { return try await next.respond(to: request) }
        let (wait, remaining) = limiter.take(request.clientAddress)
        if let wait {
            let seconds = max(1, Int(wait.rounded(.up)))
            let err = HavenError(.tooManyRequests, "Too many requests",
                                 "This connection sent more than \(Int(limiter.rate)) requests a second. Wait \(seconds) s and try again. "
                                    + "If you need help now, call 1-800-662-4357.", retryAfter: seconds)
            return try HavenErrorMiddleware.response(err, for: request)
        }
        let res = try await next.respond(to: request)
        res.headers.replaceOrAdd(name: "X-RateLimit-Limit", value: String(Int(limiter.rate)))
        res.headers.replaceOrAdd(name: "X-RateLimit-Remaining", value: String(remaining))
        return res
    }
}

/// Which peers are reverse proxies of this deployment, so the client a request comes from is the address they
/// forward, not theirs (else everyone behind one proxy shares one bucket). Anyone else's `X-Forwarded-For` is ignored.
struct TrustedProxies: Sendable {
    let addresses: Set<String>

    init(_ addresses: [String] = []) { self.addresses = Set(addresses) }

    /// The client's address: the peer, or, when the peer is a trusted proxy, the last forwarded address that is not one.
    func client(peer: String?, forwardedFor: [String]) -> String {
        let peer = peer ?? "unknown"
        guard addresses.contains(peer) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return hops.last { !addresses.contains($0) } ?? hops.first ?? peer
    }
}
