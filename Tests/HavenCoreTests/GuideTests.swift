import Foundation
@testable import HavenCore
import Testing

/// The project's guides, the file format they are written in, the workflow's rules and the revision diff.
@Suite struct GuideTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../guides").standardized

    static func shipped() throws -> [String: GuideFile] {
        var out: [String: GuideFile] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
            let file = try GuideFile.parse(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            #expect(file.slug + ".md" == name, "a guide's file is named for its slug")
            out[file.slug] = file
        }
        return out
    }

    @Test func theSixGuidesAreCompleteAndCiteTheirSources() throws {
        let guides = try Self.shipped()
        #expect(Set(guides.keys) == ["ketamine-withdrawal", "treatment-options", "paying-for-treatment", "harm-reduction",
                                     "helping-someone-you-love", "clinical-trials"])
        for (slug, g) in guides {
            #expect(g.content.problems { Taxonomy.haven.term($0) != nil }.isEmpty, "\(slug): \(g.content.problems { Taxonomy.haven.term($0) != nil })")
            #expect(g.reviewer == nil, "\(slug): shipped as awaiting a licensed reviewer")
            // Every source is cited in the text, and the text says when to call for help.
            let cited = Set(GuideBody.citationReferences(in: g.content.body))
            #expect(cited == Set(1...g.content.citations.count), "\(slug) cites \(cited.sorted()) of \(g.content.citations.count)")
            #expect(g.content.body.contains("911") || g.content.body.contains("988"), "\(slug) names 911 or 988")
        }
    }

    @Test func theKetamineGuideHasItsTimelineAndItsSearchComesFromTheNeedsTable() throws {
        let k = try #require(try Self.shipped()["ketamine-withdrawal"])
        let timelines = GuideBody.segments(k.content.body).compactMap { if case .timeline(let s) = $0 { s } else { nil } }
        #expect(timelines.count == 1 && timelines[0].map(\.when) == ["Within about 72 hours", "Days 2-4", "About 1-2 weeks", "Weeks to months"])
        for word in ["anxiety", "depression", "craving", "tired", "sleep", "tremor"] { #expect(k.content.body.lowercased().contains(word), "\(word)") }
        // The guide's search: its words read by the same table the search box uses, its terms among what that table
        // offers for them; and a search for those words links back to the guide.
        let reading = NeedsReader.read(k.content.need)
        #expect(Set(k.content.terms) == ["detox", "individual-therapy"])
        #expect(Set(k.content.terms).isSubset(of: Set(reading.terms + reading.narrow)))
        #expect(reading.guides == ["ketamine-withdrawal"])
        for g in try Self.shipped().values where !g.content.need.isEmpty {
            #expect(NeedsReader.read(g.content.need).guides.contains(g.slug), "\(g.slug): a search for \(g.content.need) links to it")
        }
    }

    @Test func aBadFileSaysWhereItIsWrong() {
        func error(_ text: String) -> GuideFile.ReadError? {
            do { _ = try GuideFile.parse(text); return nil } catch { return error }
        }
        #expect(error("# no front matter")?.line == 1)
        #expect(error("---\nslug: a-b\n")?.message.contains("closing") == true)
        #expect(error("---\nslug: a-b\ncolour: red\n---\n")?.line == 3)
        #expect(error("---\nslug: Not A Slug\ntitle: T\nsummary: S\nauthor: A\n---\nx")?.message.contains("slug") == true)
        #expect(error("---\nslug: ok\ntitle: T\nsummary: S\nauthor: A\ncitation: only | three | parts\n---\nx")?.line == 6)
        #expect(error("---\nslug: ok\ntitle: T\nsummary: S\nauthor: A\ncitation: T | P | 20x0 | https://e.org/\n---\nx")?.message.contains("year") == true)
        #expect(error("---\nslug: ok\ntitle: T\nsummary: S\nauthor: A\ncitation: T | P | 2020 | javascript:alert(1)\n---\nx")?.message.contains("https://") == true)
        #expect(error("---\nslug: ok\ntitle: T\nsummary: S\n---\nx")?.message.contains("author") == true)
        #expect(error("---\nslug: ok\ntitle: T\ntitle: U\nsummary: S\nauthor: A\n---\nx")?.line == 4)
        let reviewed = try? GuideFile.parse("---\nslug: ok\ntitle: T\nsummary: S\nauthor: A\nreviewer: Jane Doe | MD | 2026-02-30\n---\nx")
        #expect(reviewed == nil, "February 30th is not a day")
        let good = try? GuideFile.parse("---\nslug: ok\ntitle: T\nsummary: S\nauthor: A\nreviewer: Jane Doe | MD | 2026-11-30\ncitation: T | P | 2020 | https://e.org/x\n---\nBody [1].")
        #expect(good?.reviewer?.name == "Jane Doe" && good?.content.citations.count == 1 && good?.content.body == "Body [1].")
    }

    @Test func theFormSaysEachProblemBesideItsField() {
        let fields = ["title": "", "summary": String(repeating: "x", count: 400), "body": "See [3].", "author": "Ed",
                      "terms": "detox, not-a-term", "citations": "A | B | 2020 | https://a.example/\nbroken line", "review_months": "0"]
        let (content, problems) = GuideForm.read({ fields[$0] ?? "" }, knownTerm: { Taxonomy.haven.term($0) != nil })
        let byField = Dictionary(problems.map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a })
        #expect(byField["title"] == "Enter a title.")
        #expect(byField["summary"]?.contains("under 320") == true)
        #expect(byField["terms"]?.contains("not-a-term") == true)
        #expect(byField["citations"]?.contains("broken line") == true)
        #expect(byField["review_months"] != nil)
        #expect(content.terms == ["detox", "not-a-term"] && content.citations.count == 1)
        let (_, cites) = GuideForm.read({ ["title": "T", "summary": "S", "body": "See [3].", "author": "A",
                                            "citations": "A | B | 2020 | https://a.example/"][$0] ?? "" }, knownTerm: { _ in true })
        #expect(cites.map(\.message) == ["The text cites [3] but only 1 source is listed."])
    }

    @Test func referencesAndTimelines() {
        #expect(GuideBody.references(in: "a [1][2] b [x] [1000] c") == [.text("a "), .reference(1), .reference(2), .text(" b [x] [1000] c")])
        let s = GuideBody.segments("Intro\n```timeline\nDay 1 | Start\nno bar here\n```\nAfter")
        #expect(s == [.markdown("Intro"), .timeline([.init(when: "Day 1", what: "Start"), .init(when: "", what: "no bar here")]), .markdown("After")])
        #expect(GuideBody.segments("```timeline\nA | b") == [.timeline([.init(when: "A", what: "b")])], "an unclosed timeline keeps its lines")
        #expect(GuideSlug.from("Ketamine withdrawal: what to expect") == "ketamine-withdrawal-what-to-expect")
        #expect(GuideSlug.isValid("a-b") && !GuideSlug.isValid("a--b") && !GuideSlug.isValid("-a") && !GuideSlug.isValid("A"))
    }

    @Test func whereAGuideStands() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(GuideStanding.of(newest: .draft, publicRevisionApproved: nil, reviewDue: nil, now: now) == .draft)
        #expect(GuideStanding.of(newest: .inReview, publicRevisionApproved: nil, reviewDue: nil, now: now) == .inReview)
        #expect(GuideStanding.of(newest: .inReview, publicRevisionApproved: false, reviewDue: nil, now: now) == .awaitingReview)
        #expect(GuideStanding.of(newest: .draft, publicRevisionApproved: true, reviewDue: now.addingTimeInterval(1), now: now) == .published)
        #expect(GuideStanding.of(newest: .approved, publicRevisionApproved: true, reviewDue: now, now: now) == .reviewDue)
        let due = ReviewSchedule.due(after: GuideFile.day("2026-01-31")!, months: 1)
        #expect(due == GuideFile.day("2026-02-28"))
        #expect(!ReviewSchedule.readersToldOverdue(due: now, now: now.addingTimeInterval(29 * 86_400)))
        #expect(ReviewSchedule.readersToldOverdue(due: now, now: now.addingTimeInterval(30 * 86_400)))
        #expect(!ReviewSchedule.readersToldOverdue(due: nil, now: now))
    }

    @Test func theDiffKeepsBothTexts() {
        #expect(LineDiff.diff(["a", "b", "c"], ["a", "x", "c"]) == [.same("a"), .removed("b"), .added("x"), .same("c")])
        #expect(LineDiff.diff(["a", "b"], ["a", "b"]) == [.same("a"), .same("b")])
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let old = (0..<Int.random(in: 0...12, using: &rng)).map { _ in ["a", "b", "c", "d"].randomElement(using: &rng)! }
            let new = (0..<Int.random(in: 0...12, using: &rng)).map { _ in ["a", "b", "c", "d"].randomElement(using: &rng)! }
            let d = LineDiff.diff(old, new)
            let fromOld = d.compactMap { l -> String? in if case .same(let s) = l { s } else if case .removed(let s) = l { s } else { nil } }
            let toNew = d.compactMap { l -> String? in if case .same(let s) = l { s } else if case .added(let s) = l { s } else { nil } }
            #expect(fromOld == old && toNew == new, "\(old) -> \(new)")
        }
    }

    @Test func onlyAMedicalReviewerApproves() {
        #expect(Role.allCases.filter(\.canApproveGuides) == [.medicalReviewer])
        #expect(Role.medicalReviewer.includes(.editor) && !Role.editor.includes(.medicalReviewer) && Role.admin.includes(.medicalReviewer))
        #expect(!Role.moderator.includes(.editor) && !Role.editor.includes(.moderator))
        #expect(Role.allCases.allSatisfy { $0.includes(.provider) })
    }
}

extension GuideTests {
    @Test func citationsNextToEachOtherSurviveMarkdown() {
        #expect(GuideBody.marked("a [1][2], [x](y) and [12]") == "a \u{27E6}1\u{27E7}\u{27E6}2\u{27E7}, [x](y) and \u{27E6}12\u{27E7}")
        #expect(GuideBody.references(in: GuideBody.marked("a [1][2]")) == [.text("a "), .reference(1), .reference(2)])
    }
}
