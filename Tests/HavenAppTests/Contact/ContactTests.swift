import Foundation
@testable import HavenApp
import HavenCore
import Testing
import VaporTesting

/// A seeker's private message to a facility: sent from the listing's page, read only in its managers' inbox, sealed
/// at rest, never logged, deleted after the retention period; robots, floods and forgeries turned away.
@Suite struct ContactTests {
    static let message = "Zebra-quartz-7731: my brother uses ketamine daily and has bladder pain"

    static func fields(_ message: String = ContactTests.message, consent: Bool = true, reach: String = "212-555-0142") -> [(String, String)] {
        [("name", "Sam"), ("method", "text"), ("reach", reach), ("best_time", "evening"), ("for_whom", "someone-else"),
         ("age_group", "18-25"), ("payment", "medicaid"), ("message", message), ("website", "")] + (consent ? [("consent", "yes")] : [])
    }

    @Test func aMessageReachesTheManagersInboxAndNoOneElse() async throws {
        try await withSample({ AccountTests.fast(&$0); $0.inquiryKeys = [Data(repeating: 7, count: 32)] }) { app in
            let logs = CapturedLogs.install(on: app)
            var (ann, id) = try await ProfileEditTests.managedFacility(app)
            var visitor = TestBrowser(app)
            let page = try await visitor.get("/facilities/\(id)")
            #expect(page.body.contains("href=\"/facilities/\(id)/contact\">Send a private message</a>"))
            // A mistake keeps everything typed and says what to do.
            var sent = try await visitor.submit("/facilities/\(id)/contact", Self.fields(consent: false, reach: "12345"))
            #expect(sent.status == .unprocessableEntity)
            #expect(sent.body.contains("Enter a US phone number with its area code") && sent.body.contains("Tick the box to agree"))
            #expect(sent.body.contains(">\n\(Self.message)</textarea>") && sent.body.contains("value=\"Sam\""))
            sent = try await visitor.post("/facilities/\(id)/contact", Self.fields(), from: sent)
            #expect(sent.status == .ok && sent.body.contains("Message sent") && sent.body.contains(Self.message), "the sender sees what was sent")
            #expect(sent.headers.first(name: .cacheControl) == "no-store")
            #expect(sent.headers[.setCookie].isEmpty && visitor.cookie == nil, "no cookie for a visitor")
            #expect(try await count(app, "inquiries") == 1)
            // Sealed at rest: the row holds none of it.
            let row = try #require(try await InquiryStore(app.db).inquiries(of: UUID(uuidString: id)!, since: .distantPast).first)
            #expect(!String(decoding: row.sealed, as: UTF8.self).contains("Zebra") && row.sealed.count > Self.message.utf8.count)
            // The managers are told, with nothing of the message.
            let mail = try #require(try await Outbox.recent(on: app.db.sql).first { $0.kind == .inquiryReceived })
            #expect(mail.recipient == "ann@beacon.example" && mail.body.contains("/portal/facilities/\(id)/inquiries"))
            #expect(!mail.body.contains("Zebra") && !mail.body.contains("Sam") && !mail.body.contains("555-0142"))
            // The manager reads it, marks it replied, deletes it.
            let inbox = try await ann.get("/portal/facilities/\(id)/inquiries")
            #expect(inbox.status == .ok && inbox.body.contains(">Sam</a>: text message") && inbox.headers.first(name: .cacheControl) == "no-store")
            let path = "/portal/facilities/\(id)/inquiries/\(row.id.uuidString.lowercased())"
            let detail = try await ann.get(path)
            #expect(detail.body.contains(Self.message) && detail.body.contains("href=\"sms:+12125550142\">Text 212-555-0142</a>"))
            #expect(try await ann.post(path, [("status", "replied")], from: detail).location == path + "?done=status")
            #expect(try await ann.get("/portal/facilities/\(id)/inquiries").body.contains("Replied"))
            // Nobody else: not a moderator, not an admin, not another provider, not a visitor.
            var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod2@haven.example")
            var admin = try await TestAccounts.signedIn(app, role: "admin", email: "root@haven.example")
            var bob = TestBrowser(app)
            try await TestAccounts.register(&bob, name: "Bob", email: "bob@other.example")
            for browser in [mod, admin, bob] {
                var b = browser
                #expect(try await b.get("/portal/facilities/\(id)/inquiries").status == .forbidden)
                #expect(try await b.get(path).status == .forbidden)
            }
            #expect(try await visitor.get(path).status == .seeOther, "a visitor is sent to sign in")
            #expect(!(try await mod.get("/moderation/inquiries").body.contains("Zebra")))
            #expect(!(try await admin.get("/moderation/audit").body.contains("Zebra")))
            let again = try await ann.get(path)
            #expect(try await ann.post(path, [("status", "delete")], from: again).location == "/portal/facilities/\(id)/inquiries?done=deleted")
            #expect(try await count(app, "inquiries") == 0)
            // Nothing of it reached the log, at any level.
            #expect(!logs.text.contains("Zebra") && !logs.text.contains("555-0142") && !logs.text.isEmpty)
        }
    }

