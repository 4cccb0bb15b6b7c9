import Foundation
import HavenCore
import HavenHTML

/// The editors' list of guides: where each stands, what waits for medical review, which reviews are due.
enum EditorialPage {
    struct Row {
        let slug: String
        let title: String
        let standing: GuideStanding
        let newest: RevisionRow
        let reviewDue: Date?
    }

    static func view(_ rows: [Row], who: SignedIn, notice: String?) -> Node {
        Layout.page(.init(title: "Editorial", description: "Guides, their revisions and medical review.")) {
            h1 { "Guides: editorial" }
            if let notice { p(.class("notice"), .role("status")) { text(notice) } }
            p {
                "Editors write and revise; a medical reviewer approves each revision before the public sees it. "
                who.role.canApproveGuides ? "You can approve revisions that someone else wrote." : "You can write and send revisions for review."
            }
            p { a(.class("button-link"), .href(SiteURL.newGuide.url)) { "Write a new guide" } }
            let waiting = rows.filter { $0.newest.status == .inReview }
            if !waiting.isEmpty {
                h2 { "Waiting for medical review" }
                ul {
                    for r in waiting {
                        li { a(.href(SiteURL.revision(.value(r.slug), .value(r.newest.number)).url)) { text("\(r.title), revision \(r.newest.number)") } }
                    }
                }
            }
            h2 { "All guides" }
            if rows.isEmpty { p { "No guides yet. Write one, or load the project's with `haven import guides guides`." } } else {
                ul(.class("rows")) {
                    for r in rows {
                        li {
                            p { a(.href(SiteURL.editorialGuide(.value(r.slug)).url)) { strong { text(r.title) } } }
                            p { text("\(r.standing.label). Newest: revision \(r.newest.number), \(r.newest.status.label.lowercased()).") }
                            if let due = r.reviewDue { p(.class("hint")) { text("Review due \(Format.day(due))") } }
                        }
                    }
                }
            }
        }
    }
}

/// Writing a guide or a new revision of one.
enum GuideFormPage {
    /// The button value that saves and sends the revision for review (any other saves a draft).
    static let submitAction = "submit"

    struct Model {
        /// nil for a new guide (the form asks for its address).
        let slug: String?
        var fields: [String: String]
        var errors = FormErrors()
        let token: String
    }

    static func fields(_ c: GuideContent) -> [String: String] {
        ["title": c.title, "summary": c.summary, "body": c.body, "author": c.author, "need": c.need,
         "terms": c.terms.joined(separator: ", "), "citations": c.citations.map(\.line).joined(separator: "\n"),
         "review_months": String(c.reviewMonths)]
    }

    static func view(_ m: Model) -> Node {
        let title = m.slug == nil ? "Write a new guide" : "Revise the guide"
        let action = m.slug.map { SiteURL.editGuide(.value($0)).url } ?? SiteURL.newGuide.url
        return Layout.page(.init(title: title, description: "A guide's text, sources and search terms.")) {
            h1 { text(title) }
            p { "Each save is a new revision, kept with its changes. The public sees a revision only after a medical reviewer approves it." }
            FormParts.errorSummary(m.errors)
            form(.method("post"), .action(action), .novalidate) {
                FormParts.token(m.token)
                if m.slug == nil {
                    FormParts.field("slug", "Address", value: m.fields["slug"] ?? "", hint: "The guide's address: /guides/ followed by this. Lower-case letters, digits and hyphens; it cannot change later. Left empty, it is made from the title.",
                                    errors: m.errors, required: false, maxLength: 80)
                }
                FormParts.field("title", "Title", value: m.fields["title"] ?? "", errors: m.errors, maxLength: GuideContent.titleLimit)
                FormParts.textArea("summary", "Summary", value: m.fields["summary"] ?? "", hint: "One or two sentences: shown under the title and in lists.",
                                   errors: m.errors, required: true, maxLength: GuideContent.summaryLimit, rows: 3)
                FormParts.field("author", "Author", value: m.fields["author"] ?? "", errors: m.errors, maxLength: GuideContent.authorLimit)
                FormParts.textArea("body", "Text (Markdown)", value: m.fields["body"] ?? "",
                                   hint: "## for sections, - for lists, [1] to cite the first source. HTML is shown as text. A timeline: a block starting ```timeline, one stage per line as When | What happens, ending ```.",
                                   errors: m.errors, required: true, maxLength: GuideContent.bodyLimit, rows: 24)
                FormParts.textArea("citations", "Sources", value: m.fields["citations"] ?? "",
                                   hint: "One per line: Title | Publisher | Year | https://address. Numbered in this order.",
                                   errors: m.errors, required: true, maxLength: 30_000, rows: 8)
                FormParts.field("need", "Search words (optional)", value: m.fields["need"] ?? "",
                                hint: "What a person would type for this subject, like ketamine: a search for them links to this guide.",
                                errors: m.errors, required: false, maxLength: GuideContent.needLimit)
                FormParts.field("terms", "Related terms (optional)", value: m.fields["terms"] ?? "",
                                hint: "Haven term slugs, separated by commas (detox, individual-therapy): the guide's search opens with them, and results and facilities with them link here.",
                                errors: m.errors, required: false, maxLength: 600)
                FormParts.field("review_months", "Review every (months)", type: "number", value: m.fields["review_months"] ?? "12", errors: m.errors, maxLength: 2)
                div(.class("actions")) {
                    button(.type("submit"), .name("action"), .value("save"), .class("secondary")) { "Save draft" }
                    " "
                    button(.type("submit"), .name("action"), .value(GuideFormPage.submitAction)) { "Save and send for medical review" }
                }
            }
        }
    }
}

