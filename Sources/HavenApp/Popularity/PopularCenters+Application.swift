import Fluent
import HavenCore
import Vapor

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