    @Test func theDatabaseFileHoldsNoMessageInPlainText() async throws {
        guard !TestDatabase.isPostgres else { return }
        try await withSample({ AccountTests.fast(&$0); $0.inquiryKeys = [Data(repeating: 9, count: 32)] }) { app in
            let (_, id) = try await ProfileEditTests.managedFacility(app)
            var visitor = TestBrowser(app)
            #expect(try await visitor.submit("/facilities/\(id)/contact", Self.fields()).status == .ok)
            guard case .sqlite(let path) = app.havenSettings.storage else { return }
            // The file and its write-ahead log, as they are on disk now.
            let bytes = [path, path + "-wal"].compactMap { FileManager.default.contents(atPath: $0) }.reduce(Data(), +)
            // The check reads what is stored: the manager's address, stored in the clear, is found.
            #expect(bytes.count > 100_000 && bytes.range(of: Data("ann@beacon.example".utf8)) != nil)
            for secret in ["Zebra-quartz", "bladder pain", "212-555-0142", "someone-else"] {
                #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is in the database file")
            }
        }
    }

    @Test func aFacilityNoOneManagesSaysToCallBeforeAnythingIsTyped() async throws {
        try await withSample(AccountTests.fast) { app in
            let id = try await ClaimTests.facilityIDs(app, 1)[0]
            var visitor = TestBrowser(app)
            #expect(try await visitor.get("/facilities/\(id)").body.contains("does not receive messages through Haven yet"))
            let page = try await visitor.get("/facilities/\(id)/contact")
            #expect(page.body.contains("Please call instead") && !page.body.contains("name=\"message\""))
            #expect(try await visitor.post("/facilities/\(id)/contact", Self.fields(), token: "x").status == .conflict)
            #expect(try await count(app, "inquiries") == 0)
        }
    }

    @Test func aManagerWhoLeavesNoLongerReadsAndTheListingSaysToCall() async throws {
        try await withSample(AccountTests.fast) { app in
            var (ann, id) = try await ProfileEditTests.managedFacility(app)
            var visitor = TestBrowser(app)
            #expect(try await visitor.submit("/facilities/\(id)/contact", Self.fields()).status == .ok)
            let manage = try await ann.get("/portal/facilities/\(id)")
            #expect(manage.body.contains("Read 1 new message"))
            // Someone else cannot make Ann leave, and a moderator who does not manage it has nothing to leave.
            var bob = TestBrowser(app)
            try await TestAccounts.register(&bob, name: "Bob", email: "bob@other.example")
            #expect(try await bob.post("/portal/facilities/\(id)/leave", [], token: manage.formToken(action: "/portal/facilities/\(id)/leave")).status == .forbidden)
            let left = try await ann.post("/portal/facilities/\(id)/leave", [], from: manage)
            #expect(left.location == "/portal")
            #expect(try await ann.get("/portal/facilities/\(id)/inquiries").status == .forbidden)
            #expect(try await visitor.get("/facilities/\(id)").body.contains("does not receive messages through Haven yet"))
            #expect(try await visitor.post("/facilities/\(id)/contact", Self.fields(), token: "x").status == .conflict)
            var admin = try await TestAccounts.signedIn(app, role: "admin", email: "root@haven.example")
            #expect(try await admin.get("/moderation/audit").body.contains("Stopped managing a listing"))
        }
    }

