import Foundation
import NIOConcurrencyHelpers
import Vapor

/// A token bucket per client address for the API: `rate` requests a second, bursts up to `burst`.
/// Over the limit: 429 with `Retry-After`. Addresses are kept only in memory, only while their bucket is not full.
final class RateLimiter: Sendable {
    let rate: Double
    let burst: Double
    private struct Bucket { var tokens: Double; var at: Double }
    private let buckets = NIOLockedValueBox<[String: Bucket]>([:])

    init(rate: Double, burst: Double) {
        self.rate = rate
        self.burst = burst
    }

    /// nil when allowed (and a token taken); else the seconds until the next token.
    func take(_ client: String, now: Double = Date().timeIntervalSince1970) -> (wait: Double?, remaining: Int) {
        buckets.withLockedValue { buckets in
            var b = buckets[client] ?? Bucket(tokens: burst, at: now)
            b.tokens = min(burst, b.tokens + (now - b.at) * rate)
            b.at = now
            if buckets.count > 50_000 { buckets = buckets.filter { $0.value.tokens + (now - $0.value.at) * rate < burst } }
            guard b.tokens >= 1 else {
                buckets[client] = b
                return ((1 - b.tokens) / rate, 0)
            }
            b.tokens -= 1
            buckets[client] = b
            return (nil, Int(b.tokens))
        }
    }
}

struct RateLimitMiddleware: AsyncMiddleware {
    let limiter: RateLimiter

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.url.path.hasPrefix("/api/"), request.method != .OPTIONS else { return try await next.respond(to: request) }
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
