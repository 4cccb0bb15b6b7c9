import Fluent
import SQLKit

/// Each ZIP's time zone as the ZIP table names it, so "open now" is judged by the facility's own clock. Empty until
/// the ZIP table is imported again (`haven import zip`); until then the state's main zone is used.
struct AddZipTimeZones: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("zip_codes")
            .field("time_zone", .string, .required, .sql(.default("")))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("zip_codes").deleteField("time_zone").update()
    }
}
