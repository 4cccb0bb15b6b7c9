import Fluent
import Foundation
import HavenCore
import NIOConcurrencyHelpers
import Vapor

/// Limits on inquiries: per client address and per facility, each a burst refilled over an hour. Addresses are kept
/// only in memory, only while their bucket is not full (as every rate limit in Haven).
final class InquiryLimits: Sendable {
    let perClient: RateLimiter
    let perFacility: RateLimiter

    init(clientBurst: Int, facilityBurst: Int) {
        perClient = RateLimiter(rate: Double(clientBurst) / 3600, burst: Double(clientBurst))
        perFacility = RateLimiter(rate: Double(facilityBurst) / 3600, burst: Double(facilityBurst))
    }

    /// nil when allowed; else what to tell the sender.
    func check(client: String, facility: UUID) -> String? {
        if let wait = perClient.take(client).wait {
            return "Too many messages from this connection. Wait \(FormLimits.minutes(wait)), or call the facility instead."
        }
        if let wait = perFacility.take(facility.uuidString).wait {
            return "This facility has received many messages in the last hour. Wait \(FormLimits.minutes(wait)), or call the facility instead."
        }
        return nil
    }
}

extension Application {
    private struct InquiryLimitsKey: StorageKey { typealias Value = InquiryLimits }

    var inquiryLimits: InquiryLimits {
        get { storage[InquiryLimitsKey.self]! }
        set { storage[InquiryLimitsKey.self] = newValue }
    }

    /// The sealer: the configured keys, or outside production a development key kept in the database.
    func inquirySealer() async throws -> InquirySealer {
        let keys = havenSettings.inquiryKeys
        if !keys.isEmpty { return InquirySealer(keys: keys) }
        return InquirySealer(keys: [try await siteSecrets.developmentInquiryKey(db)])
    }

    /// Production refuses to start without `HAVEN_INQUIRY_KEY`: inquiries must not be sealed with a key kept beside them.
    static func checkInquiryKey(_ settings: Settings, environment: Environment, serving: Bool) throws {
        guard serving, environment == .production, settings.inquiryKeys.isEmpty else { return }
        throw Settings.Invalid(problems: [
            "HAVEN_INQUIRY_KEY is required in production: inquiries are encrypted with it. Make one with `haven inquiries new-key` "
                + "and keep it outside the database (losing it makes stored inquiries unreadable).",
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

extension Application {
    private struct ManagedFacilitiesKey: StorageKey { typealias Value = ManagedFacilities }

    var managedFacilities: ManagedFacilities {
        if let m = storage[ManagedFacilitiesKey.self] { return m }
        let m = ManagedFacilities()
        storage[ManagedFacilitiesKey.self] = m
        return m
    }
}
