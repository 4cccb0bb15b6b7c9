import Fluent
import SQLKit

/// County outlines for the maps Haven draws (`haven import boundaries`): per county its FIPS code, state, name,
/// bounding box and rings packed as Float32 pairs (`CountyOutline.packed`).
struct CreateCountyOutlines: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CountyOutlineRow.table)
            .field("fips", .string, .identifier(auto: false))
            .field("state", .string, .required)
            .field("name", .string, .required)
            .field("south", .double, .required).field("west", .double, .required)
            .field("north", .double, .required).field("east", .double, .required)
            .field("points", .data, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CountyOutlineRow.table).delete()
    }
}
