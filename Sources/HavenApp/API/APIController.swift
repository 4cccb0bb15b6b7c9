import Foundation
import HavenCore
import Vapor

/// The JSON API under /api/v1. Same query type and search call as the results page.
struct APIController: RouteCollection {
    /// The per-client rate limit, on every API route.
    var limit: (any Middleware)?

    func boot(routes: any RoutesBuilder) throws {
        let routes = limit.map { routes.grouped($0) } ?? routes
        routes.get(.facilities, use: search)
        routes.get(.facilitiesCSV, use: csv)
        routes.get(.facility, use: facility)
        routes.get(.taxonomy, use: taxonomy)
        routes.get(.openAPI, use: openAPI)
    }

    /// Checks the parameters (unknown names are an error here) and searches. Exports take no page parameters.
    static func results(_ req: Request, paged: Bool = true) throws -> SearchResults {
        let service = req.application.catalog.service
        let params = QueryParameters.read(req)
        let allowed = SearchQuery.baseParameters.union(service.index.taxonomy.facets.map(\.slug)).subtracting(paged ? [] : ["page", "per_page"])
        if let unknown = params.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw HavenError(.badRequest, "Unknown parameter", "\"\(unknown)\" is not a parameter of this endpoint; see \(APIURL.openAPI.path)", parameter: unknown)
        }
        // The HTML form sends empty values for "any"; API clients get told (only free text may be empty).
        if let empty = params.keys.sorted().first(where: { !["near", "q"].contains($0) && params[$0]!.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty } }) {
            throw HavenError(.badRequest, "Invalid parameter", "\(empty) is empty; leave it out to mean any", parameter: empty)
        }
        do throws(SearchError) { return try service.search(parameters: params) } catch {
            switch error {
            case .place(let problem) where problem.isNotFound || problem.choices.count > 0:
                // The places the text could mean (300 Multiple Choices) or close spellings (404), each as a `near` value.
                let listed = problem.choices.map { "\u{201C}\($0.query)\u{201D}" }.joined(separator: "; ")
                let detail = error.message + (listed.isEmpty ? "" : " Give near as one of: " + listed)
                if case .ambiguous = problem { throw HavenError(.multipleChoices, "Ambiguous place", detail, parameter: "near") }
                throw HavenError(.notFound, "Place not found", detail, parameter: "near")
            case .query(let e) where e.unknownTerm:
                throw HavenError(.badRequest, "Invalid parameter", "\(e.message); see \(APIURL.taxonomy.path) for the terms", parameter: e.parameter)
            default:
                throw HavenError(.badRequest, "Invalid parameter", error.message, parameter: error.parameter)
            }
        }
    }

    @Sendable func csv(req: Request) async throws -> Response {
        let results = try Self.results(req, paged: false)
        // HEAD sends no body: no slot to hold.
        let slot = req.method == .HEAD ? nil : try Self.exportSlot(req)
        return CSVExport.response(results, taxonomy: req.application.catalog.service.index.taxonomy, slot: slot)
    }

    static func exportSlot(_ req: Request) throws -> ExportSlots.Slot {
        let slots = req.application.exportSlots
        do throws(ExportSlots.Refusal) { return try slots.take(req.clientAddress) } catch {
            switch error {
            case .client:
                throw HavenError(.tooManyRequests, "Too many exports at once",
                                 "This connection is already downloading \(slots.perClient) exports; wait for one to finish.", retryAfter: 10)
            case .server:
                throw HavenError(.serviceUnavailable, "Exports busy",
                                 "Haven is sending as many exports as it can at once (\(slots.total)); try again in a minute.", retryAfter: 30)
            }
        }
    }

    @Sendable func search(req: Request) async throws -> Response {
        let service = req.application.catalog.service
        let results = try Self.results(req)
        var writer = JSONWriter()
        writer.searchResponse(results, alternatives: service.alternatives(for: results), taxonomy: service.index.taxonomy)
        let res = Response(status: .ok, body: .init(buffer: ByteBuffer(bytes: writer.bytes)))
        res.headers.contentType = .json
        res.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=60")
        HTTPConventions.paginate(res, results, path: APIURL.facilities.path)
        return res
    }

    @Sendable func facility(req: Request) async throws -> Response {
        guard let raw = req.parameters.get("id"), let id = UUID(uuidString: raw) else {
            throw HavenError(.badRequest, "Invalid id", "A facility id is a UUID like 3f2c5e1a-0000-8000-8000-000000000000.", parameter: "id")
        }
        let repo = try FacilityRepository(req.db)
        guard let (row, f, _) = try await repo.facility(id) else {
            throw HavenError(.notFound, "Facility not found", "No facility has the id \(raw).", parameter: "id")
        }
        let dto = FacilityDetailDTO(f, lastVerifiedAt: row.lastVerifiedAt, sources: try await repo.sources(for: id),
                                    taxonomy: req.application.catalog.service.index.taxonomy)
        return HTTPConventions.cacheable(req, body: Array(try Self.encoder.encode(dto)), maxAge: 300)
    }

    @Sendable func taxonomy(req: Request) async throws -> Response {
        HTTPConventions.cacheable(req, body: Self.taxonomyJSON, maxAge: 3600)
    }

    @Sendable func openAPI(req: Request) async throws -> Response {
        HTTPConventions.cacheable(req, body: Array(OpenAPIDocument.json), maxAge: 3600)
    }

    static let taxonomyJSON: [UInt8] = Array(try! encoder.encode(TaxonomyDTO(.haven)))

    private static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .iso8601
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()
}
