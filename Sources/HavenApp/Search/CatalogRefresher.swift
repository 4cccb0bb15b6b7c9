import Foundation
import Vapor

/// Polls the data revision while the server runs, so each instance's index follows imports and edits.
struct CatalogRefresher: LifecycleHandler {
    func didBootAsync(_ app: Application) async throws {
        guard ServerLoop.isServing(app) else { return }
        try await app.autoMigrate()
        try await app.catalog.refresh(app.db, force: true, logger: app.logger)
        ServerLoop.start(RefreshTaskKey.self, on: app, every: app.havenSettings.refreshSeconds, what: "search index refresh") { app in
            try await app.catalog.refresh(app.db, logger: app.logger)
        }
    }

    func shutdownAsync(_ app: Application) async { await ServerLoop.stop(RefreshTaskKey.self, on: app) }

    struct RefreshTaskKey: StorageKey { typealias Value = Task<Void, Never> }
}
