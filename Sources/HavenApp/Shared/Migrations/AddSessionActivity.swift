import Fluent
import SQLKit

/// When each session was last used: a session unused for an hour ends (`AccountStore.sessionIdle`).
struct AddSessionActivity: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("user_sessions").field("last_seen_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("user_sessions").deleteField("last_seen_at").update()
    }
}
