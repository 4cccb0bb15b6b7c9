import Foundation
import Vapor

/// Work an instance repeats while it serves (polling the data revision, delivering mail): started only by `serve`
/// (Vapor boots for every command), every `seconds`, a failed pass logged and the next one tried; on shutdown the
/// loop stops and a pass in flight finishes before Fluent closes the databases.
enum ServerLoop {
    /// Whether this process is the server.
    static func isServing(_ app: Application) -> Bool {
        let arguments = app.environment.arguments.dropFirst()
        if arguments.contains("--help") || arguments.contains("-h") { return false }
        let command = arguments.first
        return command == nil || command == "serve" || command?.hasPrefix("-") == true
    }

    static func start<Key: StorageKey>(_ key: Key.Type, on app: Application, every seconds: Double, what: String,
                                       _ pass: @escaping @Sendable (Application) async throws -> Void) where Key.Value == Task<Void, Never> {
        let task = Task { [weak app] in
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
                guard !Task.isCancelled, let app else { return }
                do { try await pass(app) } catch {
                    app.logger.warning("\(what) failed: \(String(describing: error))")
                }
            }
        }
        app.storage[key] = task
    }

    static func stop<Key: StorageKey>(_ key: Key.Type, on app: Application) async where Key.Value == Task<Void, Never> {
        guard let task = app.storage[key] else { return }
        task.cancel()
        await task.value
    }
}
