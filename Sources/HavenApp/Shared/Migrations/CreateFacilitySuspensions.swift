import Fluent

/// Listings moderators took out of search, with the reason their page gives. Apart from `facilities`, so an
/// import never lifts a suspension.
struct CreateFacilitySuspensions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("facility_suspensions")
            .field("facility_id", .uuid, .identifier(auto: false), .references("facilities", "id", onDelete: .cascade))
            .field("reason", .string, .required)
            .field("suspended_by", .uuid, .required)
            .field("suspended_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("facility_suspensions").delete()
    }
}
