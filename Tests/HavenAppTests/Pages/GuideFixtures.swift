import Foundation
@testable import HavenApp
import HavenCore
import HavenHTML

/// Fixed models for the guide and editorial pages: `text` (an attack, in the escaping test) in every field an
/// editor types, or plain values for the snapshots.
enum GuideFixtures {
    static let date = PageFixtures.date
    static let id = PageFixtures.id

    static func content(_ text: String?) -> GuideContent {
        let t = text ?? ""
        return GuideContent(
            title: text ?? "Ketamine withdrawal: what to expect", summary: text ?? "What stopping can feel like.",
            body: "Cravings are common [1]. \(t)\n\n## What it feels like\n\n- anxiety \(t)\n- poor sleep\n\n## How long it lasts\n\n```timeline\nWithin about 72 hours | First symptoms \(t)\n\(text ?? "Days 2-4") | The hardest days\n```\n\n[A link](\(text ?? "https://nida.nih.gov/")) and [1].",
            author: text ?? "Haven editorial team", need: text ?? "ketamine", terms: ["detox", "individual-therapy"],
            citations: [Citation(title: text ?? "Ketamine use: a review", publisher: text ?? "Addiction", year: 2012,
                                 url: text.map { _ in "javascript:alert(1)" } ?? "https://doi.org/10.1111/j.1360-0443.2011.03576.x")])
    }

    static func guide(_ text: String?, reviewed: Bool) -> GuideRow {
        GuideRow(id: id, slug: "ketamine-withdrawal", publicRevisionId: id,
                 lastReviewedAt: reviewed ? date : nil, reviewedBy: reviewed ? (text ?? "Rita Reyes") : "",
                 reviewerCredentials: reviewed ? (text ?? "MD") : "", reviewDueAt: reviewed ? date.addingTimeInterval(365 * 86_400) : nil,
                 publishedAt: date, createdAt: date, updatedAt: date)
    }

    static func revision(_ text: String?, number: Int = 1, status: RevisionStatus, content: GuideContent) -> RevisionRow {
        // Revision 1 is the public one (its id is the guide's public revision).
        RevisionRow(id: number == 1 ? id : UUID(uuidString: "3f2c5e1a-0000-8000-8000-00000000000\(number)")!, guideId: id, number: number, status: status, content: RevisionRow.encode(content), authorId: nil,
                    authorEmail: text ?? "eddie@haven.example", createdAt: date, submittedAt: date,
                    reviewerName: status == .inReview ? "" : (text ?? "Rita Reyes"), reviewerCredentials: status == .inReview ? "" : (text ?? "MD"),
                    reviewedAt: status == .inReview ? nil : date, reviewNote: text ?? "")
    }

    static func entry(_ text: String?, reviewed: Bool) -> GuideShelf.Entry {
        GuideShelf.Entry(slug: "ketamine-withdrawal", title: text ?? "Ketamine withdrawal: what to expect", summary: text ?? "What stopping can feel like.",
                         terms: ["detox"], reviewed: reviewed, lastReviewed: reviewed ? date : nil)
    }

    static func pages(_ text: String?) -> [(String, Node)] {
        let c = content(text)
        var edited = c
        edited.body += "\n\nA new paragraph \(text ?? "about sleep")."
        let approved = revision(text, status: .approved, content: c)
        let inReview = revision(text, number: 2, status: .inReview, content: edited)
        var form = GuideFormPage.fields(c)
        form["slug"] = text ?? "ketamine-withdrawal"
        var errors = FormErrors()
        for f in ["slug", "title", "body", "citations"] { errors.add(f, text ?? "Enter a value.") }
        return [
            ("guide", GuidePage.view(GuidePageModel(guide: guide(text, reviewed: true), revision: approved, taxonomy: .haven,
                                                    publicBase: "https://haven.example", now: date))),
            ("guide-awaiting-review", GuidePage.view(GuidePageModel(guide: guide(text, reviewed: false), revision: revision(text, status: .inReview, content: c),
                                                                    taxonomy: .haven, publicBase: "https://haven.example", now: date))),
            ("guides", GuidesIndexPage.view([entry(text, reviewed: true), GuideShelf.Entry(slug: "harm-reduction", title: text ?? "Harm reduction",
                                                                                         summary: text ?? "Staying safer.", terms: [], reviewed: false, lastReviewed: nil)])),
            ("editorial", EditorialPage.view([.init(slug: "ketamine-withdrawal", title: text ?? "Ketamine withdrawal", standing: .published,
                                                    newest: inReview, reviewDue: date)],
                                             who: SignedIn(user: PortalFixtures.user(text), sessionID: "s"), notice: text)),
            ("guide-form", GuideFormPage.view(.init(slug: nil, fields: form, errors: errors, token: PortalFixtures.token))),
            ("guide-overview", GuideOverviewPage.view(.init(slug: "ketamine-withdrawal", title: text ?? "Ketamine withdrawal", standing: .published,
                                                            revisions: [inReview, approved], publicRevision: id, guide: guide(text, reviewed: true),
                                                            canConfirm: true, token: PortalFixtures.token, notice: text))),
            ("guide-revision", RevisionPage.view(.init(slug: "ketamine-withdrawal", revision: inReview, content: edited, isPublic: false,
                                                       changesFromPrevious: (1, LineDiff.diff(c.comparableLines, edited.comparableLines)),
                                                       changesFromPublic: nil, canSubmit: false, canDecide: true, decideBlocked: nil,
                                                       token: PortalFixtures.token, errors: errors, note: text ?? "", notice: text))),
        ]
    }
}
