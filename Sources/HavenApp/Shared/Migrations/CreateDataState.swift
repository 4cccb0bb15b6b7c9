import Fluent
import SQLKit

/// One row counting data changes; every instance polls it to know when to rebuild its search index.
struct CreateDataState: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("data_state")
            .field("id", .int, .identifier(auto: false))
            .field("revision", .int64, .required)
            .create()
        try await database.sql.insert(into: "data_state").columns("id", "revision").values(1, Int64(0)).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("data_state").delete()
    }
}
