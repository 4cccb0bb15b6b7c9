import Fluent

/// Keys Haven makes for itself on first use (the form-signing key), shared by every instance on one database.
struct CreateSiteSecrets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("site_secrets")
            .field("name", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("site_secrets").delete()
    }
}
