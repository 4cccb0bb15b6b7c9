import Foundation
import HavenCore
import HavenHTML
import Vapor

/// "Contact this provider": a seeker's private message to a facility (no account, no cookie: a signed form token
/// and an origin check), the facility's inbox in the portal (its managers only), and the moderators' volumes
/// (counts only). Every answer that holds a message is `Cache-Control: no-store`.
struct ContactController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.contact(.key), use: contactForm)
        routes.post(.contact(.key), use: send)
        routes.get(.inbox(.key), use: inbox)
        routes.get(.inquiry(.key, .key), use: inquiry)
        routes.post(.inquiry(.key, .key), use: update)
        routes.get(.moderationInquiries, use: volumes)
    }

    @Sendable func contactForm(req: Request) async throws -> Response {
        let f = try await Self.contactable(req)
        let m = ContactPage.Model(facility: f, managed: try await ClaimStore(req.db).hasManager(f.id), token: try await req.formToken(.inquiry, nil),
                                  retentionDays: req.application.havenSettings.inquiryRetentionDays)
        return WebController.page(ContactPage.view(m))
    }

    @Sendable func send(req: Request) async throws -> Response {
        let f = try await Self.contactable(req)
        let settings = req.application.havenSettings
        let managers = try await ClaimStore(req.db).managerEmails(of: f.id)
        var m = ContactPage.Model(facility: f, managed: !managers.isEmpty, token: try await req.formToken(.inquiry, nil),
                                  retentionDays: settings.inquiryRetentionDays)
        guard m.managed else { return Self.privatePage(ContactPage.view(m), status: .conflict) }
        let (form, expired) = try await req.postedFormKeepingTyped(.inquiry, nil)
        m.inquiry = Inquiry(name: form.text("name"), method: form.text("method"), reach: form.text("reach"), bestTime: form.text("best_time"),
                            forWhom: form.text("for_whom"), ageGroup: form.text("age_group"), payment: form.text("payment"),
                            message: form.text("message"), consent: form.text("consent") == "yes")
        // The honeypot: people never see it; a robot that fills it is thanked, counted, and nothing is kept.
        guard form.text("website").isEmpty else {
            req.application.visitCounter.count(.inquiryRefused, f.id)
            m.sent = true
            return Self.privatePage(ContactPage.view(m))
        }
        if expired { m.errors.add("name", Words.current.formExpired) }
        for p in m.inquiry.problems() { m.errors.add(p.field, p.message) }
        guard m.errors.isEmpty else { return Self.privatePage(ContactPage.view(m), status: .unprocessableEntity) }
        let verdict = req.application.inquiryLimits.check(client: req.clientAddress, facility: f.id)
        if case .refused(let message, let seconds) = verdict {
            req.application.visitCounter.count(.inquiryLimited, f.id)
            m.errors.add("name", message)
            let res = Self.privatePage(ContactPage.view(m), status: .tooManyRequests)
            res.headers.replaceOrAdd(name: .retryAfter, value: String(max(1, seconds)))
            return res
        }
        let held = verdict == .held
        if held { req.application.visitCounter.count(.inquiryLimited, f.id) }
        let id = UUID()
        let sealed = try await req.application.inquirySealer().seal(m.inquiry, id: id, facility: f.id)
        try await InquiryWorkflow(place: req.workplace).receive(sealed, id: id, facility: f.id, facilityName: f.name, held: held, managers: managers,
                                                                inboxLink: settings.publicURL + SiteURL.inbox(.value(f.id)).path)
        m.sent = true
        return Self.privatePage(ContactPage.view(m))
    }

    @Sendable func inbox(req: Request) async throws -> Response {
        let (_, f, since) = try await Self.managedByMe(req)
        let sealer = try await req.application.inquirySealer()
        let entries = try await InquiryStore(req.db).inquiries(of: f.id, since: since).map { Self.entry($0, sealer) }
        return Self.privatePage(InboxPage.view(.init(facility: f, entries: entries, notice: req.notice(InboxNotice.self)?.text,
                                                     retentionDays: req.application.havenSettings.inquiryRetentionDays)))
    }

    @Sendable func inquiry(req: Request) async throws -> Response {
        let (who, f, since) = try await Self.managedByMe(req)
        let row = try await Self.row(req, f, since: since)
        let m = InboxPage.InquiryModel(facility: f, entry: Self.entry(row, try await req.application.inquirySealer()),
                                       token: try await req.formToken(.inquiryStatus, who), notice: req.notice(InquiryNotice.self)?.text)
        return Self.privatePage(InboxPage.inquiry(m))
    }

    /// Mark replied, closed or new again; or delete now.
    @Sendable func update(req: Request) async throws -> Response {
        let (who, f, since) = try await Self.managedByMe(req)
        let form = try await req.postedForm(.inquiryStatus, who)
        let row = try await Self.row(req, f, since: since)
        let workflow = InquiryWorkflow(place: req.workplace)
        if form.text("status") == InboxPage.deleteValue {
            try await workflow.delete(row, by: who.user)
            return Redirect.to(SiteURL.inbox(.value(f.id)).with(InboxNotice.deleted))
        }
        guard let status = InquiryStatus(rawValue: form.text("status")), status != .held else {
            throw HavenError(.badRequest, "Unknown status", "Choose replied, closed or new.")
        }
        try await workflow.mark(row, status, by: who.user)
        return Redirect.to(SiteURL.inquiry(.value(f.id), .value(row.id)).with(InquiryNotice.status))
    }

    @Sendable func volumes(req: Request) async throws -> Response {
        _ = try await req.require(.moderator)
        let now = Date(), counts = try DailyCounts(req.db)
        let perDay = try await counts.perDay(since: DailyCounts.day(29, before: now))
        let days = (0..<30).map { DailyCounts.day($0, before: now) }.map { ($0, perDay[$0] ?? [:]) }
        let week = DailyCounts.day(6, before: now)
        let m = VolumesPage.Model(days: days, topInquiries: try await counts.top(.inquiry, since: week),
                                  topTurnedAway: try await counts.top(.inquiryLimited, since: week),
                                  stored: try await InquiryStore(req.db).storedCount(),
                                  retentionDays: req.application.havenSettings.inquiryRetentionDays)
        return WebController.page(VolumesPage.view(m))
    }

    // MARK: Helpers

    /// The facility in the path, when people may contact it: not one moderators suspended (404 otherwise, 410 then).
    static func contactable(_ req: Request) async throws -> FacilityListing {
        let f = try await PortalController.facility(req)
        if f.suspensionReason != nil {
            throw HavenError(.gone, "Listing suspended", "Haven's moderators have taken this listing out of search, so it does not receive messages.")
        }
        return f
    }

    /// The facility in the path, when the signed-in person manages it, and since when. Moderators and admins included:
    /// only managers read a facility's messages, and only those received since they became one.
    static func managedByMe(_ req: Request) async throws -> (SignedIn, FacilityListing, since: Date) {
        let who = try await req.require(.provider)
        let f = try await PortalController.facility(req)
        guard let since = try await ClaimStore(req.db).managerSince(user: who.user.id, facility: f.id) else {
            throw HavenError(.forbidden, "Not your listing", "Only the people who manage this listing can read the messages sent to it.")
        }
        return (who, f, since)
    }

    static func row(_ req: Request, _ f: FacilityListing, since: Date) async throws -> InquiryRow {
        guard let id = req.parameters.get("inquiry").flatMap(UUID.init(uuidString:)),
              let row = try await InquiryStore(req.db).inquiry(id, of: f.id, since: since) else {
            throw HavenError(.notFound, "Message not found", "There is no such message. It may have been deleted.")
        }
        return row
    }

    static func entry(_ row: InquiryRow, _ sealer: InquirySealer) -> InboxPage.Entry {
        InboxPage.Entry(row: row, inquiry: try? sealer.open(row.box, id: row.id, facility: row.facilityId))
    }

    /// A page no cache may keep: it holds what someone wrote.
    static func privatePage(_ page: Node, status: HTTPResponseStatus = .ok) -> Response {
        let res = WebController.page(page, status: status)
        res.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return res
    }
}
