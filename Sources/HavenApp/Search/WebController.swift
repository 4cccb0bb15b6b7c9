import Foundation
import HavenCore
import HavenHTML
import Vapor

/// HTML pages. Each handler gathers a model and hands it to a view; views never touch the database.
struct WebController: RouteCollection {
    /// The per-client rate limit, on the pages that search or read the database.
    var limit: (any Middleware)?

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.home, use: home)
        routes.get(.apiDocs, use: apiDocs)
        routes.get(.stylesheet, use: stylesheet)
        routes.get(.locateScript, use: locateScript)
        routes.get(.privacy, use: privacy)
        let working = limit.map { routes.grouped($0) } ?? routes
        working.get(.search, use: search)
        working.get(.facility(.key), use: facility)
        working.get(.aboutData, use: aboutData)
    }

    @Sendable func home(req: Request) async throws -> Response {
        if let spanish = Self.firstVisitInSpanish(req) { return spanish }
        let index = req.application.catalog.service.index
        var model = HomePageModel(facilityCount: index.count, taxonomy: index.taxonomy, staleBefore: req.application.havenSettings.staleBefore())
        model.popular = try await req.application.popular(in: nil, limit: 5, req.db)
        let res = Self.page(HomePage.view(model))
        // The same address answers in the language Accept-Language prefers on a first visit: caches must keep both.
        res.headers.replaceOrAdd(name: .vary, value: "Accept-Language")
        return res
    }

    /// A first visit to the English home page from a browser that prefers Spanish: to `/es/`. Not when the visitor
    /// came from one of Haven's own pages (the Referer is Haven's: they chose English with the switch or a link)
    /// or chose English explicitly (`?lang=en`, what the switch links to on the home page).
    static func firstVisitInSpanish(_ req: Request) -> Response? {
        guard Language.current == .en, req.query[String.self, at: "lang"] == nil,
              let header = req.headers.first(name: .acceptLanguage), Language.preferred(acceptLanguage: header) == .es else { return nil }
        if let referer = req.headers.first(name: .referer).flatMap(URL.init(string:)), let host = referer.host,
           host == req.headers.first(name: .host)?.split(separator: ":").first.map(String.init) {
            return nil
        }
        let res = req.redirect(to: Language.es.pathPrefix + "/", redirectType: .normal)
        res.headers.replaceOrAdd(name: .vary, value: "Accept-Language")
        return res
    }

    @Sendable func search(req: Request) async throws -> Response {
        let service = req.application.catalog.service
        let params = QueryParameters.read(req)
        let query: SearchQuery
        do throws(QueryError) { query = try SearchQuery.parse(params, taxonomy: service.index.taxonomy) } catch {
            let model = SearchProblemPage.Model(error: .query(error), query: nil, near: params["near"]?.first)
            return Self.page(SearchProblemPage.view(model), status: .badRequest)
        }
        // No place and nothing to look up by name: ask where, rather than list the whole country by name.
        if query.near == nil, query.text.map({ let r = NeedsReader.read($0, taxonomy: service.index.taxonomy); return !r.isName && r.unused.isEmpty }) ?? true {
            return Self.page(SearchProblemPage.view(.init(error: .place(.empty), query: query, near: nil)))
        }
        do throws(SearchError) {
            let results = try service.search(query)
            var model = ResultsPageModel(results: results, taxonomy: service.index.taxonomy, service: service)
            model.staleBefore = req.application.havenSettings.staleBefore()
            model.guides = GuideShelf.related(await req.application.guideShelf.entries(req.db),
                                              terms: Set(model.chosenTerms.map(\.slug)), also: results.reading?.guides ?? [], limit: 2)
            return Self.page(ResultsPage.view(model))
        } catch {
            return Self.page(SearchProblemPage.view(.init(error: error, query: query, near: query.near)))
        }
    }

    @Sendable func facility(req: Request) async throws -> Response {
        let w = Words.current
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw HavenError(.notFound, w.facilityNotFound, w.facilityNotFoundDetail)
        }
        let repo = try FacilityRepository(req.db)
        guard let (row, listing, origins) = try await repo.facility(id) else {
            throw HavenError(.notFound, w.facilityNotFound, w.facilityNotFoundDetail)
        }
        var model = FacilityPageModel(listing: listing, origins: origins, sources: try await repo.sources(for: id),
                                      staleBefore: req.application.havenSettings.staleBefore(), taxonomy: req.application.catalog.service.index.taxonomy)
        model.guides = GuideShelf.related(await req.application.guideShelf.entries(req.db), terms: Set(listing.terms))
        guard listing.suspensionReason == nil else {
            // Suspended: the page says why, with 410 so crawlers drop it.
            return Self.page(FacilityPage.view(model), status: .gone)
        }
        // A list that cannot be read is left out rather than refusing the page: the place is what was asked for.
        model.list = (try? PlaceList.parse(QueryParameters.read(req)["list"] ?? [])) ?? PlaceList()
        let index = req.application.catalog.service.index
        model.open = index.openStatus(listing).map { ($0, index.timeZones.zone(zip: listing.zip, state: listing.state).flatMap { Format.zoneName(index.timeZones.timeZone($0)) }) }
        model.messageRetentionDays = req.application.havenSettings.inquiryRetentionDays
        model.takesMessages = try await req.application.managedFacilities.contains(id, req.db, maxAge: req.application.havenSettings.refreshSeconds)
        if listing.isListed { Self.countView(req, id) }
        return Self.page(FacilityPage.view(model))
    }

    /// A person's look at a listed facility's page counts toward popular centers: not a robot's, not a prefetch, not
    /// a signed-in person's (staff looking at their own listing), not a repeat (see `VisitCounter`).
    static func countView(_ req: Request, _ id: UUID) {
        guard req.method == .GET, SessionCookie.token(req) == nil,
              req.headers.first(name: "Sec-Purpose") == nil, req.headers.first(name: "Purpose") == nil else { return }
        req.application.visitCounter.view(id, client: req.clientAddress, userAgent: req.headers.first(name: .userAgent))
    }

    @Sendable func privacy(req: Request) async throws -> Response {
        Self.page(PrivacyPage.view(.init(inquiryRetentionDays: req.application.havenSettings.inquiryRetentionDays,
                                         sessionHours: Int(AccountStore.sessionLifetime / 3600))))
    }

    @Sendable func aboutData(req: Request) async throws -> Response {
        let index = req.application.catalog.service.index
        var precision: [GeoPrecision: Int] = [:]
        for l in index.listings { precision[l.precision, default: 0] += 1 }
        let packages = try await FacilityRepository(req.db).dataPackages()
        return Self.page(AboutDataPage.view(.init(listed: index.count, precision: precision, taxonomy: index.taxonomy, packages: packages)))
    }

    @Sendable func apiDocs(req: Request) async throws -> Response { Self.html(APIDocsPage.html) }

    @Sendable func stylesheet(req: Request) async throws -> Response {
        let res = Response(status: .ok, body: .init(string: Stylesheet.css))
        res.headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        res.headers.cacheControl = .init(isPublic: true, maxAge: 3600)
        return res
    }

    @Sendable func locateScript(req: Request) async throws -> Response {
        let res = Response(status: .ok, body: .init(string: LocateScript.source))
        res.headers.contentType = .init(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
        res.headers.cacheControl = .init(isPublic: true, maxAge: 3600)
        return res
    }

    /// A page as a response.
    static func page(_ page: Node, status: HTTPResponseStatus = .ok) -> Response { html(page.documentBytes(), status: status) }

    /// A form shown again over a limit: 429 with `Retry-After`, as every 429 Haven sends.
    static func tooMany(_ page: Node, _ seconds: Int) -> Response {
        let res = html(page.documentBytes(), status: .tooManyRequests)
        res.headers.replaceOrAdd(name: .retryAfter, value: String(max(1, seconds)))
        return res
    }

    static func html(_ body: [UInt8], status: HTTPResponseStatus = .ok) -> Response {
        let res = Response(status: status, body: .init(buffer: ByteBuffer(bytes: body)))
        res.headers.contentType = .html
        return res
    }
}
