import Foundation
@testable import HavenApp
import HavenCore
import Testing
import VaporTesting

/// A provider who manages a facility edits its listing: the public page, search (on this instance and on another
/// serving the same database) and the completeness score follow; the history keeps who changed what; no one else
/// can read or change it.
@Suite struct ProfileEditTests {
    /// Ann manages the first sample facility (approved through the moderation queue); returns her browser and its id.
    static func managedFacility(_ app: Application) async throws -> (TestBrowser, String) {
        let id = try await ClaimTests.facilityIDs(app, 1)[0]
        var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod@haven.example")
        var ann = TestBrowser(app)
        try await TestAccounts.register(&ann, name: "Ann Provider", email: "ann@beacon.example")
        _ = try await ann.submit("/facilities/\(id)/claim", ClaimTests.claim)
        let queue = try await mod.get("/moderation/claims")
        let path = try #require(queue.body.range(of: "action=\"/moderation/claims/").map { "/moderation/claims/" + queue.body[$0.upperBound...].prefix { $0 != "\"" } })
        #expect(try await mod.post(path, [("decision", "approve"), ("reason", "")], from: queue).status == .seeOther)
        return (ann, id)
    }

    /// The edit form's current values with `changes` laid over them.
    static func fields(_ page: TestBrowser.Page, _ changes: [String: [String]]) -> [(String, String)] {
        var values: [String: [String]] = [:]
        let html = page.body
        // Text, time, number inputs and checked boxes/radios as the page has them.
        var rest = Substring(html)
        while let r = rest.range(of: "<input ") {
            let tag = rest[r.lowerBound...].prefix { $0 != ">" }
            rest = rest[r.upperBound...]
            func attr(_ name: String) -> String? {
                guard let a = tag.range(of: " \(name)=\"") else { return nil }
                return String(tag[a.upperBound...].prefix { $0 != "\"" }).replacingOccurrences(of: "&quot;", with: "\"")
                    .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
                    .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
            }
            guard let name = attr("name"), name != "form_token" else { continue }
            let type = attr("type") ?? "text"
            if type == "checkbox" || type == "radio" {
                if tag.contains(" checked") { values[name, default: []].append(attr("value") ?? "") }
            } else {
                values[name] = [attr("value") ?? ""]
            }
        }
        var textareas = Substring(html)
        while let r = textareas.range(of: "<textarea id=\"") {
            let name = String(textareas[r.upperBound...].prefix { $0 != "\"" })
            let body = textareas[r.upperBound...].drop { $0 != ">" }.dropFirst().dropFirst()
            values[name] = [String(body.prefix { $0 != "<" }).replacingOccurrences(of: "&amp;", with: "&")]
            textareas = textareas[r.upperBound...]
        }
        values.merge(changes) { $1 }
        return values.flatMap { name, vs in vs.map { (name, $0) } }
    }

    /// The error summary's text, for a failed expectation.
    static func problems(_ page: TestBrowser.Page) -> String {
        guard let r = page.body.range(of: "<div class=\"error-summary\"") else { return "no error summary" }
        return String(page.body[r.lowerBound...].prefix(600))
    }

