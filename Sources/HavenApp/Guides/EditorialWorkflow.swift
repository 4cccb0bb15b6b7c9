import Fluent
import Foundation
import HavenCore

/// What a medical reviewer decides about a revision in review.
enum ReviewDecision: String, Sendable, CaseIterable {
    case approve
    case `return`
}

/// Writing and reviewing guides: each step writes its revision, its audit entry and its mail in one transaction.
struct EditorialWorkflow: Sendable {
    let place: Workplace

    /// A new guide at `slug` with its first revision (a draft, or sent for review).
    func create(slug: String, _ content: GuideContent, submit: Bool, by editor: UserRow) async throws -> RevisionRow {
        try await place.run { work in
            let store = try GuideStore(work.db)
            let guide = try await store.create(slug: slug, now: work.now)
            let revision = try await store.addRevision(guide.id, content, status: submit ? .inReview : .draft, author: (editor.id, editor.email))
            try await work.audit(.guideCreated, by: editor, subject: "guide \(slug)", detail: "revision 1" + (submit ? ", sent for medical review" : ""))
            return revision
        }
    }

    /// A new revision of `guide` (a draft, or sent for review: then the reviewers are told at `reviewLink`).
    func revise(_ guide: GuideRow, _ content: GuideContent, submit: Bool, by editor: UserRow) async throws -> RevisionRow {
        try await place.run { work in
            let revision = try await GuideStore(work.db).addRevision(guide.id, content, status: submit ? .inReview : .draft, author: (editor.id, editor.email))
            try await work.audit(.guideRevised, by: editor, subject: "guide \(guide.slug)",
                                 detail: "revision \(revision.number)" + (submit ? ", sent for medical review" : ""))
            return revision
        }
    }

    /// Sends a draft (or returned) revision for review; every medical reviewer but its sender is told.
    func submit(_ guide: GuideRow, _ revision: RevisionRow, by editor: UserRow, reviewLink: String) async throws {
        try await place.run { work in
            try await GuideStore(work.db).submit(revision.id, now: work.now)
            try await work.audit(.guideSubmitted, by: editor, subject: "guide \(guide.slug)", detail: "revision \(revision.number)")
            for reviewer in try await AccountStore(work.db).users(role: .medicalReviewer) where reviewer.id != editor.id {
                try await work.mail(AccountMail.guideAwaitsReview(to: reviewer, title: revision.guideContent.title, link: reviewLink))
            }
        }
    }

    /// Why `reviewer` may not approve or return `revision`; nil when they may.
    static func cannotDecide(_ reviewer: UserRow, _ revision: RevisionRow) -> String? {
        if !reviewer.role.canApproveGuides { return "Only a medical reviewer approves guides." }
        if revision.authorId == reviewer.id { return "You wrote this revision: another medical reviewer approves it." }
        if reviewer.credentials.isEmpty { return "An admin has not recorded your credentials yet: they are shown with your name on every guide you approve." }
        return nil
    }

    func decide(_ guide: GuideRow, _ revision: RevisionRow, _ decision: ReviewDecision, note: String, by reviewer: UserRow) async throws {
        let name = ReviewerName(id: reviewer.id, name: reviewer.name, credentials: reviewer.credentials)
        try await place.run { work in
            let store = try GuideStore(work.db)
            switch decision {
            case .approve: try await store.approve(revision, by: name, note: note, now: work.now)
            case .return: try await store.returnToEditor(revision.id, by: name, note: note, now: work.now)
            }
            try await work.audit(decision == .approve ? .guideApproved : .guideReturned, by: reviewer, subject: "guide \(guide.slug)",
                                 detail: "revision \(revision.number)" + (note.isEmpty ? "" : "; note: \(note)"))
        }
    }

    /// A reviewer confirms the public text is still right: its next review date moves on.
    func confirm(_ guide: GuideRow, _ current: RevisionRow, by reviewer: UserRow) async throws {
        try await place.run { work in
            try await GuideStore(work.db).confirmCurrent(guide, months: current.guideContent.reviewMonths,
                                                         by: ReviewerName(id: reviewer.id, name: reviewer.name, credentials: reviewer.credentials), now: work.now)
            try await work.audit(.guideConfirmed, by: reviewer, subject: "guide \(guide.slug)", detail: "revision \(current.number)")
        }
    }
}
