import Fluent

/// Facilities as the directories describe them (merged across directories); edits live in `facility_edits`.
struct CreateFacilities: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("facilities")
            .id()
            .field("source_key", .string, .required)
            .field("name", .string, .required)
            .field("name2", .string, .required)
            .field("street1", .string, .required)
            .field("street2", .string, .required)
            .field("city", .string, .required)
            .field("state", .string, .required)
            .field("zip", .string, .required)
            .field("phone", .string, .required)
            .field("intake1", .string, .required)
            .field("intake2", .string, .required)
            .field("website", .string, .required)
            .field("latitude", .double)
            .field("longitude", .double)
            .field("geo_precision", .string, .required)
            .field("terms", .string, .required)
            .field("status", .string, .required)
            .field("first_imported_at", .datetime, .required)
            .field("imported_at", .datetime, .required)
            .field("last_verified_at", .datetime)
            .field("updated_at", .datetime, .required)
            .unique(on: "source_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("facilities").delete()
    }
}
