import Foundation
import SQLKit
import Vapor

/// Sends what the outbox holds when a mail server is configured: every couple of seconds, the due messages, each
/// leased to this instance first so two instances never send one twice. A failure is retried later (1 min, 5 min,
/// 30 min, 2 h, 12 h), then the message is dead, with the server's words kept for an admin.
struct MailDeliverer: LifecycleHandler {
    func didBootAsync(_ app: Application) async throws {
        guard ServerLoop.isServing(app), let smtp = app.havenSettings.smtp else { return }
        let client = SMTPClient(settings: smtp, group: app.eventLoopGroup)
        let lease = UUID().uuidString
        ServerLoop.start(TaskKey.self, on: app, every: 2, what: "mail delivery pass") { app in
            try await Self.deliverDue(app, client: client, lease: lease)
        }
    }

    func shutdownAsync(_ app: Application) async { await ServerLoop.stop(TaskKey.self, on: app) }

    struct TaskKey: StorageKey { typealias Value = Task<Void, Never> }

    /// One pass: every due message this instance can lease, sent or marked failed. Logs say which message and why,
    /// never its text or recipient.
    static func deliverDue(_ app: Application, client: SMTPClient, lease: String) async throws {
        let sql = try app.db.sql
        for row in try await Outbox.due(on: sql) {
            // A new token each time: one left from an earlier pass must not read as this pass's.
            guard try await Outbox.lease(row, token: lease + ":" + UUID().uuidString, on: sql) else { continue }
            do {
                let body = try await Outbox.body(of: row) { try await app.inquirySealer() }
                try await client.send(Mail(recipient: row.recipient, subject: row.subject, body: body, kind: row.kind),
                                      messageID: row.id.uuidString.lowercased())
                try await Outbox.markSent(row.id, redact: InquirySealer.isSealedText(row.body) || row.kind.carriesOneTimeLink, on: sql)
            } catch {
                let failure = error as? SMTPClient.Failure
                try await Outbox.markFailed(row, error: failure?.description ?? String(describing: error), permanent: failure?.permanent ?? false, on: sql)
                app.logger.warning("mail \(row.id) (\(row.kind)) not delivered, attempt \(row.attempts + 1): \(failure?.description ?? String(describing: error))")
            }
        }
    }
}
