import Fluent
import SQLKit

/// Messages seekers send a facility: sealed (AES-GCM) as a whole, with only what the inbox and the purge need in
/// the clear (facility, status, dates, the sealing key's name). Deleted after the retention period.
struct CreateInquiries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inquiries")
            .id()
            .field("facility_id", .uuid, .required, .references("facilities", "id", onDelete: .cascade))
            .field("status", .string, .required)
            .field("key_id", .string, .required)
            .field("sealed", .data, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.sql.create(index: "inquiries_facility").on("inquiries").column("facility_id").column("created_at").run()
        try await database.sql.create(index: "inquiries_created").on("inquiries").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inquiries").delete()
    }
}

/// Daily totals per facility (views, inquiries) and for the whole site (inquiries turned away): numbers only, no
/// visitor's address, cookie or account. Popular centers and the moderators' volumes read them.
struct CreateDailyCounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("daily_counts")
            .field("day", .string, .required)
            .field("facility_id", .uuid, .required)
            .field("metric", .string, .required)
            .field("n", .int, .required)
            .unique(on: "day", "facility_id", "metric")
            .create()
        try await database.sql.create(index: "daily_counts_metric_day").on("daily_counts").column("metric").column("day").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("daily_counts").delete()
    }
}
