import Foundation
import HavenCore
import HavenHTML
import Vapor

/// The seeker's list (`/list?ids=...`) and its comparison. Nothing is stored: the ids come in the URL and the places
/// from the in-memory index.
struct ListController: RouteCollection {
    var limit: (any Middleware)?

    func boot(routes: any RoutesBuilder) throws {
        let working = limit.map { routes.grouped($0) } ?? routes
        working.get(.myList, use: list)
        working.get(.compare, use: compare)
    }

    @Sendable func list(req: Request) async throws -> Response {
        WebController.page(ListPage.view(try model(req)))
    }

    @Sendable func compare(req: Request) async throws -> Response {
        WebController.page(ComparePage.view(try model(req)))
    }

    func model(_ req: Request) throws -> ListPageModel {
        let params = QueryParameters.read(req)
        let list: PlaceList
        do throws(QueryError) { list = try PlaceList.parse(params["ids"] ?? []) } catch {
            throw HavenError(.badRequest, Words.current.listUnreadable, error.message.prefix(1).uppercased() + error.message.dropFirst() + ".")
        }
        let service = req.application.catalog.service
        let near = params["near"]?.first.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        // The place as the search measured it (a town from its programs' middle); none for a state or a place not found.
        let place = near.flatMap { try? service.search(SearchQuery(near: $0, perPage: 1)).place }.flatMap { $0.area == nil ? $0 : nil }
        let now = Date()
        let places = list.ids.compactMap { id -> ListPageModel.Place? in
            guard let l = service.index.listing(id) else { return nil }
            var miles: Double?
            if !l.isRemoteOnly, let from = place?.coordinate, let to = l.coordinate { miles = Geo.miles(from, to) }
            return .init(listing: l, miles: miles, open: service.index.openStatus(l, at: now))
        }
        return ListPageModel(list: list, places: places, missing: list.count - places.count, near: near,
                             from: place.map { $0.from ?? $0.label }, taxonomy: service.index.taxonomy,
                             publicURL: req.application.havenSettings.publicURL)
    }
}
