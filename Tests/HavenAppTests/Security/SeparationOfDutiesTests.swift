import Foundation
@testable import HavenApp
import HavenCore
import SQLKit
import Testing
import VaporTesting

/// Finding 2 of issue 19: nobody decides their own claim, edit review or report, and a manager reads only the
/// messages a facility received since they became one (so a moderator who gets a claim approved by a colleague
/// still reads nothing written before).
@Suite struct SeparationOfDutiesTests {
    /// The path that decides the pending claim `email`'s account made.
    static func claimPath(_ app: Application, _ email: String) async throws -> String {
        let id = try #require(try await app.db.withSQL {
            try await $0.select().column(SQLColumn("id", table: "facility_claims")).from("facility_claims")
                .join("users", on: SQLColumn("id", table: "users"), .equal, SQLColumn("user_id", table: "facility_claims"))
                .where(SQLColumn("email", table: "users"), .equal, SQLBind(email)).first() }?.decode(column: "id", as: UUID.self))
        return "/moderation/claims/" + id.uuidString.lowercased()
    }

    @Test func aModeratorCannotApproveTheirOwnClaimNorReadOlderMessages() async throws {
        try await withSample({ AccountTests.fast(&$0); $0.inquiryKeys = [Data(repeating: 7, count: 32)] }) { app in
            // The facility has a manager and receives a message.
            let (_, id) = try await ProfileEditTests.managedFacility(app)
            var visitor = TestBrowser(app)
            #expect(try await visitor.submit("/facilities/\(id)/contact", ContactTests.fields()).status == .ok)
            // Mallory, a moderator, asks to manage it and tries to approve her own request.
            var mallory = try await TestAccounts.signedIn(app, role: "moderator", email: "mallory@haven.example", name: "Mallory")
            #expect(try await mallory.submit("/facilities/\(id)/claim", ClaimTests.claim).status == .seeOther)
            let queue = try await mallory.get("/moderation/claims")
            #expect(queue.body.contains("Your own request: another moderator decides it."))
            let path = try await Self.claimPath(app, "mallory@haven.example")
            // No form is shown for it; a token for the queue's form, sent anyway, is refused.
            let token = try await FormTokenTests.token(app, .decideClaim, for: mallory, age: 0)
            let own = try await mallory.post(path, [("decision", "approve"), ("reason", "")], token: token)
            #expect(own.status == .forbidden && own.body.contains("Nobody decides their own request"), "\(own.body.suffix(3000))")
            #expect(try await count(app, "facility_managers") == 1)
            // An admin cannot either: the same rule.
            var root = try await TestAccounts.signedIn(app, role: "admin", email: "root@haven.example", name: "Root")
            #expect(try await root.submit("/facilities/\(id)/claim", ClaimTests.claim).status == .seeOther)
            #expect(try await root.post(try await Self.claimPath(app, "root@haven.example"), [("decision", "approve"), ("reason", "")],
                                        token: try await FormTokenTests.token(app, .decideClaim, for: root, age: 0)).status == .forbidden)
            // Another moderator approves Mallory's: she manages the listing now, but reads only what arrives after.
            var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod2@haven.example", name: "Other Moderator")
            let modQueue = try await mod.get("/moderation/claims")
            #expect(try await mod.post(path, [("decision", "approve"), ("reason", "")],
                                       token: modQueue.formToken()).status == .seeOther)
            let older = try #require(try await InquiryStore(app.db).inquiries(of: UUID(uuidString: id)!, since: .distantPast).first)
            var inbox = try await mallory.get("/portal/facilities/\(id)/inquiries")
            #expect(inbox.status == .ok && !inbox.body.contains(">Sam</a>"), "a message sent before she managed the listing")
            #expect(try await mallory.get("/portal/facilities/\(id)/inquiries/\(older.id.uuidString.lowercased())").status == .notFound)
            #expect(!(try await mallory.get("/portal").body.contains("new message")))
            // A message sent now reaches her.
            try await Task.sleep(for: .milliseconds(5))
            #expect(try await visitor.submit("/facilities/\(id)/contact", ContactTests.fields("A newer one")).status == .ok)
            inbox = try await mallory.get("/portal/facilities/\(id)/inquiries")
            #expect(inbox.body.contains(">Sam</a>"))
            #expect(try await mallory.get("/portal").body.contains("1 new message"))
        }
    }

    @Test func aModeratorCannotMarkTheirOwnChangesReviewed() async throws {
        try await withSample(AccountTests.fast) { app in
            let id = try await ClaimTests.facilityIDs(app, 1)[0]
            // A moderator who manages a listing changes its phone as its staff: the change waits for a look.
            var mallory = try await TestAccounts.signedIn(app, role: "moderator", email: "mallory@haven.example", name: "Mallory")
            let user = try #require(try await AccountStore(app.db).user(email: EmailAddress("mallory@haven.example")!))
            try await ClaimStore(app.db).addManager(facility: UUID(uuidString: id)!, user: user.id, claim: nil)
            let edit = try await mallory.get("/portal/facilities/\(id)/edit")
            let sent = try await mallory.post("/portal/facilities/\(id)/edit", ProfileEditTests.fields(edit, ["phone": ["555-010-0199"]]), from: edit)
            #expect(sent.status == .seeOther, "\(sent.body.prefix(400))")
            let queue = try await mallory.get("/moderation/edits")
            #expect(queue.body.contains("555-010-0199"))
            let own = try await mallory.post("/moderation/edits/\(id)", [], token: queue.formToken())
            #expect(own.status == .forbidden && own.body.contains("Nobody reviews their own changes"))
            var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod2@haven.example")
            let other = try await mod.get("/moderation/edits")
            #expect(try await mod.post("/moderation/edits/\(id)", [], token: other.formToken()).status == .seeOther)
        }
    }
}
