import Fluent
import SQLKit

/// Problems anyone reported on a listing, until a manager or moderator resolves them (with a note).
struct CreateFacilityReports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("facility_reports")
            .id()
            .field("facility_id", .uuid, .required, .references("facilities", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("details", .string, .required)
            .field("email", .string, .required)
            .field("status", .string, .required)
            .field("resolution", .string)
            .field("resolved_by", .uuid)
            .field("resolved_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        try await database.sql.create(index: "facility_reports_status").on("facility_reports").column("status").run()
        try await database.sql.create(index: "facility_reports_facility").on("facility_reports").column("facility_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("facility_reports").delete()
    }
}
