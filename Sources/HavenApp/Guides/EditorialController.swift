import Foundation
import HavenCore
import HavenHTML
import Vapor

/// Editors write guides and revise them; medical reviewers approve or return each revision; nothing reaches the
/// public without a reviewer's approval (the project's own files, loaded by an operator, are shown as awaiting review).
struct EditorialController: RouteCollection {
    static let formBody: ByteCount = "512kb"

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.editorial, use: dashboard)
        routes.get(.newGuide, use: newGuide)
        routes.post(.newGuide, maxBody: Self.formBody, use: createGuide)
        routes.get(.editorialGuide(.key), use: overview)
        routes.get(.editGuide(.key), use: editGuide)
        routes.post(.editGuide(.key), maxBody: Self.formBody, use: saveRevision)
        routes.post(.confirmGuide(.key), use: confirm)
        routes.get(.revision(.key, .key), use: revision)
        routes.post(.submitRevision(.key, .key), use: submit)
        routes.post(.decideRevision(.key, .key), use: decide)
    }

    // MARK: Lists

    @Sendable func dashboard(req: Request) async throws -> Response {
        let who = try await req.require(.editor)
        let store = try GuideStore(req.db)
        var rows: [EditorialPage.Row] = []
        let revisionsByGuide = try await store.revisionsByGuide()
        for g in try await store.guides() {
            let revisions = revisionsByGuide[g.id] ?? []
            guard let newest = revisions.first else { continue }
            rows.append(.init(slug: g.slug, title: newest.guideContent.title, standing: standing(g, revisions),
                              newest: newest, reviewDue: g.reviewDueAt))
        }
        return WebController.page(EditorialPage.view(rows, who: who, notice: req.notice(GuideConfirmedNotice.self)?.text))
    }

    @Sendable func overview(req: Request) async throws -> Response {
        let who = try await req.require(.editor)
        let (store, guide) = try await found(req)
        let revisions = try await store.revisions(of: guide.id)
        let publicRevision = revisions.first { $0.id == guide.publicRevisionId }
        let model = GuideOverviewPage.Model(
            slug: guide.slug, title: (publicRevision ?? revisions.first)?.guideContent.title ?? guide.slug,
            standing: standing(guide, revisions), revisions: revisions, publicRevision: guide.publicRevisionId, guide: guide,
            canConfirm: who.role.canApproveGuides && publicRevision?.status == .approved,
            token: try await req.formToken(.confirmGuide, who),
            notice: req.notice(GuideConfirmedNotice.self).map { _ in "Confirmed: the next review is due \(guide.reviewDueAt.map(Format.day) ?? "")." })
        return WebController.page(GuideOverviewPage.view(model))
    }

    // MARK: Writing

    @Sendable func newGuide(req: Request) async throws -> Response {
        let who = try await req.require(.editor)
        let fields = ["author": who.user.name, "review_months": "12"]
        return WebController.page(GuideFormPage.view(.init(slug: nil, fields: fields, token: try await req.formToken(.guideForm, who))))
    }

    @Sendable func createGuide(req: Request) async throws -> Response {
        let who = try await req.require(.editor)
        let (form, expired) = try await req.postedFormKeepingTyped(.guideForm, who)
        let taxonomy = req.application.catalog.service.index.taxonomy
        let (content, found) = GuideForm.read({ form[$0] }, knownTerm: { taxonomy.term($0) != nil })
        var problems = found
        let typed = form.text("slug").lowercased()
        let slug = typed.isEmpty ? GuideSlug.from(content.title) : typed
        let store = try GuideStore(req.db)
        if !typed.isEmpty || !content.title.isEmpty {
            if !GuideSlug.isValid(slug) { problems.insert(GuideProblem("slug", "An address is 2-80 lower-case letters, digits and single hyphens."), at: 0) }
            else if try await store.guide(slug: slug) != nil { problems.insert(GuideProblem("slug", "There is already a guide at /guides/\(slug). Choose another address."), at: 0) }
        }
        if expired { problems.insert(GuideProblem("title", FormMessages.expired), at: 0) }
        guard problems.isEmpty else { return try await formAgain(req, who, slug: nil, form, problems) }
        let submit = form.text("action") == GuideFormPage.submitAction
        let revision = try await EditorialWorkflow(place: req.workplace).create(slug: slug, content, submit: submit, by: who.user)
        return Redirect.to(SiteURL.revision(.value(slug), .value(revision.number)).with(submit ? RevisionNotice.submitted : .saved))
    }

    @Sendable func editGuide(req: Request) async throws -> Response {
        let who = try await req.require(.editor)
        let (store, guide) = try await found(req)
        guard let newest = try await store.newest(of: guide.id) else { throw Self.notFound }
        return WebController.page(GuideFormPage.view(.init(slug: guide.slug, fields: GuideFormPage.fields(newest.guideContent),
                                                           token: try await req.formToken(.guideForm, who))))
    }

    @Sendable func saveRevision(req: Request) async throws -> Response {
        let who = try await req.require(.editor)
        let (store, guide) = try await found(req)
        let (form, expired) = try await req.postedFormKeepingTyped(.guideForm, who)
        let taxonomy = req.application.catalog.service.index.taxonomy
        let (content, found) = GuideForm.read({ form[$0] }, knownTerm: { taxonomy.term($0) != nil })
        var problems = found
        if expired { problems.insert(GuideProblem("title", FormMessages.expired), at: 0) }
        let newest = try await store.newest(of: guide.id)
        let submit = form.text("action") == GuideFormPage.submitAction
        // The same text again: sending it for review is fine (once); saving it as a new revision is not.
        if problems.isEmpty, let newest, newest.guideContent == content {
            if submit, newest.status == .draft || newest.status == .returned {
                return try await submitRevision(req, who, guide, newest)
            }
            problems.append(GuideProblem("body", "Nothing changed since revision \(newest.number) (\(newest.status.label.lowercased()))."))
        }
        guard problems.isEmpty else { return try await formAgain(req, who, slug: guide.slug, form, problems) }
        let revision = try await EditorialWorkflow(place: req.workplace).revise(guide, content, submit: submit, by: who.user)
        return Redirect.to(SiteURL.revision(.value(guide.slug), .value(revision.number)).with(submit ? RevisionNotice.submitted : .saved))
    }

    private func formAgain(_ req: Request, _ who: SignedIn, slug: String?, _ form: FormInput, _ problems: [GuideProblem]) async throws -> Response {
        var errors = FormErrors()
        for p in problems { errors.add(p.field, p.message) }
        var fields: [String: String] = [:]
        for name in ["slug", "title", "summary", "body", "author", "need", "terms", "citations", "review_months"] { fields[name] = form[name] }
        let model = GuideFormPage.Model(slug: slug, fields: fields, errors: errors, token: try await req.formToken(.guideForm, who))
        return WebController.page(GuideFormPage.view(model), status: .unprocessableEntity)
    }

    // MARK: Review

    @Sendable func revision(req: Request) async throws -> Response {
        let who = try await req.require(.editor)
        let (store, guide) = try await found(req)
        let revision = try await foundRevision(req, store, guide)
        return WebController.page(RevisionPage.view(try await revisionModel(req, who, store, guide, revision, notice: req.notice(RevisionNotice.self)?.text)))
    }

    private func revisionModel(_ req: Request, _ who: SignedIn, _ store: GuideStore, _ guide: GuideRow, _ revision: RevisionRow,
                               notice: String? = nil) async throws -> RevisionPage.Model {
        let all = try await store.revisions(of: guide.id)
        let content = revision.guideContent
        let previous = all.first { $0.number < revision.number }
        let publicRevision = all.first { $0.id == guide.publicRevisionId }
        let isNewest = all.first?.id == revision.id
        let status = revision.status
        let blocked = status == .inReview && who.role.includes(.medicalReviewer) ? EditorialWorkflow.cannotDecide(who.user, revision) : nil
        return RevisionPage.Model(
            slug: guide.slug, revision: revision, content: content, isPublic: guide.publicRevisionId == revision.id,
            changesFromPrevious: previous.map { ($0.number, LineDiff.diff($0.guideContent.comparableLines, content.comparableLines)) },
            changesFromPublic: publicRevision.flatMap { p in
                p.id == revision.id || p.id == previous?.id ? nil : (p.number, LineDiff.diff(p.guideContent.comparableLines, content.comparableLines))
            },
            canSubmit: isNewest && (status == .draft || status == .returned),
            canDecide: status == .inReview && blocked == nil && who.role.canApproveGuides,
            decideBlocked: blocked, token: try await req.formToken(.guideReview, who), notice: notice)
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let who = try await req.require(.editor)
        _ = try await req.postedForm(.guideReview, who)
        let (store, guide) = try await found(req)
        let revision = try await foundRevision(req, store, guide)
        let newest = try await store.newest(of: guide.id)
        guard newest?.id == revision.id, revision.status == .draft || revision.status == .returned else {
            var m = try await revisionModel(req, who, store, guide, revision)
            m.notice = "Only the newest revision, as a draft or returned, can be sent for review. Nothing was changed."
            return WebController.page(RevisionPage.view(m), status: .conflict)
        }
        return try await submitRevision(req, who, guide, revision)
    }

    private func submitRevision(_ req: Request, _ who: SignedIn, _ guide: GuideRow, _ revision: RevisionRow) async throws -> Response {
        let link = req.application.havenSettings.publicURL + SiteURL.revision(.value(guide.slug), .value(revision.number)).path
        try await EditorialWorkflow(place: req.workplace).submit(guide, revision, by: who.user, reviewLink: link)
        return Redirect.to(SiteURL.revision(.value(guide.slug), .value(revision.number)).with(RevisionNotice.submitted))
    }

    @Sendable func decide(req: Request) async throws -> Response {
        let who = try await req.require(.medicalReviewer)
        let (form, expired) = try await req.postedFormKeepingTyped(.guideReview, who)
        let (store, guide) = try await found(req)
        let revision = try await foundRevision(req, store, guide)
        guard revision.status == .inReview else {
            var m = try await revisionModel(req, who, store, guide, revision)
            m.notice = "This revision is no longer in review (\(revision.status.label.lowercased())), perhaps decided by another reviewer or replaced by a newer one. Nothing was changed."
            return WebController.page(RevisionPage.view(m), status: .conflict)
        }
        if let why = EditorialWorkflow.cannotDecide(who.user, revision) { throw HavenError(.forbidden, "Not allowed", why) }
        let decision = ReviewDecision(rawValue: form.text("decision")), note = form.text("note")
        var errors = FormErrors()
        if expired { errors.add("note", FormMessages.expired) }
        if decision == nil { errors.add("note", "Choose approve or return.") }
        if decision == .return && note.isEmpty { errors.add("note", "Say what to change: the editor reads your note.") }
        if note.count > 2000 { errors.add("note", "Keep the note under 2,000 characters.") }
        guard errors.isEmpty, let decision else {
            var m = try await revisionModel(req, who, store, guide, revision)
            m.errors = errors
            m.note = form["note"]
            return WebController.page(RevisionPage.view(m), status: .unprocessableEntity)
        }
        try await EditorialWorkflow(place: req.workplace).decide(guide, revision, decision, note: note, by: who.user)
        req.application.guideShelf.invalidate()
        return Redirect.to(SiteURL.revision(.value(guide.slug), .value(revision.number)).with(decision == .approve ? RevisionNotice.approved : .returned))
    }

    @Sendable func confirm(req: Request) async throws -> Response {
        let who = try await req.require(.medicalReviewer)
        _ = try await req.postedForm(.confirmGuide, who)
        let (store, guide) = try await found(req)
        guard who.role.canApproveGuides, !who.user.credentials.isEmpty else {
            throw HavenError(.forbidden, "Not allowed", "Only a medical reviewer whose credentials an admin recorded confirms a guide.")
        }
        guard let id = guide.publicRevisionId, let current = try await store.revision(id: id), current.status == .approved else {
            throw HavenError(.conflict, "Nothing to confirm", "The public text of this guide has not been approved yet: review its newest revision instead.")
        }
        try await EditorialWorkflow(place: req.workplace).confirm(guide, current, by: who.user)
        req.application.guideShelf.invalidate()
        return Redirect.to(SiteURL.editorialGuide(.value(guide.slug)).with(GuideConfirmedNotice.confirmed))
    }

    // MARK: Helpers

    private static let notFound = HavenError(.notFound, "Guide not found", "There is no such guide or revision.")

    private func found(_ req: Request) async throws -> (GuideStore, GuideRow) {
        let store = try GuideStore(req.db)
        guard let slug = req.parameters.get("slug"), GuideSlug.isValid(slug), let guide = try await store.guide(slug: slug) else { throw Self.notFound }
        return (store, guide)
    }

    private func foundRevision(_ req: Request, _ store: GuideStore, _ guide: GuideRow) async throws -> RevisionRow {
        guard let n = req.parameters.get("number").flatMap(Int.init), let r = try await store.revision(of: guide.id, number: n) else { throw Self.notFound }
        return r
    }

    private func standing(_ guide: GuideRow, _ revisions: [RevisionRow]) -> GuideStanding {
        let publicRevision = revisions.first { $0.id == guide.publicRevisionId }
        return GuideStanding.of(newest: revisions.first?.status ?? .draft,
                                publicRevisionApproved: publicRevision.map { $0.status == .approved },
                                reviewDue: guide.reviewDueAt, now: Date())
    }
}
