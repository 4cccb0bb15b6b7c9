import Crypto
import Fluent
import Foundation
import HavenCore
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// Counts facility page views in memory and writes them as daily totals every few seconds (one small write per
/// facility viewed, not one per view). A view is not counted when a robot makes it, or when the same client saw
/// the same page in the last half hour: to know that without keeping who it was, the counter remembers a keyed hash
/// of (address, browser, facility) under a random key that lives only in memory and is replaced every day, and drops
/// each hash after the half hour. Nothing of it is written anywhere.
final class VisitCounter: Sendable {
    static let repeatWindow: TimeInterval = 30 * 60

    struct Key: Hashable, Sendable {
        let day: String
        let facility: UUID
        let metric: CountMetric
    }

    private struct State {
        var pending: [Key: Int] = [:]
        var seen: [UInt64: TimeInterval] = [:]
        var salt = SymmetricKey(size: .bits256)
        var saltDay = ""
    }

    private let state = NIOLockedValueBox(State())

    /// Counts a page view unless it is a robot's or a repeat; whether it counted.
    @discardableResult
    func view(_ facility: UUID, client: String, userAgent: String?, now: Date = Date()) -> Bool {
        guard !AutomatedClient.isAutomated(userAgent: userAgent) else { return false }
        let day = DailyCounts.day(now), t = now.timeIntervalSince1970
        return state.withLockedValue { s in
            if s.saltDay != day {
                // A new day: a new key, and yesterday's hashes forgotten with the old one.
                s.salt = SymmetricKey(size: .bits256)
                s.saltDay = day
                s.seen.removeAll()
            }
            let mac = HMAC<SHA256>.authenticationCode(for: Data("\(client)\u{0}\(userAgent ?? "")\u{0}\(facility.uuidString)".utf8), using: s.salt)
            let hash = mac.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            if let until = s.seen[hash], until > t { return false }
            if s.seen.count > 200_000 { s.seen = s.seen.filter { $0.value > t } }
            s.seen[hash] = t + Self.repeatWindow
            s.pending[Key(day: day, facility: facility, metric: .view), default: 0] += 1
            return true
        }
    }

    /// Counts one event (an inquiry turned away).
    func count(_ metric: CountMetric, _ facility: UUID, now: Date = Date()) {
        state.withLockedValue { $0.pending[Key(day: DailyCounts.day(now), facility: facility, metric: metric), default: 0] += 1 }
    }

    /// Writes what was counted since the last write; on a failure the counts are kept for the next.
    func flush(_ db: any Database) async throws {
        let pending = state.withLockedValue { s -> [Key: Int] in
            defer { s.pending.removeAll() }
            return s.pending
        }
        guard !pending.isEmpty else { return }
        do {
            try await db.transaction { tx in
                let store = try DailyCounts(tx)
                for (key, n) in pending { try await store.add(n, key.metric, facility: key.facility, day: key.day) }
            }
        } catch {
            state.withLockedValue { s in for (key, n) in pending { s.pending[key, default: 0] += n } }
            throw error
        }
    }
}

extension Application {
    /// Writes the counted visits and forgets the cached ranking, so the next page reads the new totals.
    func flushCounts() async throws {
        try await visitCounter.flush(db)
        popularCenters.forget()
    }
}
