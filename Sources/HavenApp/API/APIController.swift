import Foundation
import HavenCore
import Vapor

/// The JSON API under /api/v1. Same query type and search call as the results page.
struct APIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let v1 = routes.grouped("api", "v1")
        v1.get("facilities", use: search)
        v1.get("facilities", ":id", use: facility)
        v1.get("taxonomy", use: taxonomy)
        v1.get("openapi.json", use: openAPI)
    }

    func search(req: Request) async throws -> Response {
        let service = req.application.catalog.service
        let taxonomy = service.index.taxonomy
        let params = WebController.parameters(req)
        let allowed = SearchQuery.baseParameters.union(taxonomy.facets.map(\.slug))
        if let unknown = params.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw HavenError(.badRequest, "Unknown parameter", "\"\(unknown)\" is not a parameter of this endpoint; see /api/v1/openapi.json", parameter: unknown)
        }
        let results: SearchResults
        do throws(SearchError) { results = try service.search(parameters: params) } catch {
            throw HavenError(.badRequest, error.parameter == "near" ? "Unknown or ambiguous place" : "Invalid parameter", error.message, parameter: error.parameter)
        }
        var writer = JSONWriter()
        writer.searchResponse(results, taxonomy: taxonomy)
        let res = Response(status: .ok, body: .init(buffer: ByteBuffer(bytes: writer.bytes)))
        res.headers.contentType = .json
        return res
    }

    func facility(req: Request) async throws -> Response {
        guard let raw = req.parameters.get("id"), let id = UUID(uuidString: raw) else {
            throw HavenError(.badRequest, "Invalid id", "A facility id is a UUID like 3f2c5e1a-0000-8000-8000-000000000000.", parameter: "id")
        }
        let repo = FacilityRepository(req.db)
        guard let (f, _) = try await repo.listing(id) else {
            throw HavenError(.notFound, "Facility not found", "No facility has the id \(raw).", parameter: "id")
        }
        let taxonomy = req.application.catalog.service.index.taxonomy
        let dto = FacilityDetailDTO(
            id: f.id, name: f.name, name2: f.name2.isEmpty ? nil : f.name2,
            address: AddressDTO(street1: f.street1, street2: f.street2, city: f.city, state: f.state, zip: f.zip),
            phone: f.phone.isEmpty ? nil : f.phone, intake_phones: [f.intake1, f.intake2].filter { !$0.isEmpty },
            website: f.website.isEmpty ? nil : f.website, latitude: f.coordinate?.latitude, longitude: f.coordinate?.longitude,
            precision: f.precision.rawValue, listed: f.isListed,
            terms: f.terms.compactMap(taxonomy.term).map { TermRefDTO(slug: $0.slug, name: $0.name, facet: $0.facet) },
            sources: try await repo.sources(for: id).map {
                SourceDTO(directory: $0.directory.rawValue, title: $0.directory.title, file: $0.sourceFile, edition: $0.edition,
                          line: $0.line, present: $0.present, imported_at: $0.importedAt)
            },
            last_verified_at: try await repo.lastVerified(id), updated_at: f.updatedAt, url: SiteURL.facility(f.id).path)
        return try json(dto)
    }

    func taxonomy(req: Request) async throws -> Response {
        try json(TaxonomyDTO(req.application.catalog.service.index.taxonomy))
    }

    func openAPI(req: Request) async throws -> Response {
        let res = Response(status: .ok, body: .init(data: OpenAPIDocument.json))
        res.headers.contentType = .json
        return res
    }

    private static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .iso8601
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    func json(_ value: some Encodable) throws -> Response {
        let res = Response(status: .ok, body: .init(data: try Self.encoder.encode(value)))
        res.headers.contentType = .json
        return res
    }
}
