import Foundation
import HavenCore
import HavenHTML
import Vapor

/// A managed facility in the portal: its completeness, the profile form, its history. Only the facility's managers
/// (and moderators) reach these pages: anyone else gets 403, whatever URL they try.
struct ProfileController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.manage(.key), use: manage)
        routes.get(.editProfile(.key), use: editForm)
        routes.post(.editProfile(.key), use: save)
        routes.get(.history(.key), use: history)
        routes.post(.leaveListing(.key), use: leave)
    }

    /// A manager stops managing the listing (they left the job, or the listing is someone else's now): its messages
    /// are no longer theirs to read, and with no manager left its page tells people to call instead.
    @Sendable func leave(req: Request) async throws -> Response {
        let who = try await req.require(.provider)
        _ = try await req.postedForm(.leave, who)
        let f = try await PortalController.facility(req)
        guard try await ProfileWorkflow(place: req.workplace).leave(f.id, by: who.user) else {
            throw HavenError(.forbidden, "Not your listing", "You don't manage this listing.")
        }
        req.application.managedFacilities.forget()
        return Redirect.to(SiteURL.portal.url)
    }

    /// The signed-in person and the facility in the path, when they may manage it (its manager, or a moderator).
    static func managed(_ req: Request) async throws -> (who: SignedIn, row: FacilityRow, listing: FacilityListing, origins: [String: ValueOrigin]) {
        let who = try await req.require(.provider)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let (row, listing, origins) = try await FacilityRepository(req.db).facility(id) else {
            throw HavenError(.notFound, "Facility not found", "There is no facility at this address.")
        }
        let claims = try ClaimStore(req.db)
        if !who.role.includes(.moderator), try await !claims.manages(user: who.user.id, facility: id) {
            if let pending = try await claims.pendingClaim(user: who.user.id, facility: id) {
                throw HavenError(.forbidden, "Your request is waiting",
                                 "Your request to manage \(listing.name), sent \(Format.day(pending.createdAt)), is waiting for a moderator. "
                                 + "You can edit the listing once it is approved; we will e-mail you the decision.")
            }
            throw HavenError(.forbidden, "Not your listing",
                             "You don't manage this listing. To ask to, open its public page and choose \u{201C}Manage this listing\u{201D}.")
        }
        var sourced = listing
        sourced.source = try await FacilityRepository(req.db).source(of: id)
        return (who, row, sourced, origins)
    }

    @Sendable func manage(req: Request) async throws -> Response {
        let (who, _, listing, _) = try await Self.managed(req)
        let notice = req.notice(ManageNotice.self)?.text
        let taxonomy = req.application.catalog.service.index.taxonomy
        var m = ManagePage.Model(listing: listing, completeness: Completeness(listing, taxonomy: taxonomy), notice: notice)
        m.reports = try await ReportStore(req.db).open(facility: listing.id)
        m.reportToken = try await req.formToken(.resolveReport, who)
        if who.role.includes(.moderator) { m.suspensionToken = try await req.formToken(.suspension, who) }
        if let since = try await ClaimStore(req.db).managerSince(user: who.user.id, facility: listing.id) {
            m.newMessages = try await InquiryStore(req.db).newCounts([listing.id: since])[listing.id] ?? 0
            m.leaveToken = try await req.formToken(.leave, who)
        }
        return WebController.page(ManagePage.view(m))
    }

    @Sendable func editForm(req: Request) async throws -> Response {
        let (who, _, listing, origins) = try await Self.managed(req)
        let taxonomy = req.application.catalog.service.index.taxonomy
        return WebController.page(ProfileEditPage.view(.init(listing: listing, origins: origins, form: ProfileForm(listing: listing, taxonomy: taxonomy),
                                                              taxonomy: taxonomy, token: try await req.formToken(.profile, who))))
    }

    @Sendable func save(req: Request) async throws -> Response {
        let (who, _, listing, origins) = try await Self.managed(req)
        let (input, expired) = try await req.postedFormKeepingTyped(.profile, who)
        let taxonomy = req.application.catalog.service.index.taxonomy
        var m = ProfileEditPage.Model(listing: listing, origins: origins, form: ProfileForm(input.values), taxonomy: taxonomy,
                                      token: try await req.formToken(.profile, who))
        if expired { m.errors.add("new_patients", FormMessages.expired) }
        let zips = req.application.catalog.service.places
        let role: FacilityEdit.Role = try await ClaimStore(req.db).manages(user: who.user.id, facility: listing.id) ? .provider : .moderator
        switch m.form.edits(from: listing, author: who.user.name, role: role, taxonomy: taxonomy, zipCentre: { zips.zip($0)?.coordinate }) {
        case .failure(let problems):
            for p in problems.list { m.errors.add(p.field, p.message) }
        case .success(let edits) where m.errors.isEmpty:
            try await ProfileWorkflow(place: req.workplace).save(edits, to: listing.id, by: who.user)
            // This instance's search shows the change now; the others follow at their next poll.
            try await req.application.catalog.refresh(req.db)
            return Redirect.to(SiteURL.manage(.value(listing.id)).with(ManageNotice.saved))
        case .success:
            break
        }
        return WebController.page(ProfileEditPage.view(m), status: .unprocessableEntity)
    }

    @Sendable func history(req: Request) async throws -> Response {
        let (_, row, listing, _) = try await Self.managed(req)
        let repo = try FacilityRepository(req.db)
        let rows = try await repo.editRows(for: listing.id)
        let entries = ProfileHistory.entries(base: row.listing, edits: rows.compactMap(\.edit), taxonomy: req.application.catalog.service.index.taxonomy)
        let changes = entries.map { e in
            HistoryPage.Change(at: e.edit.createdAt, who: e.edit.author, role: e.edit.role == .provider ? "facility staff" : "moderator",
                               field: e.label, before: e.before, after: e.after)
        }
        return WebController.page(HistoryPage.view(listing: listing, changes: changes))
    }
}
