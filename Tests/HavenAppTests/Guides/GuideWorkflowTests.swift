import Foundation
@testable import HavenApp
import HavenCore
import Testing
import VaporTesting

/// An editor drafts a guide, a medical reviewer approves it, the public reads it with reviewer, dates, sources and
/// JSON-LD; a later edit stays unseen until approved; only a credentialed reviewer who did not write it approves.
@Suite struct GuideWorkflowTests {
    static let citations = "Ketamine use: a review | Addiction | 2012 | https://doi.org/10.1111/j.1360-0443.2011.03576.x\nKetamine | DEA | 2020 | https://www.dea.gov/factsheets/ketamine"

    static func fields(title: String = "Stopping ketamine", body: String) -> [(String, String)] {
        [("slug", "stopping-ketamine"), ("title", title), ("summary", "What to expect."), ("author", "Eddie Editor"),
         ("body", body), ("citations", citations), ("need", "ketamine"), ("terms", "detox, individual-therapy"),
         ("review_months", "12")]
    }

    /// An editor, a reviewer with credentials and a second reviewer without.
    static func staff(_ app: Application) async throws -> (editor: TestBrowser, reviewer: TestBrowser) {
        let editor = try await TestAccounts.signedIn(app, role: "editor", email: "eddie@haven.example", name: "Eddie Editor")
        let reviewer = try await TestAccounts.signedIn(app, role: "medical_reviewer", email: "rita@haven.example", name: "Rita Reyes")
        try await app.db.withSQL { try await $0.update("users").set("credentials", to: "MD").where("email", .equal, "rita@haven.example").run() }
        return (editor, reviewer)
    }

