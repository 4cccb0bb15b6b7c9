import Fluent

/// Who manages which facility: one account can manage several (a network of sites), a facility can have several managers.
struct CreateFacilityManagers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("facility_managers")
            .field("facility_id", .uuid, .required, .references("facilities", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("claim_id", .uuid)
            .field("since", .datetime, .required)
            .unique(on: "facility_id", "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("facility_managers").delete()
    }
}
