import Foundation
import Vapor

/// Polls the data revision while the server runs, so each instance's index follows imports and edits.
struct CatalogRefresher: LifecycleHandler {
    func didBootAsync(_ app: Application) async throws {
        // Vapor boots for every command; only the server needs an index.
        let command = app.environment.arguments.dropFirst().first
        guard command == nil || command == "serve" || command?.hasPrefix("-") == true else { return }
        try await app.autoMigrate()
        try await app.catalog.refresh(app.db, force: true, logger: app.logger)
        let interval = app.havenSettings.refreshSeconds
        let task = Task { [weak app] in
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
                guard !Task.isCancelled, let app else { return }
                do { try await app.catalog.refresh(app.db, logger: app.logger) } catch {
                    app.logger.warning("search index refresh failed: \(String(describing: error))")
                }
            }
        }
        app.storage[RefreshTaskKey.self] = task
    }

    /// Stops polling and waits for a refresh in flight, before Fluent closes the databases.
    func shutdownAsync(_ app: Application) async {
        guard let task = app.storage[RefreshTaskKey.self] else { return }
        task.cancel()
        await task.value
    }

    struct RefreshTaskKey: StorageKey { typealias Value = Task<Void, Never> }
}
