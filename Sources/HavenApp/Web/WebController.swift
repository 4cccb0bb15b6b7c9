import Foundation
import HavenCore
import Vapor

/// HTML pages. Each handler gathers a model and hands it to a page; pages never touch the database.
struct WebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("", use: home)
        routes.get("search", use: search)
        routes.get("facilities", ":id", use: facility)
        routes.get("about", "data", use: aboutData)
        routes.get("static", "haven.css", use: stylesheet)
        routes.get("api", "docs", use: apiDocs)
    }

    func home(req: Request) async throws -> Response {
        let service = req.application.catalog.service
        return html(HomePage.render(taxonomy: service.index.taxonomy, facilityCount: service.index.count))
    }

    func search(req: Request) async throws -> Response {
        let service = req.application.catalog.service
        let params = Self.parameters(req)
        let taxonomy = service.index.taxonomy
        let query: SearchQuery
        do throws(QueryError) { query = try SearchQuery.parse(params, taxonomy: taxonomy) } catch {
            return html(ResultsPage.problem(.query(error), query: nil, near: params["near"]?.first, taxonomy: taxonomy), status: .badRequest)
        }
        do throws(SearchError) {
            let results = try service.search(query)
            return html(ResultsPage.render(results, taxonomy: taxonomy))
        } catch {
            return html(ResultsPage.problem(error, query: query, near: query.near, taxonomy: taxonomy))
        }
    }

    func facility(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw HavenError(.notFound, "Facility not found", "There is no facility at this address.")
        }
        let repo = FacilityRepository(req.db)
        guard let (listing, origins) = try await repo.listing(id) else {
            throw HavenError(.notFound, "Facility not found", "There is no facility at this address. It may have been removed.")
        }
        let model = FacilityPageModel(listing: listing, origins: origins, sources: try await repo.sources(for: id),
                                      lastVerified: try await repo.lastVerified(id))
        return html(FacilityPage.render(model, taxonomy: req.application.catalog.service.index.taxonomy))
    }

    func aboutData(req: Request) async throws -> Response {
        let index = req.application.catalog.service.index
        var precision: [GeoPrecision: Int] = [:]
        for l in index.listings { precision[l.precision, default: 0] += 1 }
        let packages = try await FacilityRepository(req.db).dataPackages()
        return html(AboutDataPage.render(listed: index.count, precision: precision, taxonomy: index.taxonomy, packages: packages))
    }

    func apiDocs(req: Request) async throws -> Response { html(APIDocsPage.html) }

    func stylesheet(req: Request) async throws -> Response {
        let res = Response(status: .ok, body: .init(string: Stylesheet.css))
        res.headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        res.headers.cacheControl = .init(isPublic: true, maxAge: 3600)
        return res
    }

    func html(_ body: String, status: HTTPResponseStatus = .ok) -> Response {
        let res = Response(status: status, body: .init(string: body))
        res.headers.contentType = .html
        return res
    }

    /// Query parameters with repeats kept (checkboxes send one per term).
    static func parameters(_ req: Request) -> [String: [String]] {
        var out: [String: [String]] = [:]
        guard let query = req.url.query else { return out }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s) }
            guard let name = parts.first.map(decode), !name.isEmpty else { continue }
            out[name, default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return out
    }
}
