import Vapor

/// Applies the per-client limit to API requests (preflights are free); over it, 429 with `Retry-After`.
struct RateLimitMiddleware: AsyncMiddleware {
    let limiter: RateLimiter

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard APIURL.isAPI(request.url.path), request.method != .OPTIONS else { return try await next.respond(to: request) }
        let client = request.remoteAddress?.ipAddress ?? "unknown"
        let (wait, remaining) = limiter.take(client)
        if let wait {
            let seconds = max(1, Int(wait.rounded(.up)))
            let err = HavenError(.tooManyRequests, "Too many requests",
                                 "This client sent more than \(Int(limiter.rate)) requests a second. Wait \(seconds) s and try again.")
            let res = try HavenErrorMiddleware.response(err, for: request)
            res.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
            return res
        }
        let res = try await next.respond(to: request)
        res.headers.replaceOrAdd(name: "X-RateLimit-Limit", value: String(Int(limiter.rate)))
        res.headers.replaceOrAdd(name: "X-RateLimit-Remaining", value: String(remaining))
        return res
    }
}
