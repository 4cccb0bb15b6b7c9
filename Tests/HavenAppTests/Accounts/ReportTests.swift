import Foundation
@testable import HavenApp
import HavenCore
import Testing
import VaporTesting

/// Anyone reports a problem on a listing (no account, no cookie); it reaches the facility's managers and the
/// moderators, and resolving it is recorded. Moderators suspend listings, and reinstate them.
@Suite struct ReportTests {
    @Test func aVisitorsReportReachesTheManagerAndIsResolved() async throws {
        try await withSample(AccountTests.fast) { app in
            var (ann, id) = try await ProfileEditTests.managedFacility(app)
            var visitor = TestBrowser(app)
            let facility = try await visitor.get("/facilities/\(id)")
            #expect(facility.body.contains("href=\"/facilities/\(id)/report\">Report a problem with this listing</a>"))
            var page = try await visitor.submit("/facilities/\(id)/report", [("kind", ""), ("details", "It rings out"), ("email", "not an address")])
            #expect(page.status == .unprocessableEntity && page.body.contains("Choose what is wrong.") && page.body.contains(">\nIt rings out</textarea>"))
            page = try await visitor.submit("/facilities/\(id)/report", [("kind", "wrong-phone"), ("details", "The number is now 212-555-0199"), ("email", ""), ("website", "")])
            #expect(page.status == .ok && page.body.contains("Thank you."))
            #expect(page.headers[.setCookie].isEmpty && visitor.cookie == nil, "no cookie for a visitor")
            // The manager is told by mail (no details in it) and sees it on the listing's page in the portal.
            let mail = try #require(try await Outbox.recent(on: app.db.sql).first { $0.kind == .reportReceived })
            #expect(mail.recipient == "ann@beacon.example" && !mail.body.contains("212-555-0199"))
            var manage = try await ann.get("/portal/facilities/\(id)")
            #expect(manage.body.contains("The phone number is wrong or nobody answers") && manage.body.contains("The number is now 212-555-0199"))
            // And the moderators, in their queue.
            var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod2@haven.example")
            #expect(try await mod.get("/moderation/reports").body.contains("The number is now 212-555-0199"))
            #expect(try await mod.get("/portal").body.contains("Reported problems</a> (1 open)"))
            // Another provider cannot resolve it.
            var bob = TestBrowser(app)
            try await TestAccounts.register(&bob, name: "Bob", email: "bob@other.example")
            let reportPath = try #require(manage.body.range(of: "action=\"/moderation/reports/").map { "/moderation/reports/" + manage.body[$0.upperBound...].prefix { $0 != "\"" } })
            #expect(try await bob.post(reportPath, [("note", "")], from: try await bob.get("/portal")).status == .forbidden)
            // The manager resolves it, with a note; it leaves both lists and the audit log keeps it.
            page = try await ann.post(reportPath, [("note", "Phone corrected"), ("from", "manage")], from: manage)
            #expect(page.location == "/portal/facilities/\(id)?done=resolved")
            manage = try await ann.get(page.location!)
            #expect(manage.body.contains("Marked resolved.") && manage.body.contains("None open."))
            #expect(try await mod.get("/moderation/reports").body.contains("No open reports."))
            #expect(try await mod.get("/moderation/audit").body.contains("Resolved a reported problem"))
        }
    }

    @Test func robotsAndFloodsAreTurnedAway() async throws {
        try await withSample({ AccountTests.fast(&$0); $0.accountBurst = 3 }) { app in
            let id = try await ClaimTests.facilityIDs(app, 1)[0]
            var robot = TestBrowser(app)
            let page = try await robot.submit("/facilities/\(id)/report", [("kind", "closed"), ("details", "buy pills"), ("email", ""), ("website", "http://spam.example")])
            #expect(page.status == .ok && page.body.contains("Thank you."), "a robot learns nothing")
            #expect(try await count(app, "facility_reports") == 0)
            var statuses: [HTTPStatus] = []
            for _ in 0..<4 { statuses.append(try await robot.submit("/facilities/\(id)/report", [("kind", "closed"), ("details", ""), ("email", "")]).status) }
            #expect(statuses == [.ok, .ok, .ok, .tooManyRequests], "three per listing, then wait")
            #expect(try await robot.post("/facilities/\(id)/report", [("kind", "closed")], token: "forged").status == .forbidden)
        }
    }

