import Foundation
@testable import HavenApp
import Testing
import VaporTesting

/// Issue 22, item 5: a provider can always find the page they need. Every mail that says "sign in" links to the page it
/// means, the audit log names listings and people, a request still waiting says so, and a listing staff updated does
/// not say the old edition is its only source.
@Suite struct ProvidersFindTheirWayBackTests {
    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    /// The links to Haven's own pages in a mail's text.
    static func links(_ body: String) -> [String] {
        body.split(whereSeparator: \.isWhitespace).map(String.init).filter { $0.hasPrefix(TestBrowser.origin + "/") }
            .map { String($0.dropFirst(TestBrowser.origin.count)) }
    }

    @Test func everyMailThatSaysSignInLinksToThePageItMeansAndTheAuditLogNamesWhoAndWhat() async throws {
        try await withSample(AccountTests.fast) { app in
            // A request, its approval, a visitor's report and someone registering Ann's address again: each sends mail.
            var (ann, id) = try await ProfileEditTests.managedFacility(app)
            var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod2@haven.example", name: "Mo Second")
            var visitor = TestBrowser(app)
            _ = try await visitor.submit("/facilities/\(id)/report", [("kind", "wrong-phone"), ("details", "Rings out"), ("email", ""), ("website", "")])
            var stranger = TestBrowser(app)
            _ = try await stranger.submit("/account/register", [("name", "Someone"), ("email", "ann@beacon.example"), ("password", TestAccounts.password)])
            let mails = try await Outbox.recent(on: app.db.sql)
            let saysSignIn = mails.filter { $0.body.lowercased().contains("sign in") }
            #expect(Set(saysSignIn.map(\.kind)).isSuperset(of: [.claimReceived, .claimDecided, .reportReceived, .registrationAttempt]),
                    "\(saysSignIn.map(\.kind))")
            for mail in saysSignIn {
                let links = Self.links(mail.body)
                #expect(!links.isEmpty, "\(mail.kind) says sign in with no link: \(mail.body)")
                for path in links where !path.hasPrefix("/account/") {
                    // The page it means opens for the person it was sent to (the first moderator was signed in by the helper).
                    let page = mail.recipient == "ann@beacon.example" ? try await ann.get(path) : try await mod.get(path)
                    #expect(page.status == .ok, "\(mail.kind) links to \(path): \(page.status)")
                }
            }
            let moderatorNudge = try #require(mails.first { $0.recipient == "mod@haven.example" && $0.subject.contains("waiting") })
            #expect(Self.links(moderatorNudge.body) == ["/moderation/claims"])
            let approval = try #require(mails.first { $0.kind == .claimDecided })
            #expect(Self.links(approval.body) == ["/portal/facilities/\(id)"])
            let attempt = try #require(mails.first { $0.kind == .registrationAttempt })
            #expect(Self.links(attempt.body) == ["/account/sign-in", "/account/reset"])
            for path in ["/account/sign-in", "/account/reset"] { #expect(try await stranger.get(path).status == .ok, "\(path)") }

            // The audit log: names and plain words, no ids.
            let name = try #require(try await app.db.withSQL { try await $0.select().column("name").from("facilities").where("id", .equal, UUID(uuidString: id)!).first() }?
                .decode(column: "name", as: String.self))
            let audit = try await mod.get("/moderation/audit").body
            #expect(audit.contains("<a href=\"/facilities/\(id)\">\(Self.escaped(name))</a>"))
            #expect(audit.contains("Approved a request to manage a listing") && audit.contains("Reported a problem with a listing"))
            #expect(audit.contains("Ann Provider (ann@beacon.example)") && audit.contains("Mod Erator (mod@haven.example)"))
            #expect(audit.contains("report: The phone number is wrong or nobody answers"))
            let ids = try await app.db.withSQL { db in
                try await db.select().column("id").from("users").all().map { try $0.decode(column: "id", as: UUID.self) }
                    + db.select().column("id").from("facility_claims").all().map { try $0.decode(column: "id", as: UUID.self) }
            } + [UUID(uuidString: id)!]
            for uuid in ids { #expect(!audit.lowercased().contains(uuid.uuidString.lowercased() + "<"), "an id shows: \(uuid)") }
            #expect(!audit.contains("claim.approved") && !audit.contains("facility " + id.uppercased()))
        }
    }

    @Test func aRequestStillWaitingIsShownAsWaitingOnTheListingsPortalPages() async throws {
        try await withSample(AccountTests.fast) { app in
            let id = try await ClaimTests.facilityIDs(app, 1)[0]
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@beacon.example")
            _ = try await ann.submit("/facilities/\(id)/claim", ClaimTests.claim)
            for path in ["/portal/facilities/\(id)/edit", "/portal/facilities/\(id)"] {
                let page = try await ann.get(path)
                #expect(page.status == .forbidden)
                #expect(page.body.contains("Your request is waiting") && page.body.contains("is waiting for a moderator"), "\(path)")
                #expect(!page.body.contains("To ask to, open its public page"))
            }
            var bob = TestBrowser(app)
            try await TestAccounts.register(&bob, name: "Bob", email: "bob@other.example")
            let other = try await bob.get("/portal/facilities/\(id)/edit")
            #expect(other.status == .forbidden && other.body.contains("You don&#39;t manage this listing") && !other.body.contains("is waiting"))
        }
    }

    @Test func aListingStaffUpdatedDoesNotSayTheDirectoryIsItsOnlySource() async throws {
        try await withSample(AccountTests.fast) { app in
            var (ann, id) = try await ProfileEditTests.managedFacility(app)
            var visitor = TestBrowser(app)
            func freshness(_ body: String) -> String {
                guard let r = body.range(of: "<p class=\"freshness\"") else { return "" }
                return String(body[r.lowerBound...].components(separatedBy: "</p>").first ?? "")
            }
            let before = freshness(try await visitor.get("/facilities/\(id)").body)
            #expect(before.contains("From the SAMHSA national directory") && !before.contains("Updated by"), "\(before)")
            let form = try await ann.get("/portal/facilities/\(id)/edit")
            let saved = try await ann.post("/portal/facilities/\(id)/edit", ProfileEditTests.fields(form, ["new_patients": ["accepting"]]), from: form)
            #expect(saved.status == .seeOther)
            let after = freshness(try await visitor.get("/facilities/\(id)").body)
            #expect(after.contains("Updated by the facility&#39;s staff on"), "\(after)")
            #expect(after.contains("What they did not change is from the SAMHSA national directory") && !after.contains("From the SAMHSA"), "\(after)")
        }
    }
}
