import Fluent
import SQLKit

/// One-time links that prove someone holds an e-mail address (an account's, a claim's work e-mail), stored as their
/// SHA-256; each expires and can be used once. Accounts and claims record when their address was confirmed.
struct CreateEmailConfirmations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("email_confirmations")
            .field("id", .string, .identifier(auto: false))
            .field("purpose", .string, .required)
            .field("subject_id", .uuid, .required)
            .field("email", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .create()
        try await database.schema("facility_claims").field("work_email_confirmed_at", .datetime).update()
        try await database.schema("users").field("email_confirmed_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").deleteField("email_confirmed_at").update()
        try await database.schema("facility_claims").deleteField("work_email_confirmed_at").update()
        try await database.schema("email_confirmations").delete()
    }
}
