import Foundation
@testable import HavenApp
import Testing
import VaporTesting

/// "I work here": a provider asks to manage a listing, a moderator approves or declines with a reason, and each
/// person sees only what is theirs.
@Suite struct ClaimTests {
    static func facilityIDs(_ app: Application, _ n: Int = 2) async throws -> [String] {
        try await app.db.withSQL { try await $0.select().column("id").from("facilities").orderBy("name").limit(n).all() }
            .map { try $0.decode(column: "id", as: UUID.self).uuidString.lowercased() }
    }

    static let claim = [("job_title", "Intake coordinator"), ("work_phone", "(555) 123-4567 ext. 2"), ("work_email", "ann@beacon.example"), ("note", "")]

    @Test func aClaimIsApprovedAndTheProviderThenManagesTheListing() async throws {
        try await withSample(AccountTests.fast) { app in
            let id = try await Self.facilityIDs(app, 1)[0]
            var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod@haven.example")
            var ann = TestBrowser(app)
            // Signed out, the facility page's link leads to sign-in and back.
            let facility = try await ann.get("/facilities/\(id)")
            #expect(facility.body.contains("href=\"/facilities/\(id)/claim\">Manage this listing</a>"))
            #expect(try await ann.get("/facilities/\(id)/claim").location == "/account/sign-in?next=%2Ffacilities%2F\(id)%2Fclaim")
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@beacon.example")
            // A bad request keeps what was typed and says what is wrong.
            var page = try await ann.submit("/facilities/\(id)/claim", [("job_title", ""), ("work_phone", "12345"), ("work_email", "ann@beacon.example"), ("note", "Call after 2pm")])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("Say what your role is") && page.body.contains("Enter a US phone number"))
            #expect(page.body.contains("value=\"12345\"") && page.body.contains(">\nCall after 2pm</textarea>"))
            page = try await ann.submit("/facilities/\(id)/claim", Self.claim)
            #expect(page.status == .seeOther && page.location == "/portal")
            #expect(try await ann.get("/portal").body.contains("waiting for a moderator"))
            #expect(try await ann.get("/facilities/\(id)/claim").body.contains("Your request to manage this listing is waiting"))
            // Mail: a receipt to the provider, a nudge (with no details) to the moderator.
            let mails = try await Outbox.recent(on: app.db.sql)
            #expect(Set(mails.map(\.recipient)) == ["ann@beacon.example", "mod@haven.example"])
            #expect(!(mails.first { $0.recipient == "mod@haven.example" }?.body.contains("Intake") ?? true))
            // The moderator's queue shows what helps decide.
            let queue = try await mod.get("/moderation/claims")
            #expect(queue.body.contains("Intake coordinator") && queue.body.contains("tel:+15551234567"))
            let claimID = try #require(try await app.db.withSQL { try await $0.select().column("id").from("facility_claims").first() }?.decode(column: "id", as: UUID.self))
            page = try await mod.post("/moderation/claims/\(claimID.uuidString.lowercased())", [("decision", "approve"), ("reason", "")], from: queue)
            #expect(page.status == .seeOther && page.location == "/moderation/claims?done=approved")
            #expect(try await mod.get(page.location!).body.contains("No requests are waiting."))
            let portal = try await ann.get("/portal")
            #expect(portal.body.contains("href=\"/facilities/\(id)\""))
            #expect(portal.body.contains(": approved on "))
            #expect(try await ann.get("/facilities/\(id)/claim").body.contains("You manage this listing."))
            let decided = try await Outbox.recent(on: app.db.sql).first { $0.kind == .claimDecided }
            #expect(decided?.recipient == "ann@beacon.example" && decided?.subject == "You now manage a listing on Haven")
            let audit = try await mod.get("/moderation/audit")
            #expect(audit.body.contains("Asked to manage a listing") && audit.body.contains("Approved a request to manage a listing"))
        }
    }

    @Test func declineNeedsAReasonAndTheProviderSeesIt() async throws {
        try await withSample(AccountTests.fast) { app in
            let id = try await Self.facilityIDs(app, 1)[0]
            var mod = try await TestAccounts.signedIn(app, role: "admin", email: "admin@haven.example")
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@gmail.example")
            _ = try await ann.submit("/facilities/\(id)/claim", Self.claim)
            let queue = try await mod.get("/moderation/claims")
            // The sample lists no websites: the queue says there is nothing to compare the domain with (it used to say "not the listed website's domain").
            #expect(queue.body.contains("(the listing has no website to compare its domain with)"))
            let claimPath = try #require(queue.body.range(of: "action=\"/moderation/claims/").map { r in
                "/moderation/claims/" + queue.body[r.upperBound...].prefix { $0 != "\"" } })
            var page = try await mod.post(claimPath, [("decision", "decline"), ("reason", "")], from: queue)
            #expect(page.status == .unprocessableEntity && page.body.contains("Say why it is declined"))
            page = try await mod.post(claimPath, [("decision", "decline"), ("reason", "We could not reach you at the facility's number.")], from: page)
            #expect(page.location == "/moderation/claims?done=declined")
            #expect(try await ann.get("/portal").body.contains("declined on"))
            #expect(try await ann.get("/portal").body.contains("We could not reach you at the facility&#39;s number."))
            // Deciding twice is refused.
            let again = try await mod.post(claimPath, [("decision", "approve"), ("reason", "")], token: queue.formToken())
            #expect(again.status == .conflict && again.body.contains("already decided (declined)"))
            #expect(try await count(app, "facility_managers") == 0)
            // The admin reads the mail Haven kept.
            let outbox = try await mod.get("/admin/outbox")
            #expect(outbox.status == .ok && outbox.body.contains("Your request to manage a listing"))
        }
    }

    @Test func providersSeeOnlyTheirOwnAndCannotModerate() async throws {
        try await withSample(AccountTests.fast) { app in
            let ids = try await Self.facilityIDs(app, 2)
            var ann = TestBrowser(app), bob = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@beacon.example")
            try await TestAccounts.register(&bob, name: "Bob", email: "bob@other.example")
            _ = try await ann.submit("/facilities/\(ids[0])/claim", Self.claim)
            let bobPortal = try await bob.get("/portal")
            #expect(!bobPortal.body.contains("Intake coordinator") && !bobPortal.body.contains("Your requests"))
            // Every moderation page and action refuses a provider.
            for path in ["/moderation/claims", "/moderation/audit", "/admin/outbox"] {
                #expect(try await bob.get(path).status == .forbidden, "\(path)")
            }
            let claimID = try #require(try await app.db.withSQL { try await $0.select().column("id").from("facility_claims").first() }?.decode(column: "id", as: UUID.self))
            let forged = try await bob.post("/moderation/claims/\(claimID.uuidString.lowercased())", [("decision", "approve")], from: bobPortal)
            #expect(forged.status == .forbidden)
            #expect(try await count(app, "facility_managers") == 0)
            // A moderator is not an admin: the outbox is for admins.
            var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod@haven.example")
            #expect(try await mod.get("/admin/outbox").status == .forbidden)
            // Bob cannot send Ann's claim form with Ann's token (it is bound to her session).
            let annForm = try await ann.get("/facilities/\(ids[1])/claim")
            #expect(try await bob.post("/facilities/\(ids[1])/claim", Self.claim, token: annForm.formToken()).status == .forbidden)
        }
    }

    @Test func everythingPeopleTypeIsTextOnEveryPage() async throws {
        try await withSample(AccountTests.fast) { app in
            let id = try await Self.facilityIDs(app, 1)[0]
            let evil = "<script>alert(1)</script>\"onmouseover=alert(2) x='"
            var mod = try await TestAccounts.signedIn(app, role: "admin", email: "admin@haven.example")
            var eve = TestBrowser(app)
            try await TestAccounts.register(&eve, name: evil, email: "eve@evil.example")
            let page = try await eve.submit("/facilities/\(id)/claim", [("job_title", evil), ("work_phone", "555-123-4567"),
                                                                      ("work_email", "eve@evil.example"), ("note", evil + "</textarea><b>")])
            #expect(page.status == .seeOther)
            let decline = try await mod.get("/moderation/claims")
            let claimPath = try #require(decline.body.range(of: "action=\"/moderation/claims/").map { r in
                "/moderation/claims/" + decline.body[r.upperBound...].prefix { $0 != "\"" } })
            _ = try await mod.post(claimPath, [("decision", "decline"), ("reason", evil)], from: decline)
            for (who, path) in [(eve, "/portal"), (mod, "/moderation/claims"), (mod, "/moderation/audit"), (mod, "/admin/outbox")] as [(TestBrowser, String)] {
                var b = who
                let html = try await b.get(path).body
                #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(path) shows the text")
                #expect(!html.contains("<script>alert"), "\(path)")
                #expect(!html.contains("\"onmouseover"), "\(path)")
                for tag in Tag.all(in: html) {
                    #expect(!["script", "b"].contains(tag.name) || tag.attributes.contains { $0.name == "src" }, "\(path): <\(tag.name)> from data")
                    #expect(!tag.attributes.contains { $0.name.hasPrefix("on") }, "\(path): an event handler from data")
                }
            }
        }
    }
}
