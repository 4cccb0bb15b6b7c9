import Foundation
@testable import HavenApp
import HavenCore
import Testing
import VaporTesting

/// Finding 13 of issue 19 (the claim half): a claim's work e-mail was never contacted, so the moderators' "domain"
/// hint only repeated what the claimant typed. Now a one-time link goes to it, and the queue says whether its owner
/// opened it, and says so when the listing has no website to compare the domain with.
@Suite struct WorkEmailTests {
    @Test func aClaimsWorkEmailIsConfirmedByTheLinkMailedToIt() async throws {
        try await withSample(AccountTests.mailing) { app in
            let id = try await ClaimTests.facilityIDs(app, 1)[0]
            var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod@haven.example")
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@gmail.example")
            #expect(try await ann.submit("/facilities/\(id)/claim", ClaimTests.claim).status == .seeOther)
            #expect(try await mod.get("/moderation/claims").body.contains("Not confirmed: nobody has opened the link"))
            // The link went to the work e-mail, sealed while it waits.
            let mail = try #require(try await Outbox.recent(on: app.db.sql).first { $0.kind == .confirmEmail })
            #expect(mail.recipient == "ann@beacon.example")
            let link = try await AccountTests.link(in: mail, app)
            let token = String(link.split(separator: "=", maxSplits: 1)[1])
            // Opening it (as a mail scanner would) confirms nothing; the button does.
            var reader = TestBrowser(app)
            let page = try await reader.get("/account/confirm?token=" + token)
            #expect(page.status == .ok && page.body.contains(">Confirm</button>"))
            #expect(try await mod.get("/moderation/claims").body.contains("Not confirmed"))
            let done = try await reader.post("/account/confirm", [("token", token)], from: page)
            #expect(done.status == .ok && done.body.contains("Confirmed. Thank you"))
            let queue = try await mod.get("/moderation/claims")
            #expect(queue.body.contains("<strong>Confirmed</strong>: its owner opened the link mailed to it"))
            // Once only; an unknown token finds nothing.
            #expect(try await reader.post("/account/confirm", [("token", token)], from: page).status == .notFound)
            #expect(try await reader.get("/account/confirm?token=nope").status == .notFound)
        }
    }

    @Test func withoutAMailServerNoLinkIsSentAndTheQueueSaysSo() async throws {
        try await withSample(AccountTests.fast) { app in
            let id = try await ClaimTests.facilityIDs(app, 1)[0]
            try await app.db.withSQL { try await $0.update("facilities").set("website", to: "").where("id", .equal, UUID(uuidString: id)!).run() }
            var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod@haven.example")
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@gmail.example")
            _ = try await ann.submit("/facilities/\(id)/claim", ClaimTests.claim)
            #expect(try await Outbox.recent(on: app.db.sql).allSatisfy { $0.kind != .confirmEmail })
            let queue = try await mod.get("/moderation/claims")
            #expect(queue.body.contains("the listing has no website to compare its domain with") && !queue.body.contains("not the listed website"))
            #expect(queue.body.contains("Not confirmed"))
        }
    }
}
