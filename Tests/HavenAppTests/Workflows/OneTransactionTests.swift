import Foundation
@testable import HavenApp
import HavenCore
import NIOConcurrencyHelpers
import SQLKit
import Testing
import VaporTesting

/// Issue 20: every action writes its change, its audit entry and its mail in one transaction. Each scenario below
/// is played twice: once with the action aborted just before its commit (`Settings.abortBeforeCommit`), which must
/// leave the database as it was (no change, no audit entry, no mail); once committed, which must write the entry and
/// change something (so the first half can fail).
@Suite struct OneTransactionTests {
    struct Scenario: Sendable, CustomTestStringConvertible {
        let action: AuditAction
        /// Sets the scene (its own actions commit), then performs `action` through `stage.act`.
        let play: @Sendable (Application, Stage) async throws -> Void
        var testDescription: String { action.rawValue }
    }

    /// Records the database around the one step that performs the action.
    final class Stage: @unchecked Sendable {
        let app: Application
        var status: HTTPResponseStatus?
        var before: [String] = []
        var after: [String] = []

        init(_ app: Application) { self.app = app }

        func act(_ step: () async throws -> TestBrowser.Page) async throws {
            before = try await OneTransactionTests.snapshot(app)
            status = try await step().status
            after = try await OneTransactionTests.snapshot(app)
        }
    }

    static func settings(_ s: inout Settings) {
        AccountTests.fast(&s)
        s.inquiryKeys = [Data(repeating: 7, count: 32)]
    }

    @Test(arguments: scenarios)
    func anActionAbortedBeforeItsCommitLeavesNothingBehind(_ scenario: Scenario) async throws {
        try await withSample({ Self.settings(&$0); $0.abortBeforeCommit = scenario.action }) { app in
            let stage = Stage(app)
            try await scenario.play(app, stage)
            #expect(stage.status == .internalServerError)
            #expect(stage.before == stage.after, "written outside the action's transaction: \(Self.difference(stage))")
            #expect(try await Self.audited(app, scenario.action) == 0)
        }
        try await withSample(Self.settings) { app in
            let stage = Stage(app)
            try await scenario.play(app, stage)
            #expect(stage.status == .seeOther || stage.status == .ok, "\(String(describing: stage.status))")
            #expect(stage.before != stage.after)
            #expect(try await Self.audited(app, scenario.action) == 1)
        }
    }

    @Test func everyAuditActionIsCoveredByAScenarioOrSaysWhyNot() {
        // Written only by the command line, which has its own test (OutboxSecretsTests, AdminCommandTests).
        let commandLine: Set<AuditAction> = [.passwordResetLink, .accountMadeAdmin]
        // Each of these follows a one-time link mailed to someone; their transactions are the same shape as the others'
        // and are covered by the mail tests.
        let byMailedLink: Set<AuditAction> = [.accountEmailConfirmed, .claimWorkEmailConfirmed, .passwordResetRequested]
        let covered = Set(Self.scenarios.map(\.action))
        let missing = Set(AuditAction.allCases).subtracting(covered).subtracting(commandLine).subtracting(byMailedLink)
        #expect(missing.isEmpty, "\(missing.map(\.rawValue).sorted())")
    }

    // MARK: The scenarios