    @Test func anEditorDraftsAReviewerApprovesAndThePublicReadsOnlyApprovedText() async throws {
        try await withHaven(AccountTests.fast) { app in
            var (editor, reviewer) = try await Self.staff(app)
            var visitor = TestBrowser(app)
            // A draft, then sent for review: the public sees nothing yet.
            var page = try await editor.submit("/editorial/new", Self.fields(body: "## What it is\n\nCravings are common [1].\n\n## When to get help\n\nCall 911 [2].") + [("action", "save")])
            #expect(page.status == .seeOther && page.location == "/editorial/guides/stopping-ketamine/revisions/1?done=saved", "\(page.status) \(page.body.prefix(500))")
            #expect(try await visitor.get("/guides/stopping-ketamine").status == .notFound)
            page = try await editor.get(page.location!)
            #expect(page.body.contains("Saved as a draft") && page.body.contains("Send for medical review"))
            page = try await editor.post("/editorial/guides/stopping-ketamine/revisions/1/submit", [], from: page)
            #expect(page.location == "/editorial/guides/stopping-ketamine/revisions/1?done=submitted")
            #expect(try await visitor.get("/guides/stopping-ketamine").status == .notFound)
            // The reviewer is told by mail (a link, no text of the guide) and approves.
            let mail = try #require(try await Outbox.recent(on: app.db.sql).first { $0.kind == .guideReview })
            #expect(mail.recipient == "rita@haven.example" && mail.body.contains("/editorial/guides/stopping-ketamine/revisions/1") && !mail.body.contains("Cravings"))
            // An editor cannot approve, by any form.
            let review = try await reviewer.get("/editorial/guides/stopping-ketamine/revisions/1")
            #expect(review.body.contains("Approve and publish"))
            #expect(try await editor.post("/editorial/guides/stopping-ketamine/revisions/1/decide", [("decision", "approve")], from: review).status == .forbidden)
            page = try await reviewer.post("/editorial/guides/stopping-ketamine/revisions/1/decide", [("decision", "approve"), ("note", "")], from: review)
            #expect(page.location == "/editorial/guides/stopping-ketamine/revisions/1?done=approved")

            // The public page: reviewer, dates, sources, contents, JSON-LD, and a search from the needs table.
            let guide = try await visitor.get("/guides/stopping-ketamine")
            #expect(guide.status == .ok)
            let today = Format.day(Date())
            for s in ["<h1 id=\"guide-title\">Stopping ketamine</h1>", "Medically reviewed by</dt><dd>Rita Reyes, MD</dd>",
                      "Last reviewed</dt><dd>\(today)</dd>", "Written by</dt><dd>Eddie Editor</dd>", "First published</dt><dd>\(today)</dd>",
                      "Next review due</dt>", "<li id=\"source-1\"><a href=\"https://doi.org/10.1111/j.1360-0443.2011.03576.x\">Ketamine use: a review</a>. Addiction, 2012.</li>",
                      "<a class=\"cite\" href=\"#source-1\" aria-label=\"source 1\">[1]</a>", "<a href=\"#section-what-it-is\">What it is</a>",
                      "<h2 id=\"section-what-it-is\">What it is</h2>", "information, not medical advice",
                      "<input type=\"hidden\" name=\"q\" value=\"ketamine\">", "<input type=\"hidden\" name=\"care_type\" value=\"detox\">",
                      "<input type=\"hidden\" name=\"therapy\" value=\"individual-therapy\">", "In crisis?"] {
                #expect(guide.body.contains(s), "\(s)")
            }
            #expect(!guide.body.contains("Awaiting medical review"))
            let ld = try Self.jsonLD(guide.body)
            #expect(ld["@type"] as? String == "MedicalWebPage" && ld["lastReviewed"] as? String == GuidePageModel.day(Date()))
            #expect((ld["reviewedBy"] as? [String: Any])?["name"] as? String == "Rita Reyes")
            #expect((ld["reviewedBy"] as? [String: Any])?["honorificSuffix"] as? String == "MD")
            #expect((ld["citation"] as? [[String: Any]])?.count == 2 && ld["url"] as? String == "http://127.0.0.1:8080/guides/stopping-ketamine")
            #expect(try await visitor.get("/guides").body.contains("href=\"/guides/stopping-ketamine\">Stopping ketamine</a>"))

            // An edit is a new revision, in review, unseen by the public until approved.
            page = try await editor.submit("/editorial/guides/stopping-ketamine/edit",
                                           Self.fields(title: "Stopping ketamine safely", body: "## What it is\n\nCravings are common and pass [1].\n\n## When to get help\n\nCall 911 [2].") + [("action", "submit")])
            #expect(page.location == "/editorial/guides/stopping-ketamine/revisions/2?done=submitted")
            var publicPage = try await visitor.get("/guides/stopping-ketamine")
            #expect(publicPage.body.contains("Stopping ketamine</h1>") && !publicPage.body.contains("and pass"))
            // The reviewer sees what changed against the public text.
            let second = try await reviewer.get("/editorial/guides/stopping-ketamine/revisions/2")
            #expect(second.body.contains("Changes from revision 1") && second.body.contains("<del>− Cravings are common [1].\n</del>")
                    && second.body.contains("<ins>+ Cravings are common and pass [1].\n</ins>") && second.body.contains("<ins>+ Title: Stopping ketamine safely\n</ins>"))
            page = try await reviewer.post("/editorial/guides/stopping-ketamine/revisions/2/decide", [("decision", "return"), ("note", "")], from: second)
            #expect(page.status == .unprocessableEntity && page.body.contains("Say what to change"))
            page = try await reviewer.post("/editorial/guides/stopping-ketamine/revisions/2/decide", [("decision", "approve")], from: second)
            #expect(page.location?.hasSuffix("done=approved") == true)
            publicPage = try await visitor.get("/guides/stopping-ketamine")
            #expect(publicPage.body.contains("Stopping ketamine safely</h1>") && publicPage.body.contains("and pass"))
            // Deciding it twice is told, not applied; the history keeps both revisions, with who did what.
            page = try await reviewer.post("/editorial/guides/stopping-ketamine/revisions/2/decide", [("decision", "return"), ("note", "late")], from: second)
            #expect(page.status == .conflict && page.body.contains("no longer in review"))
            let overview = try await editor.get("/editorial/guides/stopping-ketamine")
            #expect(overview.body.contains("Revision 2</strong></a> (the public reads this one)") && overview.body.contains("Revision 1</strong></a></p>") && overview.body.contains("Rita Reyes, MD"))
            var ada = try await TestAccounts.signedIn(app, role: "admin", email: "ada@haven.example")
            let audit = try await ada.get("/moderation/audit")
            for action in ["Created a guide", "Sent a guide for medical review", "Approved a guide revision", "Revised a guide"] { #expect(audit.body.contains(action), "\(action)") }
        }
    }

