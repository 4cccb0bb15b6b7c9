import Fluent
import Foundation
import HavenCore
import HavenHTML
import NIOConcurrencyHelpers
import Vapor

/// `/states` and `/states/{ST}`: the directory by state and city, with each state's popular centers.
struct StatesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.states, use: index)
        routes.get(.state(.key), use: state)
    }

    @Sendable func index(req: Request) async throws -> Response {
        WebController.page(StatePages.index(req.application.stateDirectory))
    }

    @Sendable func state(req: Request) async throws -> Response {
        let typed = req.parameters.get("state") ?? ""
        guard let code = USState.abbreviation(typed), let state = req.application.stateDirectory.states[code] else {
            throw HavenError(.notFound, "State not found", "Haven lists no facilities in \u{201C}\(typed)\u{201D}. Choose a state from the list of all states.")
        }
        // One address per state: "ny" and "New York" lead to /states/NY.
        guard typed == code else { return Redirect.permanent(SiteURL.state(.value(code)).url) }
        let popular = try await req.application.popular(in: code, limit: 5, req.db)
        return WebController.page(StatePages.state(.init(state: state, popular: popular, staleBefore: req.application.havenSettings.staleBefore())))
    }
}

extension Application {
    private struct StateDirectoryKey: StorageKey { typealias Value = NIOLockedValueBox<(index: ObjectIdentifier, revision: Int64, directory: StateDirectory)?> }

    /// The listed facilities by state and city, made once per search index (its identity and the data revision).
    var stateDirectory: StateDirectory {
        let index = catalog.service.index, revision = catalog.revision
        let box = storage[StateDirectoryKey.self]!
        if let c = box.withLockedValue({ $0 }), c.index == ObjectIdentifier(index), c.revision == revision { return c.directory }
        let made = StateDirectory(listings: index.listings)
        box.withLockedValue { $0 = (ObjectIdentifier(index), revision, made) }
        return made
    }

    func prepareStateDirectory() { storage[StateDirectoryKey.self] = NIOLockedValueBox(nil) }

    /// Popular centers among listed facilities (in one state, or all): from the cached tallies.
    func popular(in state: String?, limit: Int, _ db: any Database) async throws -> [FacilityListing] {
        let tallies = try await popularCenters.tallies(db, maxAge: havenSettings.countsSeconds)
        let index = catalog.service.index
        return Popularity.rank(tallies, limit: limit) { id in
            guard let l = index.listing(id) else { return false }
            return state == nil || l.state.uppercased() == state
        }.compactMap { index.listing($0.facility) }
    }
}
