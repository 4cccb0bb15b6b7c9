import Foundation
@testable import HavenApp
import HavenCore
import SQLKit
import Testing

/// Issue 20: statuses, audit actions, form purposes, notices and decisions are enums; no source file spells one as a
/// string literal where code compares or stores it, and audit entries and mail are written only through `Work`.
@Suite struct VocabularyTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Every Swift file of the app target, by its path inside `Sources/HavenApp/`.
    static func appSources() throws -> [(path: String, text: String)] {
        let root = repository.appendingPathComponent("Sources/HavenApp")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" }
        return try files.map { (String($0.path.dropFirst(root.path.count + 1)), try String(contentsOf: $0, encoding: .utf8)) }
            .sorted { $0.path < $1.path }
    }

    /// Lines of `sources` (outside `allowed` files) that match `pattern`.
    static func offenders(_ pattern: String, allowed: Set<String> = []) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern)
        return try appSources().filter { !allowed.contains($0.path) }.flatMap { file in
            file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { n, line -> String? in
                let s = String(line)
                return regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) == nil ? nil : "\(file.path):\(n + 1): \(s.trimmingCharacters(in: .whitespaces))"
            }
        }
    }

    @Test func auditEntriesAndMailAreWrittenOnlyThroughWork() throws {
        #expect(try Self.offenders(#"insert\(into: AuditRow\.table\)"#, allowed: ["Shared/Storage/Work.swift"]) == [])
        #expect(try Self.offenders(#"Outbox\.enqueue\("#, allowed: ["Shared/Storage/Work.swift"]) == [])
    }

    @Test func noStatusActionRoleOrKindIsAStringLiteral() throws {
        // Stored or passed: `status: "pending"`, `action: "claim.approved"`.
        #expect(try Self.offenders(#"(?<![.\w])(action|status|role|kind|purpose|decision):\s*"[a-z]"#) == [])
        // Compared: `decision == "approve"`, `form.text("status") == "delete"`.
        #expect(try Self.offenders(#"\b(decision|status|action|role|kind|purpose)\s*(==|!=)\s*"[a-z]"#) == [])
        #expect(try Self.offenders(#"form\.text\("(decision|status|action|role)"\)\s*(==|!=)\s*""#) == [])
    }

    @Test func noticesAreCarriedOnlyByTheirEnums() throws {
        #expect(try Self.offenders(#"\("done",|at: "done"\]"#, allowed: ["Shared/Vocabulary/Notice.swift"]) == [])
    }

    @Test func aStoredValueThisVersionDoesNotKnowIsAnErrorNotADefault() async throws {
        // The old typed views read an unknown role as "provider"; the row now refuses to decode.
        try await withHaven { app in
            try await app.db.withSQL { sql in
                try await sql.insert(into: UserRow.table).columns("id", "email", "name", "password_hash", "role", "created_at", "credentials")
                    .values(SQLBind(UUID()), SQLBind("eve@clinic.example"), SQLBind("Eve"), SQLBind("!"), SQLBind("superuser"),
                            SQLBind(Date()), SQLBind("")).run()
            }
            await #expect(throws: (any Error).self) { try await AccountStore(app.db).user(email: EmailAddress("eve@clinic.example")!) }
        }
    }
}
