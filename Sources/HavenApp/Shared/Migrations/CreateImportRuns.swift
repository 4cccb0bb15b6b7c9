import Fluent

/// Each import's summary, for operators ("what did the last import do?").
struct CreateImportRuns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("import_runs")
            .id()
            .field("kind", .string, .required)
            .field("files", .string, .required)
            .field("summary", .string, .required)
            .field("started_at", .datetime, .required)
            .field("finished_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("import_runs").delete()
    }
}
