import Foundation
import NIOConcurrencyHelpers

/// A value read from the database at most once per `maxAge` and kept in memory between reads (popular centers,
/// which facilities are managed). `forget` makes the next use read again (after a change made on this instance).
/// Two requests that find it stale at once may both read; the later read wins, and both are fresh.
final class TimedValue<Value: Sendable>: Sendable {
    private let cached = NIOLockedValueBox<(value: Value, at: TimeInterval)?>(nil)

    func value(maxAge: TimeInterval, now: Date = Date(), read: () async throws -> Value) async throws -> Value {
        if let c = cached.withLockedValue({ $0 }), now.timeIntervalSince1970 - c.at < maxAge { return c.value }
        let fresh = try await read()
        cached.withLockedValue { $0 = (fresh, now.timeIntervalSince1970) }
        return fresh
    }

    func forget() { cached.withLockedValue { $0 = nil } }
}
