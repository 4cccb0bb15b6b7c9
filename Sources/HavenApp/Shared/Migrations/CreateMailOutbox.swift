import Fluent
import SQLKit

/// Every message Haven sends, kept so an admin can read it (the flows work with no mail server) and so delivery
/// can be retried: `pending` until sent, `sent`, or `dead` after the last retry.
struct CreateMailOutbox: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("mail_outbox")
            .id()
            .field("recipient", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("kind", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("last_error", .string)
            .field("created_at", .datetime, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("sent_at", .datetime)
            // The instance delivering it now: several instances share the outbox, one sends each message.
            .field("lease", .string)
            .create()
        try await database.sql.create(index: "mail_outbox_due").on("mail_outbox").column("status").column("next_attempt_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("mail_outbox").delete()
    }
}
