import Fluent
import Foundation
import SQLKit

/// One-time links that prove an address is someone's: made for a purpose and a subject (a claim), mailed (sealed in
/// the outbox while they wait), used once within their lifetime. Only their SHA-256 is kept.
struct EmailConfirmations {
    enum Purpose: String, Sendable, Codable {
        /// A claim's work e-mail: `subject` is the claim.
        case claimWorkEmail = "claim-work-email"
        /// An account's own address: `subject` is the user.
        case accountEmail = "account-email"
    }

    struct Row: Codable, Sendable {
        let id: String
        let purpose: Purpose
        let subjectId: UUID
        let email: String
        let createdAt: Date
        let expiresAt: Date
        var usedAt: Date?

        static let table = "email_confirmations"
    }

    static let lifetime: TimeInterval = 7 * 86_400

    let db: any SQLDatabase

    init(_ database: any Database) throws { db = try database.sql }

    /// A new link's token for `email`, proving it for `purpose` and `subject`.
    func start(_ purpose: Purpose, subject: UUID, email: String, now: Date = Date()) async throws -> String {
        let token = SecretToken.make()
        try await db.insert(into: Row.table).row(Row(id: SecretToken.digest(token), purpose: purpose, subjectId: subject, email: email,
                                                     createdAt: now, expiresAt: now.addingTimeInterval(Self.lifetime), usedAt: nil)).run()
        return token
    }

    /// Whether `token` names a link that can still be used.
    func isOpen(_ token: String, now: Date = Date()) async throws -> Bool {
        guard let row = try await db.select().column("*").from(Row.table).where("id", .equal, SecretToken.digest(token))
            .first()?.decodeRow(Row.self) else { return false }
        return row.usedAt == nil && row.expiresAt > now
    }

    /// Uses the link `token` names, once: its row, or nil when it does not exist, was used or has expired.
    func use(_ token: String, now: Date = Date()) async throws -> Row? {
        guard token.count < 100, var row = try await db.select().column("*").from(Row.table).where("id", .equal, SecretToken.digest(token))
            .first()?.decodeRow(Row.self), row.usedAt == nil, row.expiresAt > now else { return nil }
        try await db.update(Row.table).set("used_at", to: now).where("id", .equal, row.id).where("used_at", .is, SQLLiteral.null).run()
        row.usedAt = now
        return row
    }
}
