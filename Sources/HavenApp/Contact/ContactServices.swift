import Fluent
import Foundation
import HavenCore
import NIOConcurrencyHelpers
import Vapor

/// Limits on inquiries: per client address, a burst refilled over an hour (over it: refused, 429); per facility, a
/// burst refilled over an hour, past which messages are still taken but held for the managers as a possible flood
/// (no notice mailed): a few clients cannot close a facility's contact form to everyone. Addresses are kept only
/// in memory, only while their bucket is not full (as every rate limit in Haven).
final class InquiryLimits: Sendable {
    enum Verdict: Equatable {
        case allowed
        /// Taken, marked as part of a possible flood.
        case held
        case refused(String, seconds: Int)
    }

    let perClient: RateLimiter
    let perFacility: RateLimiter

    init(clientBurst: Int, facilityBurst: Int) {
        perClient = RateLimiter(rate: Double(clientBurst) / 3600, burst: Double(clientBurst))
        perFacility = RateLimiter(rate: Double(facilityBurst) / 3600, burst: Double(facilityBurst))
    }

    func check(client: String, facility: UUID) -> Verdict {
        if let wait = perClient.take(client).wait {
            return .refused("Too many messages from this connection. Wait \(FormLimits.minutes(wait)), or call the facility instead.",
                            seconds: Int(wait.rounded(.up)))
        }
        return perFacility.take(facility.uuidString).wait == nil ? .allowed : .held
    }
}

extension Application {
    /// The sealer: the configured keys; with an explicit `--env development`, a key in a file beside the database;
    /// in tests, a key in memory. Never a key kept in the database it protects.
    func inquirySealer() async throws -> InquirySealer {
        let keys = havenSettings.inquiryKeys
        if !keys.isEmpty { return InquirySealer(keys: keys) }
        return InquirySealer(keys: [try await siteSecrets.developmentInquiryKey(self)])
    }

    /// Whether a development key may stand in for `HAVEN_INQUIRY_KEY`: only when asked for (`--env development`)
    /// or in tests. Any other environment, or none named, fails closed.
    static func allowsDevelopmentKey(_ settings: Settings, environment: Environment) -> Bool {
        environment == .testing || (environment == .development && settings.environmentNamed)
    }

    /// Serving refuses to start without `HAVEN_INQUIRY_KEY`, unless a development key was asked for: inquiries must
    /// not be sealed with a key kept beside them.
    static func checkInquiryKey(_ settings: Settings, environment: Environment, serving: Bool) throws {
        guard serving, settings.inquiryKeys.isEmpty, !allowsDevelopmentKey(settings, environment: environment) else { return }
        throw Settings.Invalid(problems: [
            "HAVEN_INQUIRY_KEY is required to serve (environment \"\(environment.name)\"): inquiries are encrypted with it. Make one with "
                + "`haven inquiries new-key` and keep it outside the database (losing it makes stored inquiries unreadable). "
                + "To try Haven on your own machine, start it with `--env development` instead: a key is then kept in a file beside the database.",
        ])
    }
}

/// While serving: writes visit counts and refreshes popular centers every `countsSeconds`; deletes inquiries past
/// the retention period (and counts past 90 days) on the first pass and every hour. On shutdown the last counts are written.
struct ContactHousekeeping: LifecycleHandler {
    struct TaskKey: StorageKey { typealias Value = Task<Void, Never> }

    func didBootAsync(_ app: Application) async throws {
        guard ServerLoop.isServing(app) else { return }
        let lastPurge = NIOLockedValueBox<TimeInterval>(0)
        ServerLoop.start(TaskKey.self, on: app, every: app.havenSettings.countsSeconds, what: "counts and retention pass") { app in
            try await app.flushCounts()
            let now = Date()
            guard now.timeIntervalSince1970 - lastPurge.withLockedValue({ $0 }) >= 3600 else { return }
            lastPurge.withLockedValue { $0 = now.timeIntervalSince1970 }
            let purged = try await Self.purge(app, now: now)
            if purged > 0 { app.logger.info("deleted \(purged) inquiries older than \(app.havenSettings.inquiryRetentionDays) days") }
        }
    }

    func shutdownAsync(_ app: Application) async {
        await ServerLoop.stop(TaskKey.self, on: app)
        do { try await app.visitCounter.flush(app.db) } catch { app.logger.warning("visit counts not written at shutdown: \(String(describing: error))") }
    }

    /// Deletes inquiries older than the retention period and counts older than `DailyCounts.keptDays`; how many inquiries.
    static func purge(_ app: Application, now: Date = Date()) async throws -> Int {
        let cutoff = now.addingTimeInterval(-Double(app.havenSettings.inquiryRetentionDays) * 86_400)
        let n = try await InquiryStore(app.db).purge(before: cutoff)
        try await DailyCounts(app.db).purge(before: DailyCounts.day(DailyCounts.keptDays, before: now))
        return n
    }
}

/// Which facilities someone manages (and so take messages), for their public pages: one small read at most once
/// per refresh interval instead of one per page view; forgotten on this instance when a claim is approved. Sending
/// a message reads the managers themselves, so a listing seen as taking messages a moment too long only says so.
final class ManagedFacilities: Sendable {
    private let cached = TimedValue<Set<UUID>>()

    func contains(_ id: UUID, _ db: any Database, maxAge: TimeInterval) async throws -> Bool {
        try await cached.value(maxAge: maxAge) {
            Set(try await db.sql.select().distinct().column("facility_id").from("facility_managers").all()
                .map { try $0.decode(column: "facility_id", as: UUID.self) })
        }.contains(id)
    }

    func forget() { cached.forget() }
}

