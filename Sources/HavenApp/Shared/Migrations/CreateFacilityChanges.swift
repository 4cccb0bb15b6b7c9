import Fluent
import SQLKit

/// Which facility each data revision changed, when it changed one: an instance that sees the revision move by
/// edits alone updates those facilities in its index instead of rebuilding it (an import moves the revision with
/// no rows here, and every instance rebuilds).
struct CreateFacilityChanges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("facility_changes")
            .field("revision", .int64, .identifier(auto: false))
            .field("facility_id", .uuid, .required)
            .field("changed_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("facility_changes").delete()
    }
}
