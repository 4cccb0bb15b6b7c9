import Fluent

/// A moderator's look at a provider's change to contact details or location (the changes that could send people to
/// the wrong place): when, and by whom.
struct AddEditReviews: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("facility_edits").field("reviewed_at", .datetime).update()
        try await database.schema("facility_edits").field("reviewed_by", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("facility_edits").deleteField("reviewed_by").update()
        try await database.schema("facility_edits").deleteField("reviewed_at").update()
    }
}
