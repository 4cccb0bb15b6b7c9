import Foundation
import HavenCore
import HavenHTML
import Vapor

/// Reported problems: anyone reports one (no account, no cookie: a signed form token and an origin check), the
/// facility's managers and moderators resolve it; moderators suspend and reinstate listings.
struct ReportController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.report(.key), use: reportForm)
        routes.post(.report(.key), use: report)
        routes.get(.moderationReports, use: queue)
        routes.post(.resolveReport(.key), use: resolve)
        routes.post(.suspension(.key), use: suspension)
    }

    @Sendable func reportForm(req: Request) async throws -> Response {
        let f = try await PortalController.facility(req)
        return WebController.page(ReportPage.view(.init(facilityID: f.id, facilityName: f.name, token: try await req.formToken(.report, nil))))
    }

    @Sendable func report(req: Request) async throws -> Response {
        let f = try await PortalController.facility(req)
        let (form, expired) = try await req.postedFormKeepingTyped(.report, nil)
        var m = ReportPage.Model(facilityID: f.id, facilityName: f.name,
                                 report: ProblemReport(kind: form.text("kind"), details: form.text("details"), email: form.text("email")),
                                 token: try await req.formToken(.report, nil))
        // The honeypot: people never see it; a robot that fills it is thanked and nothing is kept.
        guard form.text("website").isEmpty else {
            m.sent = true
            return WebController.page(ReportPage.view(m))
        }
        if expired { m.errors.add("kind", FormMessages.expired) }
        // Per client, and per client on one listing: a few clients cannot close reporting on a listing to everyone.
        if let limited = req.formLimited(.report(client: req.clientAddress, facility: f.id)) {
            m.errors.add("kind", limited.message)
            return WebController.tooMany(ReportPage.view(m), limited.seconds)
        }
        for p in m.report.problems() { m.errors.add(p.field, p.message) }
        guard m.errors.isEmpty else { return WebController.page(ReportPage.view(m), status: .unprocessableEntity) }
        let row = ReportRow(facilityId: f.id, kind: m.report.kind, details: m.report.details, email: m.report.email,
                            status: .open, createdAt: Date())
        try await ReportWorkflow(place: req.workplace).receive(row, facilityName: f.name)
        m.sent = true
        return WebController.page(ReportPage.view(m))
    }

    @Sendable func queue(req: Request) async throws -> Response {
        let who = try await req.require(.moderator)
        return WebController.page(ReportsQueuePage.view(try await ReportStore(req.db).open(), notice: req.notice(ReportsNotice.self)?.text,
                                                        token: try await req.formToken(.resolveReport, who)))
    }

    /// A manager of the report's facility, or a moderator, marks it resolved; back to where they came from.
    @Sendable func resolve(req: Request) async throws -> Response {
        let who = try await req.require(.provider)
        let form = try await req.postedForm(.resolveReport, who)
        let note = String(form.text("note").prefix(500))
        let id = req.parameters.get("id").flatMap(UUID.init(uuidString:))
        switch try await id.asyncFlatMap({ try await ReportWorkflow(place: req.workplace).resolve($0, note: note, by: who) }) ?? .notFound {
        case .notFound:
            throw HavenError(.notFound, "Report not found", "There is no such report.")
        case .notYours:
            throw HavenError(.forbidden, "Not your listing", "Only the listing's managers and moderators resolve its reports.")
        case .ownReport:
            throw HavenError(.forbidden, "Your own report", "Nobody resolves a report they sent: another moderator or the listing's staff will.")
        case .resolved(let facility):
            return Redirect.to(who.role.includes(.moderator) && form["from"] != "manage"
                ? SiteURL.moderationReports.with(ReportsNotice.resolved)
                : SiteURL.manage(.value(facility)).with(ManageNotice.resolved))
        }
    }

    /// Suspend a listing (out of search; its page says why) or reinstate it. Moderators only.
    @Sendable func suspension(req: Request) async throws -> Response {
        let who = try await req.require(.moderator)
        let form = try await req.postedForm(.suspension, who)
        let notFound = HavenError(.notFound, "Facility not found", "There is no facility at this address.")
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw notFound }
        guard let action = ReportWorkflow.Suspension(rawValue: form.text("action")) else {
            guard try await FacilityRepository(req.db).facility(id) != nil else { throw notFound }
            throw HavenError(.badRequest, "Unknown action", "Choose to suspend the listing or to reinstate it.")
        }
        let reason = String(form.text("reason").prefix(500))
        switch try await ReportWorkflow(place: req.workplace).apply(action, to: id, reason: reason, by: who.user) {
        case .notFound: throw notFound
        case .reasonNeeded: return Redirect.to(SiteURL.manage(.value(id)).with(ManageNotice.reasonNeeded))
        case .done:
            try await req.application.catalog.refresh(req.db)
            return Redirect.to(SiteURL.manage(.value(id)).with(action == .suspend ? ManageNotice.suspended : .reinstated))
        }
    }
}
