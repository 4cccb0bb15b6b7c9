import Fluent

/// The HSDS packages imported so far, with the title and licenses their publishers gave, for attribution.
struct CreateDataPackages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("data_packages")
            .id()
            .field("name", .string, .required)
            .field("title", .string, .required)
            .field("version", .string, .required)
            .field("licenses", .string, .required)
            .field("places", .int, .required)
            .field("imported_at", .datetime, .required)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("data_packages").delete()
    }
}
