import Foundation
import HavenCore
import HavenHTML
import Vapor

/// `/map.svg?<a search's parameters>`: the map of that search's page of results, drawn by Haven (county lines from
/// `haven import boundaries`, the distance ring, points numbered as the cards). An image of Haven's own: the results
/// page stays as light as before and works without it; nothing is requested from anyone else.
struct MapController: RouteCollection {
    var limit: (any Middleware)?

    func boot(routes: any RoutesBuilder) throws {
        let working = limit.map { routes.grouped($0) } ?? routes
        working.get(.mapImage, use: map)
        working.get(.facilityMap(.key), use: facility)
        working.get(.stateMap(.key), use: state)
    }

    /// A state's listed places as dots over its counties, its biggest towns named.
    @Sendable func state(req: Request) async throws -> Response {
        let service = req.application.catalog.service
        guard let code = req.parameters.get("state").flatMap(USState.abbreviation), let name = USState.names[code] else {
            throw HavenError(.notFound, "No map", "There is no such state.")
        }
        let listings = service.index.listings.filter { $0.state == code && $0.coordinate != nil && !$0.isRemoteOnly }
        let points = listings.compactMap(\.coordinate)
        guard !points.isEmpty else { throw HavenError(.notFound, "No map", "Haven lists no places with a map location in \(name).") }
        let projection = MapDrawing.Projection(fitting: points.map(\.latitude).min()!, points.map(\.longitude).min()!,
                                               points.map(\.latitude).max()!, points.map(\.longitude).max()!, width: 400, height: 320)
        var towns: [String: (lat: Double, lon: Double, n: Int)] = [:]
        for l in listings where !l.city.isEmpty {
            var t = towns[l.city] ?? (0, 0, 0)
            t.lat += l.coordinate!.latitude; t.lon += l.coordinate!.longitude; t.n += 1
            towns[l.city] = t
        }
        let biggest = towns.sorted { ($0.value.n, $1.key) > ($1.value.n, $0.key) }.prefix(6)
            .map { (name: $0.key, coordinate: Coordinate(latitude: $0.value.lat / Double($0.value.n), longitude: $0.value.lon / Double($0.value.n))) }
        let svg = MapDrawing.svg(projection, radiusMiles: nil, places: [], counties: try await req.application.countyOutlines.all(req.db),
                                 homeState: code, towns: biggest, title: "Map of the \(listings.count) listed places in \(name)",
                                 marksCentre: false, dots: listings.map { .init(number: 0, coordinate: $0.coordinate!, approximate: $0.precision == .zipCentroid) })
        return Self.image(svg)
    }

    /// One listed place and the towns around it, a few miles across; a ZIP-centre place drawn dashed (approximate).
    @Sendable func facility(req: Request) async throws -> Response {
        let service = req.application.catalog.service
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let listing = service.index.listing(id),
              let point = listing.coordinate else {
            throw HavenError(.notFound, "No map", "There is no listed place with a map location at this address.")
        }
        let projection = MapDrawing.Projection(centre: point, radiusMiles: Self.facilityReach, width: 400, height: 240)
        let svg = MapDrawing.svg(projection, radiusMiles: nil,
                                 places: [.init(number: 1, coordinate: point, approximate: listing.precision == .zipCentroid)],
                                 counties: try await req.application.countyOutlines.all(req.db), homeState: listing.state,
                                 towns: Self.towns(service.places.zipCodes, projection.bounds), title: "Map of where \(listing.name) is",
                                 marksCentre: false)
        return Self.image(svg)
    }

    /// Miles from a facility to the edge of its map.
    static let facilityReach = 4.0

    static func image(_ svg: String) -> Response {
        let res = Response(status: .ok, body: .init(string: svg))
        res.headers.contentType = HTTPMediaType(type: "image", subType: "svg+xml", parameters: ["charset": "utf-8"])
        res.headers.cacheControl = .init(isPublic: true, maxAge: 300)
        return res
    }

    @Sendable func map(req: Request) async throws -> Response {
        let service = req.application.catalog.service
        let query: SearchQuery
        do throws(QueryError) { query = try SearchQuery.parse(QueryParameters.read(req), taxonomy: service.index.taxonomy) } catch {
            throw HavenError(.badRequest, "No map for this search", error.message)
        }
        let results: SearchResults
        do throws(SearchError) { results = try service.search(query) } catch {
            throw HavenError(.badRequest, "No map for this search", error.message)
        }
        guard let place = results.place, place.area == nil else {
            throw HavenError(.badRequest, "No map for this search", "A map needs a town, ZIP code or address to search around.")
        }
        let items = results.items
        let first = (results.query.page - 1) * results.query.perPage
        let places = items.enumerated().compactMap { n, item -> MapDrawing.Place? in
            guard let c = item.listing.coordinate, !item.listing.isRemoteOnly else { return nil }
            return MapDrawing.Place(number: first + n + 1, coordinate: c, approximate: item.listing.precision == .zipCentroid)
        }
        let reach = MapDrawing.reach(radiusMiles: query.radiusMiles, distances: items.compactMap(\.distanceMiles).filter { $0 >= 0 })
        let projection = MapDrawing.Projection(centre: place.coordinate, radiusMiles: reach.miles, width: 400, height: 320)
        let svg = MapDrawing.svg(projection, radiusMiles: reach.ringInView ? query.radiusMiles : nil, places: places,
                                 counties: try await req.application.countyOutlines.all(req.db), homeState: place.state,
                                 towns: Self.towns(service.places.zipCodes, projection.bounds),
                                 title: "Map of results \(first + 1) to \(first + items.count) near \(place.label), numbered as in the list")
        return Self.image(svg)
    }

    /// Towns to name on the map: those with the most ZIP codes inside it (a fair sign of size), each at the middle of
    /// its ZIP codes.
    static func towns(_ zips: [ZipCode], _ b: (south: Double, west: Double, north: Double, east: Double)) -> [(name: String, coordinate: Coordinate)] {
        var groups: [String: (name: String, lat: Double, lon: Double, n: Int)] = [:]
        for z in zips {
            guard let c = z.coordinate, c.latitude > b.south, c.latitude < b.north, c.longitude > b.west, c.longitude < b.east else { continue }
            let key = z.city + "|" + z.state
            var g = groups[key] ?? (z.city.capitalized, 0, 0, 0)
            g.lat += c.latitude; g.lon += c.longitude; g.n += 1
            groups[key] = g
        }
        return groups.values.sorted { ($0.n, $1.name) > ($1.n, $0.name) }.prefix(6)
            .map { ($0.name, Coordinate(latitude: $0.lat / Double($0.n), longitude: $0.lon / Double($0.n))) }
    }
}
