import Fluent

/// What each directory file said about a facility, kept verbatim for provenance.
struct CreateSourceRecords: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("source_records")
            .id()
            .field("facility_id", .uuid, .required, .references("facilities", "id", onDelete: .cascade))
            .field("directory", .string, .required)
            .field("source_file", .string, .required)
            .field("edition", .string, .required)
            .field("line", .int, .required)
            .field("codes", .string, .required)
            .field("terms", .string, .required)
            .field("payload", .string, .required)
            .field("present", .bool, .required)
            .field("first_imported_at", .datetime, .required)
            .field("imported_at", .datetime, .required)
            .unique(on: "facility_id", "directory")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("source_records").delete()
    }
}