    @Test func aModeratorSuspendsAListingAndItsPageSaysWhy() async throws {
        try await withSample(AccountTests.fast) { app in
            var (ann, id) = try await ProfileEditTests.managedFacility(app)
            var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod2@haven.example")
            var visitor = TestBrowser(app)
            let search = "/search?near=10001&radius=25"
            #expect(try await visitor.get(search).body.contains("href=\"/facilities/\(id)\""))
            // Providers see no suspension form, and cannot post one.
            let annManage = try await ann.get("/portal/facilities/\(id)")
            #expect(!annManage.body.contains("Suspend this listing"))
            #expect(try await ann.post("/moderation/facilities/\(id)/suspension", [("action", "suspend"), ("reason", "x")], from: annManage).status == .forbidden)
            var manage = try await mod.get("/portal/facilities/\(id)")
            var page = try await mod.post("/moderation/facilities/\(id)/suspension", [("action", "suspend"), ("reason", "")], from: manage)
            #expect(page.location == "/portal/facilities/\(id)?done=reason-needed")
            page = try await mod.post("/moderation/facilities/\(id)/suspension", [("action", "suspend"), ("reason", "The program closed in 2025")], from: manage)
            #expect(page.location == "/portal/facilities/\(id)?done=suspended")
            #expect(!(try await visitor.get(search).body.contains("href=\"/facilities/\(id)\"")), "out of search at once")
            let gone = try await visitor.get("/facilities/\(id)")
            #expect(gone.status == .gone && gone.body.contains("taken this listing out of search: The program closed in 2025."))
            #expect(try await ann.get("/portal/facilities/\(id)").body.contains("Suspended by a moderator"))
            // An import does not lift it.
            try await SampleFolder().importAll(into: app)
            #expect(try await visitor.get("/facilities/\(id)").status == .gone)
            manage = try await mod.get("/portal/facilities/\(id)")
            page = try await mod.post("/moderation/facilities/\(id)/suspension", [("action", "lift")], from: manage)
            #expect(page.location == "/portal/facilities/\(id)?done=reinstated")
            #expect(try await visitor.get(search).body.contains("href=\"/facilities/\(id)\""))
            let audit = try await mod.get("/moderation/audit").body
            #expect(audit.contains("Suspended a listing") && audit.contains("Reinstated a listing"))
        }
    }

    @Test func changesToContactDetailsWaitForAModeratorsLook() async throws {
        try await withSample(AccountTests.fast) { app in
            var (ann, id) = try await ProfileEditTests.managedFacility(app)
            let form = try await ann.get("/portal/facilities/\(id)/edit")
            let saved = try await ann.post("/portal/facilities/\(id)/edit", ProfileEditTests.fields(form, [
                "phone": ["212-555-0199"], "description": ["Outpatient care for adults, near Penn Station."]]), from: form)
            #expect(saved.status == .seeOther)
            var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod2@haven.example")
            var queue = try await mod.get("/moderation/edits")
            #expect(queue.body.contains("Phone \u{2192} 212-555-0199"))
            #expect(!queue.body.contains("Outpatient care for adults"), "a description is not a contact detail")
            #expect(try await ann.get("/moderation/edits").status == .forbidden)
            let page = try await mod.post("/moderation/edits/\(id)", [], from: queue)
            #expect(page.location == "/moderation/edits?done=reviewed")
            queue = try await mod.get(page.location!)
            #expect(queue.body.contains("Nothing to check.") && queue.body.contains("Marked reviewed."))
        }
    }
}