/// One guide's revisions, and what can be done with them.
enum GuideOverviewPage {
    struct Model {
        let slug: String
        let title: String
        let standing: GuideStanding
        let revisions: [RevisionRow]
        let publicRevision: UUID?
        let guide: GuideRow
        let canConfirm: Bool
        let token: String
        var notice: String?
    }

    static func view(_ m: Model) -> Node {
        Layout.page(.init(title: "Guide: \(m.title)", description: "A guide's revisions and review.")) {
            p(.class("breadcrumb")) { a(.href(SiteURL.editorial.url)) { "Editorial" } }
            h1 { text(m.title) }
            if let notice = m.notice { p(.class("notice"), .role("status")) { text(notice) } }
            dl(.class("byline")) {
                dt { "Status" }; dd { text(m.standing.label) }
                if let r = m.guide.lastReviewedAt { dt { "Last reviewed" }; dd { text("\(Format.day(r)) by \(m.guide.reviewedBy)") } }
                if let due = m.guide.reviewDueAt { dt { "Next review due" }; dd { text(Format.day(due)) } }
            }
            p {
                a(.href(SiteURL.editGuide(.value(m.slug)).url)) { "Write a new revision" }
                if m.publicRevision != nil { " · "; a(.href(SiteURL.guide(.value(m.slug)).url)) { "The public page" } }
            }
            if m.canConfirm {
                form(.method("post"), .action(SiteURL.confirmGuide(.value(m.slug)).url), .novalidate) {
                    FormParts.token(m.token)
                    p { "Read the public text again and found it still accurate? Confirming sets a new review date without changing the text." }
                    button(.type("submit"), .class("secondary")) { "Confirm it is still accurate" }
                }
            }
            h2 { "Revisions" }
            p(.class("hint")) { "Newest first." }
            ul(.class("rows")) {
                for r in m.revisions {
                    li {
                        p {
                            a(.href(SiteURL.revision(.value(m.slug), .value(r.number)).url)) { strong { text("Revision \(r.number)") } }
                            if r.id == m.publicRevision { " (the public reads this one)" }
                        }
                        p { text(r.status.label) }
                        p(.class("hint")) {
                            text("Saved \(Format.dayAndTime(r.createdAt)) by \(r.authorEmail)")
                            if !r.reviewerName.isEmpty { text("; reviewed by \(r.reviewerName), \(r.reviewerCredentials)") }
                        }
                    }
                }
            }
        }
    }
}

/// A revision: its text as the public would see it, what changed, and the reviewer's or editor's next step.
enum RevisionPage {
    struct Model {
        let slug: String
        let revision: RevisionRow
        let content: GuideContent
        let isPublic: Bool
        /// Changes against the revision before it, and against the public one (when that is another).
        let changesFromPrevious: (number: Int, lines: [LineDiff.Line])?
        let changesFromPublic: (number: Int, lines: [LineDiff.Line])?
        let canSubmit: Bool
        let canDecide: Bool
        /// Why this person cannot decide, when they are a reviewer who cannot (they wrote it; no credentials).
        let decideBlocked: String?
        let token: String
        var errors = FormErrors()
        var note = ""
        var notice: String?
    }

