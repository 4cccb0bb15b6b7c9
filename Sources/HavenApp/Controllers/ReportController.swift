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
                            status: ReportRow.open, createdAt: Date())
        try await req.db.transaction { tx in
            try await ReportStore(tx).add(row)
            let accounts = try AccountStore(tx)
            try await accounts.audit(actor: nil, action: "report.received", subject: "facility \(f.id)", detail: "report \(row.id): \(row.kind)")
            let managers = try await ClaimStore(tx).managerEmails(of: f.id)
            for email in managers {
                try await Outbox.enqueue(AccountMail.reportReceived(to: email, facility: f.name), on: accounts.db)
            }
        }
        m.sent = true
        return WebController.page(ReportPage.view(m))
    }

    @Sendable func queue(req: Request) async throws -> Response {
        let who = try await req.require(.moderator)
        let notice: String? = req.query[String.self, at: "done"] == "resolved" ? "Marked resolved." : nil
        return WebController.page(ReportsQueuePage.view(try await ReportStore(req.db).open(), notice: notice,
                                                        token: try await req.formToken(.resolveReport, who)))
    }

    /// A manager of the report's facility, or a moderator, marks it resolved; back to where they came from.
    @Sendable func resolve(req: Request) async throws -> Response {
        let who = try await req.require(.provider)
        let form = try await req.postedForm(.resolveReport, who)
        let store = try ReportStore(req.db)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let report = try await store.report(id) else {
            throw HavenError(.notFound, "Report not found", "There is no such report.")
        }
        let isModerator = who.role.includes(.moderator)
        let manages = try await ClaimStore(req.db).manages(user: who.user.id, facility: report.facilityId)
        guard isModerator || manages else {
            throw HavenError(.forbidden, "Not your listing", "Only the listing's managers and moderators resolve its reports.")
        }
        // Separation of duties: a moderator does not close a report they sent themselves (unless it is their own listing's).
        guard manages || report.email.isEmpty || report.email.lowercased() != who.user.email.lowercased() else {
            throw HavenError(.forbidden, "Your own report", "Nobody resolves a report they sent: another moderator or the listing's staff will.")
        }
        let note = String(form.text("note").prefix(500))
        if report.status == ReportRow.open {
            try await store.resolve(id, note: note, by: who.user.id)
            try await AccountStore(req.db).audit(actor: who.user, action: "report.resolved", subject: "facility \(report.facilityId)",
                                                 detail: "report \(id)" + (note.isEmpty ? "" : ": \(note)"))
        }
        return Redirect.to(isModerator && form["from"] != "manage"
            ? SiteURL.moderationReports.with([("done", "resolved")])
            : SiteURL.manage(.value(report.facilityId)).with([("done", "resolved")]))
    }

    /// Suspend a listing (out of search; its page says why) or reinstate it. Moderators only.
    @Sendable func suspension(req: Request) async throws -> Response {
        let who = try await req.require(.moderator)
        let form = try await req.postedForm(.suspension, who)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), try await FacilityRepository(req.db).facility(id) != nil else {
            throw HavenError(.notFound, "Facility not found", "There is no facility at this address.")
        }
        let store = try ReportStore(req.db)
        let reason = String(form.text("reason").prefix(500))
        switch form.text("action") {
        case "suspend":
            guard !reason.isEmpty else {
                return Redirect.to(SiteURL.manage(.value(id)).with([("done", "reason-needed")]))
            }
            try await store.suspend(id, reason: reason, by: who.user.id)
            try await AccountStore(req.db).audit(actor: who.user, action: "listing.suspended", subject: "facility \(id)", detail: reason)
        case "lift":
            try await store.lift(id)
            try await AccountStore(req.db).audit(actor: who.user, action: "listing.reinstated", subject: "facility \(id)")
        default:
            throw HavenError(.badRequest, "Unknown action", "Choose to suspend the listing or to reinstate it.")
        }
        try await req.application.db.transaction { try await DataRevision.bump($0) }
        try await req.application.catalog.refresh(req.application.db)
        return Redirect.to(SiteURL.manage(.value(id)).with([("done", form.text("action") == "suspend" ? "suspended" : "reinstated")]))
    }
}