    @Test func onlyACredentialedReviewerWhoDidNotWriteItApproves() async throws {
        try await withHaven(AccountTests.fast) { app in
            var (_, rita) = try await Self.staff(app)
            // Rita writes and submits: she cannot approve her own text.
            var page = try await rita.submit("/editorial/new", Self.fields(body: "Text [1] [2].") + [("action", "submit")])
            #expect(page.location == "/editorial/guides/stopping-ketamine/revisions/1?done=submitted")
            page = try await rita.get("/editorial/guides/stopping-ketamine/revisions/1")
            #expect(page.body.contains("You wrote this revision") && !page.body.contains("Approve and publish"))
            #expect(try await rita.post("/editorial/guides/stopping-ketamine/revisions/1/decide", [("decision", "approve")], from: page).status == .forbidden)
            // A reviewer with no credentials recorded cannot either; nor an admin; nor a provider, who cannot even read it.
            var sam = try await TestAccounts.signedIn(app, role: "medical_reviewer", email: "sam@haven.example", name: "Sam")
            page = try await sam.get("/editorial/guides/stopping-ketamine/revisions/1")
            #expect(page.body.contains("has not recorded your credentials"))
            #expect(try await sam.post("/editorial/guides/stopping-ketamine/revisions/1/decide", [("decision", "approve")], from: page).status == .forbidden)
            var admin = try await TestAccounts.signedIn(app, role: "admin", email: "ada@haven.example")
            page = try await admin.get("/editorial/guides/stopping-ketamine/revisions/1")
            #expect(try await admin.post("/editorial/guides/stopping-ketamine/revisions/1/decide", [("decision", "approve")], from: page).status == .forbidden)
            var provider = TestBrowser(app)
            try await TestAccounts.register(&provider, name: "Pat", email: "pat@clinic.example")
            #expect(try await provider.get("/editorial").status == .forbidden)
            #expect(try await provider.get("/editorial/guides/stopping-ketamine/revisions/1").status == .forbidden)
            // The admin records Sam's credentials; Sam approves.
            let accounts = try await admin.get("/admin/accounts")
            let samID = try #require(try await AccountStore(app.db).user(email: .init("sam@haven.example")!)).id.uuidString.lowercased()
            page = try await admin.post("/admin/accounts/\(samID)/credentials", [("credentials", "PharmD")], from: accounts)
            #expect(page.location == "/admin/accounts?done=credentials")
            page = try await sam.get("/editorial/guides/stopping-ketamine/revisions/1")
            page = try await sam.post("/editorial/guides/stopping-ketamine/revisions/1/decide", [("decision", "approve")], from: page)
            #expect(page.location?.hasSuffix("done=approved") == true)
            var visitor = TestBrowser(app)
            #expect(try await visitor.get("/guides/stopping-ketamine").body.contains("Sam, PharmD"))
        }
    }

    @Test func markupInAGuideIsText() async throws {
        try await withHaven(AccountTests.fast) { app in
            var (editor, reviewer) = try await Self.staff(app)
            let body = "## Hi <script>alert(1)</script>\n\n<script>alert(2)</script>\n\n<img src=x onerror=alert(3)>\n\n[click](javascript:alert(4)) [1] [2]\n\n<iframe src=\"https://evil.example\"></iframe>"
            var fields = Self.fields(title: "<b>Bold</b> \"onmouseover=alert(5)", body: body)
            fields[2] = ("summary", "</title><script>alert(6)</script>")
            var page = try await editor.submit("/editorial/new", fields + [("action", "submit")])
            #expect(page.status == .seeOther, "\(page.body.prefix(400))")
            page = try await reviewer.get("/editorial/guides/stopping-ketamine/revisions/1")
            _ = try await reviewer.post("/editorial/guides/stopping-ketamine/revisions/1/decide", [("decision", "approve")], from: page)
            var visitor = TestBrowser(app)
            for path in ["/guides/stopping-ketamine", "/editorial/guides/stopping-ketamine/revisions/1", "/guides"] {
                let html = path.hasPrefix("/editorial") ? try await reviewer.get(path).body : try await visitor.get(path).body
                for bad in ["<script>alert", "<img", "<iframe", "href=\"javascript", "<b>Bold", " \"onmouseover"] { #expect(!html.contains(bad), "\(path): \(bad)") }
                if path != "/guides" { #expect(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"), "\(path) shows the markup as text") }
            }
            // The JSON-LD holds the title as data that cannot close its script.
            let guide = try await visitor.get("/guides/stopping-ketamine").body
            #expect(guide.contains(#"\u003c/title\u003e\u003cscript\u003ealert(6)"#))
        }
    }

    /// The page's JSON-LD, parsed.
    static func jsonLD(_ html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(html[start.upperBound...].range(of: "</script>"))
        return try #require(try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
    }
}
