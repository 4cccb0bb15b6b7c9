import Fluent
import Foundation
import HavenCore
import SQLKit

/// What is counted per facility per day. Numbers only: never who.
enum CountMetric: String, Sendable, CaseIterable {
    /// A person opened the facility's page (robots and repeats within half an hour left out).
    case view
    /// An inquiry was sent to the facility.
    case inquiry
    /// A submission a robot made (it filled the field people never see): thanked, dropped.
    case inquiryRefused = "inquiry-refused"
    /// A submission over the rate limits (per client or per facility).
    case inquiryLimited = "inquiry-limited"
}

/// The `daily_counts` table: totals per (UTC day, facility, metric), added to by every instance.
struct DailyCounts {
    let db: any SQLDatabase

    init(_ database: any Database) throws { db = try database.sql }

    /// Days counts are kept (popular centers read 30, the moderators' volumes 30).
    static let keptDays = 90

    /// "2026-11-30": the UTC day of `date`.
    static func day(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    /// The day `days` before `date`'s.
    static func day(_ days: Int, before date: Date) -> String { day(date.addingTimeInterval(-Double(days) * 86_400)) }

    private static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    /// Adds `n` to a total (made if it is the first).
    func add(_ n: Int, _ metric: CountMetric, facility: UUID, day: String) async throws {
        try await db.raw("""
            INSERT INTO daily_counts (day, facility_id, metric, n) VALUES (\(bind: day), \(bind: facility), \(bind: metric.rawValue), \(bind: n))
            ON CONFLICT (day, facility_id, metric) DO UPDATE SET n = daily_counts.n + excluded.n
            """).run()
    }

    // Sums are cast: PostgreSQL sums a BIGINT column as NUMERIC.

    /// Views and inquiries per facility from `since` (a day) on.
    func tallies(since: String) async throws -> [PopularityTally] {
        try await db.raw("""
            SELECT facility_id,
                   CAST(SUM(CASE WHEN metric = \(bind: CountMetric.view.rawValue) THEN n ELSE 0 END) AS BIGINT) AS views,
                   CAST(SUM(CASE WHEN metric = \(bind: CountMetric.inquiry.rawValue) THEN n ELSE 0 END) AS BIGINT) AS inquiries
            FROM daily_counts WHERE day >= \(bind: since) AND metric IN (\(bind: CountMetric.view.rawValue), \(bind: CountMetric.inquiry.rawValue))
            GROUP BY facility_id
            """).all().map {
            PopularityTally(facility: try $0.decode(column: "facility_id", as: UUID.self),
                            views: try $0.decode(column: "views", as: Int.self), inquiries: try $0.decode(column: "inquiries", as: Int.self))
        }
    }

    /// Totals per day and metric from `since` on (every facility together).
    func perDay(since: String) async throws -> [String: [CountMetric: Int]] {
        var out: [String: [CountMetric: Int]] = [:]
        for row in try await db.raw("""
            SELECT day, metric, CAST(SUM(n) AS BIGINT) AS n FROM daily_counts WHERE day >= \(bind: since) GROUP BY day, metric
            """).all() {
            guard let metric = CountMetric(rawValue: try row.decode(column: "metric", as: String.self)) else { continue }
            out[try row.decode(column: "day", as: String.self), default: [:]][metric] = try row.decode(column: "n", as: Int.self)
        }
        return out
    }

    /// The facilities with the most of `metric` from `since` on: id, name, count.
    func top(_ metric: CountMetric, since: String, limit: Int = 10) async throws -> [(id: UUID, name: String, count: Int)] {
        try await db.raw("""
            SELECT c.facility_id, f.name, CAST(SUM(c.n) AS BIGINT) AS n FROM daily_counts c JOIN facilities f ON f.id = c.facility_id
            WHERE c.metric = \(bind: metric.rawValue) AND c.day >= \(bind: since)
            GROUP BY c.facility_id, f.name ORDER BY n DESC, f.name LIMIT \(unsafeRaw: String(limit))
            """).all().map {
            (try $0.decode(column: "facility_id", as: UUID.self), try $0.decode(column: "name", as: String.self), try $0.decode(column: "n", as: Int.self))
        }
    }

    /// Forgets days before `day`.
    func purge(before day: String) async throws {
        try await db.delete(from: "daily_counts").where("day", .lessThan, day).run()
    }
}