    @Test func robotsFloodsAndForgeriesAreTurnedAway() async throws {
        try await withSample({ AccountTests.fast(&$0); $0.inquiryClientBurst = 2 }) { app in
            let (_, id) = try await ProfileEditTests.managedFacility(app)
            var robot = TestBrowser(app)
            var fields = Self.fields()
            fields[fields.firstIndex { $0.0 == "website" }!] = ("website", "http://spam.example")
            let thanked = try await robot.submit("/facilities/\(id)/contact", fields)
            #expect(thanked.status == .ok && thanked.body.contains("Message sent"), "a robot learns nothing")
            #expect(try await count(app, "inquiries") == 0)
            var visitor = TestBrowser(app)
            var statuses: [HTTPStatus] = []
            for _ in 0..<3 { statuses.append(try await visitor.submit("/facilities/\(id)/contact", Self.fields()).status) }
            #expect(statuses == [.ok, .ok, .tooManyRequests], "two an hour from one connection, then wait")
            let limited = try await visitor.submit("/facilities/\(id)/contact", Self.fields())
            #expect(limited.body.contains("or call the facility instead") && limited.body.contains(Self.message), "kept as typed")
            #expect(try await count(app, "inquiries") == 2)
            // Forged, or sent from another site: refused before anything is read.
            #expect(try await visitor.post("/facilities/\(id)/contact", Self.fields(), token: "forged").status == .forbidden)
            let form = try await visitor.get("/facilities/\(id)/contact")
            #expect(try await visitor.post("/facilities/\(id)/contact", Self.fields(), from: form, origin: "https://evil.example").status == .forbidden)
            // A message over the size limit is told so.
            let long = try await visitor.post("/facilities/\(id)/contact", Self.fields(String(repeating: "a", count: 2001)), from: form)
            #expect(long.status == .unprocessableEntity && long.body.contains("Keep the message under 2000 characters"))
            // Moderators see the volumes, counts only.
            try await app.flushCounts()
            var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod2@haven.example")
            let volumes = try await mod.get("/moderation/inquiries")
            #expect(volumes.status == .ok && volumes.body.contains("Kept now: 2 messages"))
            let today = DailyCounts.day(Date())
            #expect(volumes.body.contains("<th scope=\"row\">\(today)</th><td>2</td><td>1</td><td>2</td>"), "sent, robots, over the limits")
            #expect(!volumes.body.contains("Zebra"))
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Provider", email: "p@other.example")
            #expect(try await ann.get("/moderation/inquiries").status == .forbidden)
        }
    }

    @Test func oldMessagesAreDeletedAfterTheRetentionPeriod() async throws {
        try await withSample({ AccountTests.fast(&$0); $0.inquiryRetentionDays = 30 }) { app in
            let facility = UUID(uuidString: try await ClaimTests.facilityIDs(app, 1)[0])!
            let sealer = try await app.inquirySealer()
            let now = Date()
            for age in [31.0, 29.0] {
                let id = UUID(), at = now.addingTimeInterval(-age * 86_400)
                let s = try sealer.seal(Inquiry(name: "Old \(age)"), id: id, facility: facility)
                try await InquiryStore(app.db).add(InquiryRow(id: id, facilityId: facility, status: .new, keyId: s.keyID, sealed: s.box, createdAt: at, updatedAt: at))
            }
            #expect(try await ContactHousekeeping.purge(app, now: now) == 1)
            let left = try await InquiryStore(app.db).inquiries(of: facility, since: .distantPast)
            let kept = try sealer.open(left[0].box, id: left[0].id, facility: facility)
            #expect(left.count == 1 && kept.name == "Old 29.0")
        }
    }