    static let scenarios: [Scenario] = [
        Scenario(action: .accountRegistered) { app, stage in
            var visitor = TestBrowser(app)
            let form = try await visitor.get("/account/register")
            try await stage.act { try await visitor.post("/account/register", [("name", "Ann"), ("email", "ann@clinic.example"), ("password", TestAccounts.password)], from: form) }
        },
        Scenario(action: .passwordChanged) { app, stage in
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@clinic.example")
            let page = try await ann.get("/account/security")
            try await stage.act {
                try await ann.post("/account/password", [("current_password", TestAccounts.password), ("password", "a different long passphrase 42")], from: page)
            }
        },
        Scenario(action: .sessionsEnded) { app, stage in
            var laptop = TestBrowser(app), phone = TestBrowser(app)
            try await TestAccounts.register(&laptop, name: "Ann", email: "ann@clinic.example")
            _ = try await phone.submit("/account/sign-in", [("email", "ann@clinic.example"), ("password", TestAccounts.password)])
            let page = try await laptop.get("/account/security")
            try await stage.act { try await laptop.post("/account/sessions", [], from: page) }
        },
        Scenario(action: .accountRole) { app, stage in
            var bob = TestBrowser(app)
            try await TestAccounts.register(&bob, name: "Bob", email: "bob@clinic.example")
            var root = try await TestAccounts.signedIn(app, role: "admin", email: "root@haven.example")
            let page = try await root.get("/admin/accounts")
            let path = try #require(Self.formAction(page, containing: "/role"))
            try await stage.act { try await root.post(path, [("role", "editor")], from: page) }
        },
        Scenario(action: .accountCredentials) { app, stage in
            var bob = TestBrowser(app)
            try await TestAccounts.register(&bob, name: "Bob", email: "bob@clinic.example")
            var root = try await TestAccounts.signedIn(app, role: "admin", email: "root@haven.example")
            let page = try await root.get("/admin/accounts")
            let path = try #require(Self.formAction(page, containing: "/credentials"))
            try await stage.act { try await root.post(path, [("credentials", "MD")], token: page.formToken()) }
        },
        Scenario(action: .claimRequested) { app, stage in
            let id = try await ClaimTests.facilityIDs(app, 1)[0]
            var ann = TestBrowser(app)
            try await TestAccounts.register(&ann, name: "Ann", email: "ann@clinic.example")
            let form = try await ann.get("/facilities/\(id)/claim")
            try await stage.act { try await ann.post("/facilities/\(id)/claim", ClaimTests.claim, from: form) }
        },
        Scenario(action: .claimApproved) { app, stage in try await Self.decideClaim(app, stage, [("decision", "approve"), ("reason", "")]) },
        Scenario(action: .claimDeclined) { app, stage in try await Self.decideClaim(app, stage, [("decision", "decline"), ("reason", "Not your clinic")]) },
        Scenario(action: .listingEdited) { app, stage in
            var (ann, id) = try await ProfileEditTests.managedFacility(app)
            let edit = try await ann.get("/portal/facilities/\(id)/edit")
            try await stage.act { try await ann.post("/portal/facilities/\(id)/edit", ProfileEditTests.fields(edit, ["phone": ["555-010-0199"]]), from: edit) }
        },
        Scenario(action: .listingLeft) { app, stage in
            var (ann, id) = try await ProfileEditTests.managedFacility(app)
            let page = try await ann.get("/portal/facilities/\(id)")
            try await stage.act { try await ann.post("/portal/facilities/\(id)/leave", [], from: page) }
        },
        Scenario(action: .editsReviewed) { app, stage in
            var (ann, id) = try await ProfileEditTests.managedFacility(app)
            let edit = try await ann.get("/portal/facilities/\(id)/edit")
            _ = try await ann.post("/portal/facilities/\(id)/edit", ProfileEditTests.fields(edit, ["phone": ["555-010-0199"]]), from: edit)
            var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod2@haven.example")
            let queue = try await mod.get("/moderation/edits")
            try await stage.act { try await mod.post("/moderation/edits/\(id)", [], token: queue.formToken()) }
        },
        Scenario(action: .reportReceived) { app, stage in
            let id = try await ClaimTests.facilityIDs(app, 1)[0]
            var visitor = TestBrowser(app)
            let form = try await visitor.get("/facilities/\(id)/report")
            try await stage.act { try await visitor.post("/facilities/\(id)/report", Self.report, from: form) }
        },
        Scenario(action: .reportResolved) { app, stage in
            let id = try await ClaimTests.facilityIDs(app, 1)[0]
            var visitor = TestBrowser(app)
            _ = try await visitor.submit("/facilities/\(id)/report", Self.report)
            var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod@haven.example")
            let queue = try await mod.get("/moderation/reports")
            let path = try #require(Self.formAction(queue, containing: "/moderation/reports/"))
            try await stage.act { try await mod.post(path, [("note", "Fixed")], from: queue) }
        },
        Scenario(action: .listingSuspended) { app, stage in try await Self.suspension(app, stage, suspend: true) },
        Scenario(action: .listingReinstated) { app, stage in try await Self.suspension(app, stage, suspend: false) },
        Scenario(action: .inquiryStatus) { app, stage in try await Self.inquiry(app, stage, status: "closed") },
        Scenario(action: .inquiryDeleted) { app, stage in try await Self.inquiry(app, stage, status: "delete") },
        Scenario(action: .guideCreated) { app, stage in
            var (editor, _) = try await GuideWorkflowTests.staff(app)
            let form = try await editor.get("/editorial/new")
            try await stage.act { try await editor.post("/editorial/new", Self.guide + [("action", "save")], from: form) }
        },
        Scenario(action: .guideRevised) { app, stage in
            var (editor, _) = try await GuideWorkflowTests.staff(app)
            _ = try await editor.submit("/editorial/new", Self.guide + [("action", "save")])
            let form = try await editor.get("/editorial/guides/stopping-ketamine/edit")
            try await stage.act {
                try await editor.post("/editorial/guides/stopping-ketamine/edit",
                                      GuideWorkflowTests.fields(body: "## What it is\n\nCravings are common, and pass [1].") + [("action", "save")], from: form)
            }
        },
        Scenario(action: .guideSubmitted) { app, stage in
            var (editor, _) = try await GuideWorkflowTests.staff(app)
            _ = try await editor.submit("/editorial/new", Self.guide + [("action", "save")])
            let page = try await editor.get("/editorial/guides/stopping-ketamine/revisions/1")
            try await stage.act { try await editor.post("/editorial/guides/stopping-ketamine/revisions/1/submit", [], from: page) }
        },
        Scenario(action: .guideApproved) { app, stage in try await Self.review(app, stage, [("decision", "approve"), ("note", "")]) },
        Scenario(action: .guideReturned) { app, stage in try await Self.review(app, stage, [("decision", "return"), ("note", "Cite the second claim")]) },
        Scenario(action: .guideConfirmed) { app, stage in
            var (editor, reviewer) = try await GuideWorkflowTests.staff(app)
            _ = try await editor.submit("/editorial/new", Self.guide + [("action", "submit")])
            let page = try await reviewer.get("/editorial/guides/stopping-ketamine/revisions/1")
            _ = try await reviewer.post("/editorial/guides/stopping-ketamine/revisions/1/decide", [("decision", "approve"), ("note", "")], from: page)
            let overview = try await reviewer.get("/editorial/guides/stopping-ketamine")
            try await stage.act { try await reviewer.post("/editorial/guides/stopping-ketamine/confirm", [], from: overview) }
        },
    ]

