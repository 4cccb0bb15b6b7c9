import Fluent
import Foundation
import SQLKit

/// One message Haven sends. Bodies are plain text and carry no health details.
struct Mail: Sendable, Equatable {
    enum Kind: String, Sendable, Codable {
        case passwordReset = "password-reset"
        case claimReceived = "claim-received"
        case claimDecided = "claim-decided"
        case reportReceived = "report-received"
        case guideReview = "guide-review"
        case inquiryReceived = "inquiry-received"
        /// A reset asked for while no mail server is set: no link was made (an operator gives one at the terminal).
        case resetRequested = "reset-requested"
        case confirmEmail = "confirm-email"
        case registrationAttempt = "registration-attempt"

        /// Mail whose text holds a one-time link: sealed while it waits, never shown, not kept once sent.
        var carriesOneTimeLink: Bool { self == .passwordReset || self == .confirmEmail }
    }

    let recipient: String
    let subject: String
    let body: String
    let kind: Kind
}

/// A `mail_outbox` row.
struct MailRow: Codable, Sendable {
    enum Status: String, Sendable, Codable {
        /// Waiting to be delivered (or, with no mail server configured, kept here for an admin to read).
        case pending
        case sent
        /// Every retry failed; an admin can read why.
        case dead
    }

    var id = UUID()
    let recipient: String
    let subject: String
    let body: String
    let kind: Mail.Kind
    var status: Status
    var attempts: Int
    var lastError: String?
    let createdAt: Date
    var nextAttemptAt: Date
    var sentAt: Date?
    var lease: String? = nil

    static let table = "mail_outbox"

}

/// The one way Haven sends mail: every message is written to the outbox (inside the caller's transaction when
/// there is one), and a deliverer sends what is due when a mail server is configured.
enum Outbox {
    /// Keeps `mail` for delivery. A mail that carries a one-time link must be sealed (`sealer`): its link never
    /// rests in clear, for an admin reading the outbox or anyone holding a copy of the database.
    static func enqueue(_ mail: Mail, on db: any SQLDatabase, sealer: InquirySealer? = nil, now: Date = Date()) async throws {
        let id = UUID()
        var body = mail.body
        if mail.kind.carriesOneTimeLink {
            guard let sealer else { throw HavenError(.internalServerError, "Something went wrong", "A mail with a one-time link must be sealed.") }
            body = try sealer.sealText(body, label: label(id))
        }
        try await db.insert(into: MailRow.table).row(MailRow(id: id,
            recipient: mail.recipient, subject: mail.subject, body: body, kind: mail.kind,
            status: .pending, attempts: 0, lastError: nil, createdAt: now, nextAttemptAt: now, sentAt: nil)).run()
    }

    /// The text to send: a sealed body opened (it opens only in its own row).
    static func body(of row: MailRow, sealer: () async throws -> InquirySealer) async throws -> String {
        InquirySealer.isSealedText(row.body) ? try await sealer().openText(row.body, label: label(row.id)) : row.body
    }

    private static func label(_ id: UUID) -> String { "mail_outbox\u{0}" + id.uuidString.lowercased() }

    static func recent(on db: any SQLDatabase, limit: Int = 100) async throws -> [MailRow] {
        try await db.select().column("*").from(MailRow.table).orderBy("created_at", .descending).limit(limit).all()
            .map { try $0.decodeRow(MailRow.self) }
    }

    /// Messages due for a delivery attempt, oldest first. A row this version cannot read (a kind a newer version
    /// wrote, during a rolling upgrade) is left for the instance that can, not allowed to stop every pass.
    static func due(on db: any SQLDatabase, now: Date = Date(), limit: Int = 20) async throws -> [MailRow] {
        try await db.select().column("*").from(MailRow.table)
            .where("status", .equal, MailRow.Status.pending.rawValue).where("next_attempt_at", .lessThanOrEqual, now)
            .orderBy("created_at").limit(limit).all().compactMap { try? $0.decodeRow(MailRow.self) }
    }

    /// Takes a due message for this deliverer: true when it is ours (another instance may have taken it first).
    /// The lease holds it for `hold` seconds; a deliverer that dies leaves it to be retried after.
    static func lease(_ row: MailRow, token: String, on db: any SQLDatabase, now: Date = Date(), hold: TimeInterval = 300) async throws -> Bool {
        try await db.update(MailRow.table).set("lease", to: token).set("next_attempt_at", to: now.addingTimeInterval(hold))
            .where("id", .equal, row.id).where("status", .equal, MailRow.Status.pending.rawValue)
            .where("next_attempt_at", .lessThanOrEqual, now).run()
        return try await db.select().column("lease").from(MailRow.table).where("id", .equal, row.id).first()?
            .decode(column: "lease", as: String?.self) == token
    }

    /// Sent: a message with a one-time link keeps no copy of it (least data kept).
    static func markSent(_ id: UUID, redact: Bool = false, on db: any SQLDatabase, now: Date = Date()) async throws {
        let update = db.update(MailRow.table)
        if redact { update.set("body", to: "(delivered; its one-time link is not kept)") }
        try await update.set("status", to: MailRow.Status.sent.rawValue).set("sent_at", to: now)
            .set("attempts", to: SQLBinaryExpression(SQLIdentifier("attempts"), .add, SQLLiteral.numeric("1")))
            .where("id", .equal, id).run()
    }

    /// Waits between attempts: 1 min, 5 min, 30 min, 2 h, 12 h; after the last, the message is dead.
    static let retryDelays: [TimeInterval] = [60, 300, 1800, 7200, 43200]

    /// A failed attempt: retried later, or dead after the last retry (at once when the server refused for good).
    static func markFailed(_ row: MailRow, error: String, permanent: Bool = false, on db: any SQLDatabase, now: Date = Date()) async throws {
        let attempts = row.attempts + 1
        let dead = permanent || attempts > retryDelays.count
        try await db.update(MailRow.table)
            .set("attempts", to: attempts)
            .set("last_error", to: String(error.prefix(500)))
            .set("status", to: (dead ? MailRow.Status.dead : .pending).rawValue)
            .set("next_attempt_at", to: now.addingTimeInterval(dead ? 0 : retryDelays[attempts - 1]))
            .where("id", .equal, row.id).run()
    }
}
