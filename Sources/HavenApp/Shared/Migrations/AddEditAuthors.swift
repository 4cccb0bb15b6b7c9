import Fluent
import SQLKit

/// Who made each edit: the account (kept if the account goes, as history) and whether as the facility's staff or
/// as a moderator.
struct AddEditAuthors: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        try await database.schema("facility_edits").field("user_id", .uuid).update()
        try await database.schema("facility_edits").field("role", .string, .required, .sql(.default("provider"))).update()
        try await database.sql.create(index: "facility_edits_facility").on("facility_edits").column("facility_id").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("facility_edits").deleteField("role").update()
        try await database.schema("facility_edits").deleteField("user_id").update()
    }
}
