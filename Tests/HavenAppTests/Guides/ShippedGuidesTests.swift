import Foundation
@testable import HavenApp
import HavenCore
import Testing
import VaporTesting

/// The project's six guides, loaded as an operator would: shown honestly as awaiting medical review, linked from
/// searches and facility pages; a bad file stops the import and loses nothing.
@Suite struct ShippedGuidesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../guides").standardized

    static func load(_ app: Application) async throws -> [String] {
        try await GuideImporter(db: app.db, taxonomy: .haven).load(try GuideImporter.read(folder, taxonomy: .haven))
    }

    @Test func theSixGuidesRenderAwaitingReview() async throws {
        try await withSample(AccountTests.fast) { app in
            let report = try await Self.load(app)
            #expect(report.count == 6 && report.allSatisfy { $0.contains("published, marked awaiting medical review") }, "\(report)")
            var visitor = TestBrowser(app)
            let index = try await visitor.get("/guides")
            #expect(index.body.components(separatedBy: "Awaiting medical review").count - 1 == 6)
            for slug in ["ketamine-withdrawal", "treatment-options", "paying-for-treatment", "harm-reduction", "helping-someone-you-love", "clinical-trials"] {
                let page = try await visitor.get("/guides/\(slug)")
                #expect(page.status == .ok, "\(slug)")
                #expect(page.body.contains("Not yet reviewed by a licensed professional") && page.body.contains("id=\"sources\""), "\(slug)")
                #expect(index.body.contains("href=\"/guides/\(slug)\""))
                let ld = try GuideWorkflowTests.jsonLD(page.body)
                #expect(ld["reviewedBy"] == nil && ld["lastReviewed"] == nil, "\(slug): no reviewer is claimed")
            }
            // The ketamine guide's timeline is a list; the trials guide opens ClinicalTrials.gov's search.
            let ketamine = try await visitor.get("/guides/ketamine-withdrawal").body
            #expect(ketamine.contains("<ol class=\"timeline\"><li><strong class=\"when\">Within about 72 hours</strong> "))
            #expect(ketamine.components(separatedBy: "<strong class=\"when\">").count - 1 == 4)
            #expect(ketamine.contains("mostly psychological <a class=\"cite\" href=\"#source-1\" aria-label=\"source 1\">[1]</a><a class=\"cite\" href=\"#source-2\" aria-label=\"source 2\">[2]</a>"),
                    "citations side by side are two links")
            #expect(try await visitor.get("/guides/clinical-trials").body.contains("href=\"https://clinicaltrials.gov/search?cond=Ketamine%20Use%20Disorder\""))
            // A search for ketamine links to the guide; so does a facility with detox.
            let results = try await visitor.get("/search?near=10001&q=ketamine")
            #expect(results.body.contains("href=\"/guides/ketamine-withdrawal\">Ketamine withdrawal: what to expect</a>"))
            #expect(try await visitor.get("/search?near=10001&q=narcan").body.contains("href=\"/guides/harm-reduction\""))
            let detox = try #require(app.catalog.service.index.listings.first { $0.terms.contains("detox") })
            #expect(try await visitor.get("/facilities/\(detox.idString)").body.contains("Guides that may help"))
            // The same files again: nothing new.
            #expect(try await Self.load(app).allSatisfy { $0.contains("unchanged") })
        }
    }

    @Test func aReviewerApprovesAShippedGuideAndAChangedFileWaitsForReview() async throws {
        try await withHaven(AccountTests.fast) { app in
            _ = try await Self.load(app)
            var (_, rita) = try await GuideWorkflowTests.staff(app)
            var page = try await rita.get("/editorial")
            #expect(page.body.contains("Published, awaiting medical review") && page.body.contains("Waiting for medical review"))
            page = try await rita.get("/editorial/guides/harm-reduction/revisions/1")
            page = try await rita.post("/editorial/guides/harm-reduction/revisions/1/decide", [("decision", "approve")], from: page)
            #expect(page.location?.hasSuffix("done=approved") == true)
            var visitor = TestBrowser(app)
            #expect(try await visitor.get("/guides/harm-reduction").body.contains("Rita Reyes, MD"))
            // A changed file: a new revision in review; the public keeps the approved text.
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("guides-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: Self.folder, to: copy)
            defer { try? FileManager.default.removeItem(at: copy) }
            let file = copy.appendingPathComponent("harm-reduction.md")
            try (try String(contentsOf: file, encoding: .utf8) + "\nA new paragraph.\n").write(to: file, atomically: true, encoding: .utf8)
            let report = try await GuideImporter(db: app.db, taxonomy: .haven).load(try GuideImporter.read(copy, taxonomy: .haven))
            #expect(report.contains("harm-reduction: revision 2 awaits medical review (the public keeps the approved text)"), "\(report)")
            #expect(!(try await visitor.get("/guides/harm-reduction").body.contains("A new paragraph")))
            // A bad file stops the whole import, naming the file and line, and changes nothing.
            try "---\nslug: broken\ntitle: T\nsummary: S\nauthor: A\nwhat: x\n---\n".write(to: copy.appendingPathComponent("broken.md"), atomically: true, encoding: .utf8)
            #expect { try GuideImporter.read(copy, taxonomy: .haven) } throws: { "\($0)".contains("broken.md: line 6: unknown key \"what\"") }
        }
    }
}
