import Fluent
import SQLKit

/// Signed-in sessions, in the database so every app instance shares them. The id is the SHA-256 of the cookie's
/// token: a copy of the table signs nobody in.
struct CreateUserSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("user_sessions")
            .field("id", .string, .identifier(auto: false))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .create()
        try await database.sql.create(index: "user_sessions_user").on("user_sessions").column("user_id").run()
        try await database.sql.create(index: "user_sessions_expires").on("user_sessions").column("expires_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("user_sessions").delete()
    }
}
