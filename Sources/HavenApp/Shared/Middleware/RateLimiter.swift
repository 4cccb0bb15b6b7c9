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

    /// The seconds until `client` has a token, without taking one; nil when it has one now.
    func wait(_ client: String, now: Double = Date().timeIntervalSince1970) -> Double? {
        buckets.withLockedValue { buckets in
            guard let b = buckets[client] else { return nil }
            let tokens = min(burst, b.tokens + (now - b.at) * rate)
            return tokens >= 1 ? nil : (1 - tokens) / rate
        }
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

    /// Forgets `client`: its bucket is full again.
    func forget(_ client: String) { buckets.withLockedValue { _ = $0.removeValue(forKey: client) } }
}