    /// Issue 19, finding 6: fail closed. Only an explicit `--env development` (or tests) serves without a key.
    @Test func servingRefusesToStartWithoutAKeyUnlessDevelopmentIsAskedFor() throws {
        let none = Settings(storage: .sqlite(path: "x"))
        #expect(throws: Settings.Invalid.self) { try Application.checkInquiryKey(none, environment: .production, serving: true) }
        try Application.checkInquiryKey(none, environment: .production, serving: false)
        // No --env at all (Vapor falls back to development), a staging or a misspelt environment: refused.
        #expect(throws: Settings.Invalid.self) { try Application.checkInquiryKey(none, environment: .development, serving: true) }
        #expect(throws: Settings.Invalid.self) { try Application.checkInquiryKey(none, environment: .init(name: "staging"), serving: true) }
        #expect(throws: Settings.Invalid.self) { try Application.checkInquiryKey(none, environment: .init(name: "prd"), serving: true) }
        var asked = none
        asked.environmentNamed = true
        try Application.checkInquiryKey(asked, environment: .development, serving: true)
        #expect(throws: Settings.Invalid.self) { try Application.checkInquiryKey(asked, environment: .init(name: "staging"), serving: true) }
        try Application.checkInquiryKey(none, environment: .testing, serving: true)
        var keyed = none
        keyed.inquiryKeys = [Data(repeating: 1, count: 32)]
        try Application.checkInquiryKey(keyed, environment: .production, serving: true)
        // The setting: base64 of 32 bytes, several while rotating; anything else is named.
        let key = InquirySealer.newKey()
        #expect(try Settings.fromEnvironment(["HAVEN_INQUIRY_KEY": "\(key), \(key)"]).inquiryKeys.count == 2)
        #expect(throws: Settings.Invalid.self) { try Settings.fromEnvironment(["HAVEN_INQUIRY_KEY": "c2hvcnQ="]) }
        #expect(try Settings.fromEnvironment([:]).inquiryRetentionDays == 90)
    }

    @Test func aSealedMessageOpensOnlyWhereItBelongs() throws {
        let old = Data(repeating: 1, count: 32), new = Data(repeating: 2, count: 32)
        let id = UUID(), facility = UUID()
        let inquiry = Inquiry(name: "Sam", method: "email", reach: "sam@example.org", forWhom: "self", message: "Hello", consent: true)
        let sealed = try InquirySealer(keys: [old]).seal(inquiry, id: id, facility: facility)
        // Rotation: the new key seals, the old one still opens what it sealed.
        let rotated = InquirySealer(keys: [new, old])
        #expect(try rotated.open(sealed, id: id, facility: facility) == inquiry)
        #expect(try rotated.seal(inquiry, id: id, facility: facility).keyID != sealed.keyID)
        #expect(throws: InquirySealer.CannotOpen.self) { try InquirySealer(keys: [new]).open(sealed, id: id, facility: facility) }
        // Moved to another row or facility, or altered: it does not open.
        #expect(throws: (any Error).self) { try rotated.open(sealed, id: UUID(), facility: facility) }
        #expect(throws: (any Error).self) { try rotated.open(sealed, id: id, facility: UUID()) }
        var bytes = sealed.box
        bytes[bytes.count - 1] ^= 1
        #expect(throws: (any Error).self) { try rotated.open(.init(keyID: sealed.keyID, box: bytes), id: id, facility: facility) }
    }
}