    static func view(_ m: Model) -> Node {
        let r = m.revision
        return Layout.page(.init(title: "\(m.content.title), revision \(r.number)", description: "A revision of a guide.")) {
            p(.class("breadcrumb")) {
                a(.href(SiteURL.editorial.url)) { "Editorial" }
                " / "
                a(.href(SiteURL.editorialGuide(.value(m.slug)).url)) { text(m.content.title) }
            }
            h1 { text("Revision \(r.number)") }
            if let notice = m.notice { p(.class("notice"), .role("status")) { text(notice) } }
            dl(.class("byline")) {
                dt { "Status" }; dd { text(r.status.label + (m.isPublic ? " (the public reads this revision)" : "")) }
                dt { "Saved" }; dd { text("\(Format.dayAndTime(r.createdAt)) by \(r.authorEmail)") }
                if let s = r.submittedAt { dt { "Sent for review" }; dd { text(Format.dayAndTime(s)) } }
                if let d = r.reviewedAt { dt { r.status == .returned ? "Returned" : "Reviewed" }; dd { text("\(Format.dayAndTime(d)) by \(r.reviewerName), \(r.reviewerCredentials)") } }
                if !r.reviewNote.isEmpty { dt { "Reviewer's note" }; dd { text(r.reviewNote) } }
            }
            if m.canSubmit {
                form(.method("post"), .action(SiteURL.submitRevision(.value(m.slug), .value(r.number)).url), .novalidate) {
                    FormParts.token(m.token)
                    button(.type("submit")) { "Send for medical review" }
                }
            }
            if let why = m.decideBlocked { p(.class("note")) { text(why) } }
            if m.canDecide {
                section(.class("decision"), .ariaLabelledBy("decide-title")) {
                    h2(.id("decide-title")) { "Your review" }
                    FormParts.errorSummary(m.errors)
                    form(.method("post"), .action(SiteURL.decideRevision(.value(m.slug), .value(r.number)).url), .novalidate) {
                        FormParts.token(m.token)
                        FormParts.textArea("note", "Note to the editor", value: m.note, hint: "Needed when you return it: say what to change.",
                                           errors: m.errors, maxLength: 2000, rows: 4)
                        div(.class("actions")) {
                            button(.type("submit"), .name("decision"), .value(ReviewDecision.approve.rawValue)) { "Approve and publish" }
                            " "
                            button(.type("submit"), .name("decision"), .value(ReviewDecision.return.rawValue), .class("secondary")) { "Return to the editor" }
                        }
                    }
                }
            }
            if let c = m.changesFromPublic { diff("Changes from the public revision (\(c.number))", c.lines, id: "changes-public") }
            if let c = m.changesFromPrevious { diff("Changes from revision \(c.number)", c.lines, id: "changes-previous") }
            section(.class("preview"), .ariaLabelledBy("preview-title")) {
                h2(.id("preview-title")) { "The text as readers will see it" }
                div(.class("guide-preview")) {
                    p(.class("preview-title")) { strong { text(m.content.title) } }
                    p(.class("lead")) { text(m.content.summary) }
                    GuideMarkdown.render(m.content).body
                    GuidePage.sources(m.content.citations)
                }
            }
        }
    }

    /// Added and removed lines with three lines of context around each change; the rest folded.
    static func diff(_ title: String, _ lines: [LineDiff.Line], id: String) -> Node {
        let changed = lines.indices.filter { if case .same = lines[$0] { false } else { true } }
        let shown = Set(changed.flatMap { max(0, $0 - 3)...min(lines.count - 1, $0 + 3) })
        return section(.class("diff"), .ariaLabelledBy(id)) {
            h2(.id(id)) { text(title) }
            if changed.isEmpty { p { "No changes." } } else {
                p(.class("hint")) { "\(changed.count) line\(changed.count == 1 ? "" : "s") changed. Added lines are marked +, removed lines −." }
                pre(.class("diff-lines")) { group(diffNodes(lines, shown: shown)) }
            }
        }
    }

    private static func diffNodes(_ lines: [LineDiff.Line], shown: Set<Int>) -> [Node] {
        var out: [Node] = [], last = -1
        for i in lines.indices where shown.contains(i) {
            if last >= 0 && i > last + 1 { out.append(span(.class("fold")) { "…\n" }) }
            switch lines[i] {
            case .same(let s): out.append(span { text("  " + s + "\n") })
            case .added(let s): out.append(element("ins", []) { text("+ " + s + "\n") })
            case .removed(let s): out.append(element("del", []) { text("− " + s + "\n") })
            }
            last = i
        }
        return out
    }
}
