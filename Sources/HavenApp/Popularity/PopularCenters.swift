import Fluent
import Foundation
import HavenCore
import Vapor

/// The popular centers' tallies, read from the daily totals at most once per interval, kept in memory in ranking
/// order (a page then reads only the first few that are listed).
final class PopularCenters: Sendable {
    private let cached = TimedValue<[PopularityTally]>()

    func ranked(_ db: any Database, maxAge: TimeInterval, now: Date = Date()) async throws -> [PopularityTally] {
        try await cached.value(maxAge: maxAge, now: now) {
            Popularity.ranked(try await DailyCounts(db).tallies(since: DailyCounts.day(Popularity.window - 1, before: now)))
        }
    }

    func forget() { cached.forget() }
}

extension Application {
    /// Popular centers among listed facilities (in one state, or all): from the cached tallies.
    func popular(in state: String?, limit: Int, _ db: any Database) async throws -> [FacilityListing] {
        let ranked = try await popularCenters.ranked(db, maxAge: havenSettings.countsSeconds)
        let index = catalog.service.index
        return Popularity.top(ranked, limit: limit) { id in
            guard let l = index.listing(id) else { return false }
            return state == nil || l.state.uppercased() == state
        }.compactMap { index.listing($0.facility) }
    }
}
