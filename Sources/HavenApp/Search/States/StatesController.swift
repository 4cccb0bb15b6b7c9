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
            throw HavenError(.notFound, Words.current.stateNotFound, Words.current.stateNotFoundDetail(typed))
        }
        // One address per state: "ny" and "New York" lead to /states/NY.
        guard typed == code else { return Redirect.permanent(SiteURL.state(.value(code)).url) }
        let popular = try await req.application.popular(in: code, limit: 5, req.db)
        return WebController.page(StatePages.state(.init(state: state, searches: req.application.citySearches(code), popular: popular,
                                                         staleBefore: req.application.havenSettings.staleBefore())))
    }
}

/// The listed facilities by state and city, made once per search index (its identity and the data revision), and
/// each state's city searches, made when its page is first asked for.
final class StateDirectoryCache: Sendable {
    private struct Made {
        let index: ObjectIdentifier
        let revision: Int64
        let directory: StateDirectory
        var searches: [String: [StateDirectory.CitySearch]] = [:]
    }

    private let box = NIOLockedValueBox<Made?>(nil)

    private func made(_ catalog: SearchCatalog) -> Made {
        let index = catalog.service.index, revision = catalog.revision
        if let c = box.withLockedValue({ $0 }), c.index == ObjectIdentifier(index), c.revision == revision { return c }
        let made = Made(index: ObjectIdentifier(index), revision: revision, directory: StateDirectory(listings: index.listings))
        box.withLockedValue { $0 = made }
        return made
    }

    func directory(_ catalog: SearchCatalog) -> StateDirectory { made(catalog).directory }

    /// The search each of a state's cities links to (in the order of its cities).
    func citySearches(_ code: String, _ catalog: SearchCatalog) -> [StateDirectory.CitySearch] {
        let cache = made(catalog)
        if let done = cache.searches[code] { return done }
        let places = catalog.service.places
        let made = (cache.directory.states[code]?.cities ?? []).map {
            StateDirectory.search(for: $0, in: code, places: places, radii: SearchFields.radiusChoices, defaultRadius: SearchQuery.defaultRadius)
        }
        box.withLockedValue { c in
            if c?.index == cache.index, c?.revision == cache.revision { c?.searches[code] = made }
        }
        return made
    }
}

extension Application {
    var stateDirectory: StateDirectory { haven.states.directory(catalog) }
    func citySearches(_ code: String) -> [StateDirectory.CitySearch] { haven.states.citySearches(code, catalog) }
}
