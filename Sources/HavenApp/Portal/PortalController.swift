import Foundation
import HavenCore
import HavenHTML
import Vapor

/// The provider portal: a signed-in person's listings and requests, and asking to manage a facility. Every page
/// reads only the signed-in person's own rows.
struct PortalController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.portal, use: dashboard)
        routes.get(.claim(.key), use: claimForm)
        routes.get(.confirmEmail, use: confirmEmailForm)
        routes.post(.confirmEmail, use: confirmEmail)
        routes.post(.claim(.key), use: claim)
    }

    @Sendable func dashboard(req: Request) async throws -> Response {
        let who = try await req.require(.provider)
        let claims = try ClaimStore(req.db)
        var model = PortalPage.Model(
            user: who.user, managed: try await claims.managedFacilities(of: who.user.id), claims: try await claims.claims(of: who.user.id),
            pendingClaims: who.role.includes(.moderator) ? try await claims.pendingCount() : nil,
            signOutToken: try await req.formToken(.signOut, who))
        if who.role.includes(.moderator) { model.openReports = try await ReportStore(req.db).openCount() }
        model.newMessages = try await InquiryStore(req.db).newCounts(try await ClaimStore(req.db).managerSince(user: who.user.id))
        let index = req.application.catalog.service.index
        for f in model.managed { if let l = index.listing(f.id) { model.scores[f.id] = Completeness(l, taxonomy: index.taxonomy).score } }
        return WebController.page(PortalPage.view(model))
    }

    @Sendable func claimForm(req: Request) async throws -> Response {
        let facility = try await Self.facility(req)
        let who = try await req.require(.provider)
        var m = ClaimPage.Model(facilityID: facility.id, facilityName: facility.name, facilityPlace: "\(facility.city), \(facility.state)",
                                token: try await req.formToken(.claim, who))
        m.state = try await state(of: who, facility.id, ClaimStore(req.db))
        m.request.workEmail = who.user.email
        return WebController.page(ClaimPage.view(m))
    }

    @Sendable func claim(req: Request) async throws -> Response {
        let facility = try await Self.facility(req)
        let who = try await req.require(.provider)
        let (form, expired) = try await req.postedFormKeepingTyped(.claim, who)
        let claims = try ClaimStore(req.db)
        var m = ClaimPage.Model(facilityID: facility.id, facilityName: facility.name, facilityPlace: "\(facility.city), \(facility.state)",
                                token: try await req.formToken(.claim, who))
        m.request = ClaimRequest(jobTitle: form.text("job_title"), workPhone: form.text("work_phone"),
                                 workEmail: form.text("work_email"), note: form.text("note"))
        m.state = try await state(of: who, facility.id, claims)
        guard case .open = m.state else { return WebController.page(ClaimPage.view(m)) }
        if expired { m.errors.add("job_title", FormMessages.expired) }
        if let limited = req.formLimited(.claim(who.user.email)) {
            m.errors.add("job_title", limited.message)
            return WebController.tooMany(ClaimPage.view(m), limited.seconds)
        }
        for p in m.request.problems() { m.errors.add(p.field, p.message) }
        guard m.errors.isEmpty else { return WebController.page(ClaimPage.view(m), status: .unprocessableEntity) }
        let row = ClaimRow(facilityId: facility.id, userId: who.user.id, jobTitle: m.request.jobTitle, workPhone: m.request.workPhone,
                           workEmail: m.request.workEmail, note: m.request.note, status: .pending,
                           reason: nil, decidedBy: nil, decidedAt: nil, createdAt: Date())
        // Read before the transaction: the key may be read from the database, which a transaction holds on SQLite.
        let sealer = req.application.havenSettings.smtp == nil ? nil : try await req.application.inquirySealer()
        // The work e-mail is proven by a link mailed to it (no link without a mail server: the queue says so).
        let app = req.application
        try await ClaimWorkflow(place: req.workplace).request(row, by: who.user, facilityName: facility.name, sealer: sealer,
                                                              confirmLink: { app.publicLink(.confirmEmail, ("token", $0)) })
        return Redirect.to(SiteURL.portal.url)
    }

    // MARK: Proving a claim's work e-mail

    @Sendable func confirmEmailForm(req: Request) async throws -> Response {
        let token = req.query[String.self, at: "token"] ?? ""
        let known = token.count < 100 ? try await EmailConfirmations(req.db).isOpen(token) : false
        return WebController.page(ConfirmEmailPage.view(known ? .ready(token: token) : .invalid, formToken: try await req.formToken(.confirmEmail, nil)),
                                  status: known ? .ok : .notFound)
    }

    @Sendable func confirmEmail(req: Request) async throws -> Response {
        let form = try await req.postedForm(.confirmEmail, nil)
        let formToken = try await req.formToken(.confirmEmail, nil)
        let token = form["token"]
        let confirmed: Bool = try await req.workplace.run { work in
            guard let row = try await EmailConfirmations(work.db).use(token) else { return false }
            let accounts = try AccountStore(work.db)
            switch row.purpose {
            case .claimWorkEmail:
                try await ClaimStore(work.db).confirmWorkEmail(row.subjectId)
                try await work.audit(.claimWorkEmailConfirmed, by: nil, anonymous: row.email, subject: "claim \(row.subjectId)", detail: "by the link mailed to it")
            case .accountEmail:
                guard let user = try await accounts.user(id: row.subjectId), user.email == row.email else { return false }
                try await accounts.confirmEmail(user.id)
                try await work.audit(.accountEmailConfirmed, by: user, subject: "user \(user.id)", detail: "by the link mailed to it")
            }
            return true
        }
        return WebController.page(ConfirmEmailPage.view(confirmed ? .confirmed : .invalid, formToken: formToken), status: confirmed ? .ok : .notFound)
    }

    private func state(of who: SignedIn, _ facility: UUID, _ claims: ClaimStore) async throws -> ClaimPage.Model.State {
        if try await claims.manages(user: who.user.id, facility: facility) { return .managing }
        if let pending = try await claims.pendingClaim(user: who.user.id, facility: facility) { return .waiting(pending.createdAt) }
        return .open
    }

    /// The facility named in the path, as stored (404 when there is none).
    static func facility(_ req: Request) async throws -> FacilityListing {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let (_, listing, _) = try await FacilityRepository(req.db).facility(id) else {
            throw HavenError(.notFound, "Facility not found", "There is no facility at this address.")
        }
        return listing
    }
}
