import Foundation
import SQLKit
import Vapor

/// Sends what the outbox holds when a mail server is configured: every couple of seconds, the due messages, each
/// leased to this instance first so two instances never send one twice. A failure is retried later (1 min, 5 min,
/// 30 min, 2 h, 12 h), then the message is dead, with the server's words kept for an admin.
struct MailDeliverer: LifecycleHandler {
    static let interval: UInt64 = 2_000_000_000

    func didBootAsync(_ app: Application) async throws {
        let command = app.environment.arguments.dropFirst().first
        guard command == nil || command == "serve" || command?.hasPrefix("-") == true, let smtp = app.havenSettings.smtp else { return }
        let client = SMTPClient(settings: smtp, group: app.eventLoopGroup)
        let lease = UUID().uuidString
        let task = Task { [weak app] in
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: Self.interval)
                guard !Task.isCancelled, let app else { return }
                do { try await Self.deliverDue(app, client: client, lease: lease) } catch {
                    app.logger.warning("mail delivery pass failed: \(String(describing: error))")
                }
            }
        }
        app.storage[TaskKey.self] = task
    }

    func shutdownAsync(_ app: Application) async {
        guard let task = app.storage[TaskKey.self] else { return }
        task.cancel()
        await task.value
    }

    struct TaskKey: StorageKey { typealias Value = Task<Void, Never> }

    /// One pass: every due message this instance can lease, sent or marked failed. Logs say which message and why,
    /// never its text or recipient.
    static func deliverDue(_ app: Application, client: SMTPClient, lease: String) async throws {
        let sql = try app.db.sql
        for row in try await Outbox.due(on: sql) {
            // A new token each time: one left from an earlier pass must not read as this pass's.
            guard try await Outbox.lease(row, token: lease + ":" + UUID().uuidString, on: sql) else { continue }
            do {
                try await client.send(Mail(recipient: row.recipient, subject: row.subject, body: row.body, kind: row.mailKind ?? .passwordReset),
                                      messageID: row.id.uuidString.lowercased())
                try await Outbox.markSent(row.id, redact: row.mailKind == .passwordReset, on: sql)
            } catch {
                let failure = error as? SMTPClient.Failure
                try await Outbox.markFailed(row, error: failure?.description ?? String(describing: error), permanent: failure?.permanent ?? false, on: sql)
                app.logger.warning("mail \(row.id) (\(row.kind)) not delivered, attempt \(row.attempts + 1): \(failure?.description ?? String(describing: error))")
            }
        }
    }
}