    static let report = [("kind", "wrong-phone"), ("details", "The number is now 212-555-0199"), ("email", ""), ("website", "")]
    static let guide = GuideWorkflowTests.fields(body: "## What it is\n\nCravings are common [1].\n\n## When to get help\n\nCall 911 [2].")

    static func decideClaim(_ app: Application, _ stage: Stage, _ fields: [(String, String)]) async throws {
        let id = try await ClaimTests.facilityIDs(app, 1)[0]
        var ann = TestBrowser(app)
        try await TestAccounts.register(&ann, name: "Ann", email: "ann@clinic.example")
        _ = try await ann.submit("/facilities/\(id)/claim", ClaimTests.claim)
        var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod@haven.example")
        let queue = try await mod.get("/moderation/claims")
        let path = try #require(Self.formAction(queue, containing: "/moderation/claims/"))
        try await stage.act { try await mod.post(path, fields, from: queue) }
    }

    static func suspension(_ app: Application, _ stage: Stage, suspend: Bool) async throws {
        let id = try await ClaimTests.facilityIDs(app, 1)[0]
        var mod = try await TestAccounts.signedIn(app, role: "moderator", email: "mod@haven.example")
        let path = "/moderation/facilities/\(id)/suspension"
        var page = try await mod.get("/portal/facilities/\(id)")
        if !suspend {
            _ = try await mod.post(path, [("action", "suspend"), ("reason", "Closed for good")], from: page)
            page = try await mod.get("/portal/facilities/\(id)")
        }
        let fields = suspend ? [("action", "suspend"), ("reason", "Closed for good")] : [("action", "lift"), ("reason", "")]
        try await stage.act { try await mod.post(path, fields, from: page) }
    }

