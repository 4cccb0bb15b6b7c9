import Fluent

struct CreateZipCodes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("zip_codes")
            .field("zip", .string, .identifier(auto: false))
            .field("city", .string, .required)
            .field("state", .string, .required)
            .field("county", .string, .required)
            .field("latitude", .double)
            .field("longitude", .double)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("zip_codes").delete()
    }
}
