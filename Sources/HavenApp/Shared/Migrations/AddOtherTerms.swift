import Fluent
import SQLKit

/// Terms of other taxonomies an HSDS package gave a facility (JSON array of `OtherTerm`), kept so nothing is lost.
struct AddOtherTerms: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("facilities")
            .field("other_terms", .string, .required, .sql(.default("[]")))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("facilities").deleteField("other_terms").update()
    }
}