    static func inquiry(_ app: Application, _ stage: Stage, status: String) async throws {
        var (ann, id) = try await ProfileEditTests.managedFacility(app)
        var visitor = TestBrowser(app)
        _ = try await visitor.submit("/facilities/\(id)/contact", ContactTests.fields())
        let row = try #require(try await InquiryStore(app.db).inquiries(of: UUID(uuidString: id)!, since: .distantPast).first)
        let path = "/portal/facilities/\(id)/inquiries/\(row.id.uuidString.lowercased())"
        let page = try await ann.get(path)
        try await stage.act { try await ann.post(path, [("status", status)], from: page) }
    }

    static func review(_ app: Application, _ stage: Stage, _ fields: [(String, String)]) async throws {
        var (editor, reviewer) = try await GuideWorkflowTests.staff(app)
        _ = try await editor.submit("/editorial/new", Self.guide + [("action", "submit")])
        let page = try await reviewer.get("/editorial/guides/stopping-ketamine/revisions/1")
        try await stage.act { try await reviewer.post("/editorial/guides/stopping-ketamine/revisions/1/decide", fields, from: page) }
    }

    // MARK: Reading the database

    /// The first form on `page` whose action contains `part`.
    static func formAction(_ page: TestBrowser.Page, containing part: String) -> String? {
        page.body.components(separatedBy: "action=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }.first { $0.contains(part) }
    }

    static func audited(_ app: Application, _ action: AuditAction) async throws -> Int {
        try await AccountStore(app.db).auditLog().filter { $0.action == action }.count
    }

    /// Every table's row count, and the columns actions update in place. (`daily_counts` is left out: the visit
    /// counter flushes it on its own clock.)
    static func snapshot(_ app: Application) async throws -> [String] {
        try await app.db.withSQL { sql in
            let tables = try await sql.raw(sql.dialect.name == "sqlite"
                ? "SELECT name AS t FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                : "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name")
                .all().map { try $0.decode(column: "t", as: String.self) }
            var lines: [String] = []
            for table in tables where table != "daily_counts" {
                let n = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).first()!.decode(column: "n", as: Int.self)
                lines.append("\(table): \(n) rows")
            }
            for query in [
                "SELECT status AS v FROM facility_claims ORDER BY id",
                "SELECT CASE WHEN work_email_confirmed_at IS NULL THEN 'unconfirmed' ELSE 'confirmed' END AS v FROM facility_claims ORDER BY id",
                "SELECT status AS v FROM facility_reports ORDER BY id",
                "SELECT status AS v FROM inquiries ORDER BY id",
                "SELECT CASE WHEN reviewed_at IS NULL THEN 'waiting' ELSE 'reviewed' END AS v FROM facility_edits ORDER BY id",
                "SELECT email || ' ' || role || ' ' || credentials || ' ' || password_hash AS v FROM users ORDER BY email",
                "SELECT status AS v FROM guide_revisions ORDER BY id",
                "SELECT CASE WHEN review_due_at IS NULL THEN 'none' ELSE CAST(review_due_at AS TEXT) END AS v FROM guides ORDER BY id",
                "SELECT CAST(revision AS TEXT) AS v FROM data_state",
            ] {
                let table = query.components(separatedBy: " FROM ")[1].split(separator: " ")[0]
                lines += try await sql.raw(SQLQueryString(query)).all().map { "\(table): " + (try $0.decode(column: "v", as: String.self)) }
            }
            return lines
        }
    }

    static func difference(_ stage: Stage) -> String {
        zip(stage.before, stage.after).filter { $0.0 != $0.1 }.map { "\($0.0) -> \($0.1)" }.joined(separator: "; ")
    }
}