    @Test func anEditShowsPubliclyReachesSearchOnEveryInstanceAndRaisesCompleteness() async throws {
        try await withSample(AccountTests.fast) { app in
            var (ann, id) = try await Self.managedFacility(app)
            let before = try await ann.get("/portal/facilities/\(id)")
            let scoreBefore = try #require(Int(before.body.range(of: "Listing ").map { before.body[$0.upperBound...].prefix { $0.isNumber } } ?? ""))
            #expect(before.body.contains("Say whether you take new patients"))
            // Another instance serving the same database, with its own index.
            let search = "/search?near=10001&radius=25&insurance=aetna&availability=accepting-new-patients"
            #expect(try await ann.get(search).body.contains("No places found"))
            let form = try await ann.get("/portal/facilities/\(id)/edit")
            #expect(form.status == .ok)
            let page = try await ann.post("/portal/facilities/\(id)/edit", Self.fields(form, [
                "new_patients": ["accepting"], "term_insurance": ["aetna", "cigna"],
                "mon_opens": ["08:00"], "mon_closes": ["17:00"], "tue_opens": ["08:00"], "tue_closes": ["17:00"],
                "description": ["Outpatient care for adults near Penn Station: counseling, medication for opioid use, and help with insurance."],
            ]), from: form)
            #expect(page.status == .seeOther && page.location == "/portal/facilities/\(id)?done=saved", "\(page.status) \(Self.problems(page))")
            // This instance: at once, and by replacing one listing, not rebuilding.
            #expect(app.catalog.lastChangeWasInPlace)
            let results = try await ann.get(search)
            #expect(results.body.contains("href=\"/facilities/\(id)\""))
            #expect(results.body.contains("Verified by the facility on") && results.body.contains("Accepting new patients (as of"))
            // The public page.
            var visitor = TestBrowser(app)
            let public_ = try await visitor.get("/facilities/\(id)")
            #expect(public_.body.contains("Updated by the facility&#39;s staff on"))
            #expect(public_.body.contains("<strong>Accepting new patients</strong>"))
            #expect(public_.body.contains("<dt>Monday</dt><dd>8 AM to 5 PM</dd>"))
            #expect(public_.body.contains("<li>Aetna</li>") && public_.body.contains("<li>Cigna</li>"))
            #expect(!public_.body.contains("may be out of date"))
            // The API says so too.
            let api = try await visitor.get("/api/v1/facilities?near=10001&insurance=aetna&availability=accepting-new-patients")
            #expect(api.body.contains(id))
            // The facility's resource carries what the staff said: description, hours (open days only), new patients.
            let detail = try JSONSerialization.jsonObject(with: Data(try await visitor.get("/api/v1/facilities/\(id)").body.utf8)) as! [String: Any]
            #expect((detail["description"] as? String)?.hasPrefix("Outpatient care for adults near Penn Station") == true)
            let hours = try #require(detail["hours"] as? [String: Any])
            #expect(hours["around_the_clock"] as? Bool == false)
            #expect((hours["days"] as? [[String: String]]) == [["day": "monday", "opens": "08:00", "closes": "17:00"],
                                                               ["day": "tuesday", "opens": "08:00", "closes": "17:00"]])
            let newPatients = try #require(detail["new_patients"] as? [String: Any])
            #expect(newPatients["status"] as? String == "accepting" && newPatients["confirmed_at"] is String)
            #expect(detail["costs"] is NSNull && detail["licenses"] is NSNull, "nothing said: null")
            // Completeness rose and no longer asks for what was given.
            let after = try await ann.get("/portal/facilities/\(id)?done=saved")
            let scoreAfter = try #require(Int(after.body.range(of: "Listing ").map { after.body[$0.upperBound...].prefix { $0.isNumber } } ?? ""))
            #expect(scoreAfter >= scoreBefore + 35, "\(scoreBefore) -> \(scoreAfter)")
            #expect(!after.body.contains("Say whether you take new patients") && after.body.contains("Saved."))
            // The history: who, what, before and after.
            let history = try await ann.get("/portal/facilities/\(id)/history")
            #expect(history.body.contains("Ann Provider (facility staff)"))
            #expect(history.body.contains("<td>Insurance accepted: Aetna</td><td>no</td><td>yes</td>"))
        }
    }

    @Test func aSecondInstanceOnTheSameDatabaseUpdatesInPlace() async throws {
        let database = TestDatabase()
        defer { database.removeFile() }
        let sample = try SampleFolder()
        defer { sample.remove() }
        var settings = Settings(storage: database.storage, dataDirectory: nil)
        settings.bcryptCost = 4
        try await withApp(configure: { [settings] app in
            try await configure(app, settings: settings)
            try await database.create(app)
            try await app.autoMigrate()
        }) { first in
            try await sample.importAll(into: first)
            let second = try await Application.make(.testing)
            do {
                try await configure(second, settings: settings)
                try await second.catalog.refresh(second.db, force: true)
                let id = try #require(first.catalog.service.index.listings.first?.id)
                var q = SearchQuery()
                q.filters["insurance"] = ["humana"]
                #expect(try second.catalog.service.search(q).total == 0)
                try await first.addEdits([FacilityEdit(field: .addTerm, value: "humana", author: "Ann", createdAt: Date())], to: id, by: nil)
                try await second.catalog.refresh(second.db)
                #expect(second.catalog.lastChangeWasInPlace, "the second instance replaced one listing")
                #expect(try second.catalog.service.search(q).allIDs == [id.uuidString])
                // An import moves the revision with no facility named: a rebuild.
                try await sample.importAll(into: first)
                try await DataRevision.bump(first.db)
                try await second.catalog.refresh(second.db)
                #expect(!second.catalog.lastChangeWasInPlace)
            } catch {
                try? await second.asyncShutdown()
                try? await database.drop(first)
                throw error
            }
            try await second.asyncShutdown()
            try await database.drop(first)
        }
    }

    @Test func badValuesAreShownAgainWithEverythingTyped() async throws {
        try await withSample(AccountTests.fast) { app in
            var (ann, id) = try await Self.managedFacility(app)
            let form = try await ann.get("/portal/facilities/\(id)/edit")
            let page = try await ann.post("/portal/facilities/\(id)/edit", Self.fields(form, [
                "description": ["Kept as typed"], "wed_opens": ["17:00"], "wed_closes": ["09:00"], "phone": ["12345"],
                "term_insurance": ["humana"],
            ]), from: form)
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("There are 2 problems"))
            #expect(page.body.contains("Wednesday: the closing time must be after the opening time."))
            #expect(page.body.contains(">\nKept as typed</textarea>") && page.body.contains("value=\"12345\""))
            #expect(page.body.contains("value=\"humana\" checked"))
            #expect(try await count(app, "facility_edits") == 0, "nothing saved")
        }
    }

    @Test func noOneElseCanReadOrChangeAListing() async throws {
        try await withSample(AccountTests.fast) { app in
            var (ann, id) = try await Self.managedFacility(app)
            let annForm = try await ann.get("/portal/facilities/\(id)/edit")
            var bob = TestBrowser(app)
            try await TestAccounts.register(&bob, name: "Bob", email: "bob@other.example")
            for path in ["/portal/facilities/\(id)", "/portal/facilities/\(id)/edit", "/portal/facilities/\(id)/history"] {
                #expect(try await bob.get(path).status == .forbidden, "\(path)")
            }
            let bobPortal = try await bob.get("/portal")
            #expect(try await bob.post("/portal/facilities/\(id)/edit", Self.fields(annForm, ["phone": ["212-555-0199"]]), from: bobPortal).status == .forbidden)
            #expect(try await bob.post("/portal/facilities/\(id)/edit", Self.fields(annForm, ["phone": ["212-555-0199"]]), token: annForm.formToken()).status == .forbidden)
            var visitor = TestBrowser(app)
            #expect(try await visitor.get("/portal/facilities/\(id)/edit").status == .seeOther)
            #expect(try await count(app, "facility_edits") == 0)
            // A moderator may edit, and the history says so.
            var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod2@haven.example", name: "Mo")
            let modForm = try await mod.get("/portal/facilities/\(id)/edit")
            #expect(try await mod.post("/portal/facilities/\(id)/edit", Self.fields(modForm, ["phone": ["212-555-0199"]]), from: modForm).status == .seeOther)
            #expect(try await ann.get("/portal/facilities/\(id)/history").body.contains("Mo (moderator)"))
        }
    }

    @Test func markupTypedIntoEveryFieldIsTextEverywhere() async throws {
        try await withSample(AccountTests.fast) { app in
            var (ann, id) = try await Self.managedFacility(app)
            let evil = "<script>alert(1)</script>\"onmouseover=alert(2) x='"
            let form = try await ann.get("/portal/facilities/\(id)/edit")
            let page = try await ann.post("/portal/facilities/\(id)/edit", Self.fields(form, [
                "description": [evil], "hours_note": [evil], "other_plans": [evil], "costs": [evil], "licenses": [evil],
                "street2": [evil], "city": [evil], "mon_opens": ["08:00"], "mon_closes": ["12:00"],
            ]), from: form)
            #expect(page.status == .seeOther, "\(Self.problems(page))")
            var visitor = TestBrowser(app)
            for (browser, path) in [(visitor, "/facilities/\(id)"), (ann, "/portal/facilities/\(id)/edit"), (ann, "/portal/facilities/\(id)/history"),
                                    (ann, "/portal/facilities/\(id)"), (visitor, "/search?near=10001&radius=25")] {
                var b = browser
                let html = try await b.get(path).body
                #expect(!html.contains("<script>alert") && !html.contains("\"onmouseover"), "\(path)")
                for tag in Tag.all(in: html) {
                    #expect(tag.name != "script" || tag.attributes.contains { $0.name == "src" }, "\(path)")
                    #expect(!tag.attributes.contains { $0.name.hasPrefix("on") }, "\(path)")
                }
            }
            #expect(try await visitor.get("/facilities/\(id)").body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }
}
