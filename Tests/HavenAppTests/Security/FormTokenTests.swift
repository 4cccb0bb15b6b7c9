import Foundation
import HavenCore
@testable import HavenApp
import SQLKit
import Testing
import VaporTesting

/// Findings 5 and 12 of issue 19: every form's token expires (one check for all 22 forms; the one-button forms
/// ignored it), and a form's `Origin` must match in scheme, host and port.
@Suite struct FormTokenTests {
    /// A token for `purpose` in `browser`'s session, made `age` seconds ago with the site's real key.
    static func token(_ app: Application, _ purpose: FormPurpose, for browser: TestBrowser, age: TimeInterval) async throws -> String {
        let binding = browser.cookie.map(SecretToken.digest) ?? ""
        return try await app.siteSecrets.formGuard(app.db).token(purpose: purpose.rawValue, binding: binding, now: Date().addingTimeInterval(-age))
    }

    @Test func aThirtyDayOldTokenChangesNothingOnAnyForm() async throws {
        try await withSample({ AccountTests.fast(&$0); $0.inquiryKeys = [Data(repeating: 7, count: 32)] }) { app in
            var admin = try await TestAccounts.signedIn(app, role: "admin", email: "root@haven.example", name: "Root")
            var bob = TestBrowser(app)
            try await TestAccounts.register(&bob, name: "Bob", email: "bob@clinic.example")
            let bobID = try #require(try await AccountStore(app.db).user(email: EmailAddress("bob@clinic.example")!)).id
            let rootID = try #require(try await AccountStore(app.db).user(email: EmailAddress("root@haven.example")!)).id
            let facility = try #require(UUID(uuidString: try await ClaimTests.facilityIDs(app, 1)[0]))
            try await ClaimStore(app.db).addManager(facility: facility, user: rootID, claim: nil)
            let f = facility.uuidString.lowercased(), some = UUID().uuidString.lowercased()
            let month: TimeInterval = 30 * 86_400
            // Every one-button form, as someone allowed to use it.
            let forms: [(FormPurpose, String, [(String, String)])] = [
                (.accountRole, "/admin/accounts/\(bobID.uuidString.lowercased())/role", [("role", "admin")]),
                (.accountRole, "/admin/accounts/\(bobID.uuidString.lowercased())/credentials", [("credentials", "MD")]),
                (.leave, "/portal/facilities/\(f)/leave", []),
                (.reviewEdits, "/moderation/edits/\(f)", []),
                (.resolveReport, "/moderation/reports/\(some)", [("note", "done")]),
                (.suspension, "/moderation/facilities/\(f)/suspension", [("action", "suspend"), ("reason", "Closed")]),
                (.guideReview, "/editorial/guides/ketamine-withdrawal/revisions/1/submit", []),
                (.confirmGuide, "/editorial/guides/ketamine-withdrawal/confirm", []),
                (.inquiryStatus, "/portal/facilities/\(f)/inquiries/\(some)", [("status", "closed")]),
                (.signOut, "/account/sign-out", []),
            ]
            for (purpose, path, fields) in forms {
                let old = try await Self.token(app, purpose, for: admin, age: month)
                let page = try await admin.post(path, fields, token: old)
                #expect(page.status == .forbidden && page.body.contains("Page open too long"), "\(path): \(page.status)")
            }
            // Nothing changed: Bob is a provider, Root still manages the listing and is still signed in.
            #expect(try await AccountStore(app.db).user(id: bobID)?.role == .provider)
            #expect(try await ClaimStore(app.db).manages(user: rootID, facility: facility))
            #expect(try await admin.get("/portal").status == .ok)
            // A token within its 4 hours works.
            let fresh = try await Self.token(app, .accountRole, for: admin, age: 3 * 3600)
            #expect(try await admin.post("/admin/accounts/\(bobID.uuidString.lowercased())/role", [("role", "editor")], token: fresh).status == .seeOther)
            #expect(try await AccountStore(app.db).user(id: bobID)?.role == .editor)
        }
    }

    @Test func theOriginMustMatchInSchemeHostAndPort() async throws {
        try await withHaven(AccountTests.fast) { app in
            var ann = TestBrowser(app)
            let page = try await ann.get("/account/register")
            let fields = [("name", "Ann"), ("email", "ann@clinic.example"), ("password", TestAccounts.password)]
            for origin in ["https://127.0.0.1:8080", "http://127.0.0.1:8081", "http://127.0.0.1", "null", "http://evil.example:8080"] {
                let refused = try await ann.post("/account/register", fields, from: page, origin: origin)
                #expect(refused.status == .forbidden, "\(origin)")
            }
            #expect(try await count(app, "users") == 0)
            #expect(try await ann.post("/account/register", fields, from: page).status == .ok)
        }
        // Served as https (a proxy in front): an http origin is another site.
        try await withHaven({ AccountTests.fast(&$0); $0.publicURL = "https://haven.example.org" }) { app in
            var ann = TestBrowser(app)
            let page = try await ann.get("/account/register")
            let fields = [("name", "Ann"), ("email", "ann@clinic.example"), ("password", TestAccounts.password)]
            #expect(try await ann.post("/account/register", fields, from: page, origin: "http://127.0.0.1:8080").status == .forbidden)
            #expect(try await ann.post("/account/register", fields, from: page, origin: "https://127.0.0.1:8080").status == .ok)
        }
    }
}

/// Finding 6 of issue 19: the development key is never kept in the database; one an earlier version kept there
/// moves to a file beside it (readable by its owner only), so the messages it sealed still open.
@Suite struct DevelopmentKeyTests {
    @Test func theDevelopmentKeyLivesInAFileNotInTheDatabase() async throws {
        let database = TestDatabase()
        guard case .sqlite(let path) = database.storage else { return }  // the key file sits beside a SQLite file
        defer { database.removeFile(); try? FileManager.default.removeItem(atPath: path + ".inquiry-key") }
        var settings = Settings(storage: database.storage)
        settings.environmentNamed = true
        let app = try await Application.make(.development)
        do {
            try await configure(app, settings: settings)
            try await app.autoMigrate()
            // As an earlier version left it: the key in site_secrets.
            let old = Data((0..<32).map { _ in UInt8.random(in: 0...255) })
            try await app.db.sql.insert(into: "site_secrets").columns("name", "value").values(SQLBind("development-inquiry-key"), SQLBind(SecretToken.base64URL(old))).run()
            let sealer = try await app.inquirySealer()
            let inquiry = Inquiry(name: "Sam", method: "email", reach: "sam@example.org", forWhom: "self", message: "Hello", consent: true)
            let id = UUID(), facility = UUID()
            #expect(try InquirySealer(keys: [old]).open(sealer.seal(inquiry, id: id, facility: facility), id: id, facility: facility) == inquiry)
            #expect(try await count(app, "site_secrets", where: "development-inquiry-key") == 0)
            let attributes = try FileManager.default.attributesOfItem(atPath: path + ".inquiry-key")
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
            let file = try String(contentsOfFile: path + ".inquiry-key", encoding: .utf8)
            #expect(SecretToken.fromBase64URL(file.trimmingCharacters(in: .whitespacesAndNewlines)) == old)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

func count(_ app: Application, _ table: String, where name: String) async throws -> Int {
    try await app.db.withSQL { sql in
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).where("name", .equal, name)
            .first()!.decode(column: "n", as: Int.self)
    }
}
