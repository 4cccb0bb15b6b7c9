import Fluent
import SQLKit

/// Other city names the Postal Service accepts for a ZIP ("Hollywood" in Los Angeles), for the place resolver.
/// Empty until the ZIP table is imported again (`haven import zip`).
struct AddZipAliases: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("zip_codes")
            .field("aliases", .string, .required, .sql(.default("")))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("zip_codes").deleteField("aliases").update()
    }
}
