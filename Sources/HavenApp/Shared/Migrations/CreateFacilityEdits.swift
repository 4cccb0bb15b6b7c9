import Fluent

/// Changes people make (providers, moderators) laid over the source values; imports never touch them.
struct CreateFacilityEdits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("facility_edits")
            .id()
            .field("facility_id", .uuid, .required, .references("facilities", "id", onDelete: .cascade))
            .field("field", .string, .required)
            .field("value", .string, .required)
            .field("author", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("facility_edits").delete()
    }
}
