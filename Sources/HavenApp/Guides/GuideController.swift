import Foundation
import HavenCore
import HavenHTML
import Vapor

/// The public guides: the index and each guide's approved text (or the project's text awaiting review, said so).
struct GuideController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.guides, use: index)
        routes.get(.guide(.key), use: guide)
    }

    @Sendable func index(req: Request) async throws -> Response {
        WebController.page(GuidesIndexPage.view(await req.application.guideShelf.entries(req.db)))
    }

    @Sendable func guide(req: Request) async throws -> Response {
        let slug = req.parameters.get("slug") ?? ""
        let store = try GuideStore(req.db)
        guard GuideSlug.isValid(slug), let guide = try await store.guide(slug: slug), let id = guide.publicRevisionId,
              let revision = try await store.revision(id: id) else {
            throw HavenError(.notFound, Words.current.guideNotFound, Words.current.guideNotFoundDetail)
        }
        let model = GuidePageModel(guide: guide, revision: revision, taxonomy: req.application.catalog.service.index.taxonomy,
                                   publicBase: req.application.havenSettings.publicURL)
        return WebController.page(GuidePage.view(model))
    }
}
