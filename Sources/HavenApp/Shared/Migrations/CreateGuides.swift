import Fluent
import SQLKit

/// Medically reviewed guides: a guide (its address, the revision the public sees, its review dates) and every
/// revision of its text, kept for the history and its diffs.
struct CreateGuides: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("guides")
            .id()
            .field("slug", .string, .required)
            .field("public_revision_id", .uuid)
            .field("last_reviewed_at", .datetime)
            .field("reviewed_by", .string, .required)
            .field("reviewer_credentials", .string, .required)
            .field("review_due_at", .datetime)
            .field("published_at", .datetime)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "slug")
            .create()
        try await database.schema("guide_revisions")
            .id()
            .field("guide_id", .uuid, .required, .references("guides", "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("status", .string, .required)
            .field("content", .string, .required)
            .field("author_id", .uuid)
            .field("author_email", .string, .required)
            .field("created_at", .datetime, .required)
            .field("submitted_at", .datetime)
            .field("reviewer_id", .uuid)
            .field("reviewer_name", .string, .required)
            .field("reviewer_credentials", .string, .required)
            .field("reviewed_at", .datetime)
            .field("review_note", .string, .required)
            .unique(on: "guide_id", "number")
            .create()
        try await database.sql.create(index: "guides_updated").on("guides").column("updated_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("guide_revisions").delete()
        try await database.schema("guides").delete()
    }
}

/// A medical reviewer's credentials (MD, PharmD, LCSW...), as an admin who checked them records them: shown
/// beside the reviewer's name on every guide they approve.
struct AddUserCredentials: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users").field("credentials", .string, .required, .sql(.default(""))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").deleteField("credentials").update()
    }
}
