import Fluent
import SQLKit

/// "I work here": a person's request to manage a facility's listing, decided by a moderator with a reason.
struct CreateFacilityClaims: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("facility_claims")
            .id()
            .field("facility_id", .uuid, .required, .references("facilities", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("job_title", .string, .required)
            .field("work_phone", .string, .required)
            .field("work_email", .string, .required)
            .field("note", .string, .required)
            .field("status", .string, .required)
            .field("reason", .string)
            .field("decided_by", .uuid)
            .field("decided_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        try await database.sql.create(index: "facility_claims_status").on("facility_claims").column("status").run()
        try await database.sql.create(index: "facility_claims_user").on("facility_claims").column("user_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("facility_claims").delete()
    }
}
