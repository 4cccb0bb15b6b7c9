import Fluent
import Foundation
import HavenCore
import NIOConcurrencyHelpers
import SQLKit

/// One action's writes: what it changes, its audit entry and the mail it sends commit together or not at all.
/// Audit entries and mail are written only through a `Work` (a test checks the sources), so none can outlive an
/// action that failed, and no action can commit without them.
struct Work: Sendable {
    /// The transaction.
    let db: any Database
    let sql: any SQLDatabase
    let now: Date
    /// Haven's public address (`HAVEN_PUBLIC_URL`), so a mail that says "sign in" links to the page it means.
    let publicURL: String
    private let audited = NIOLockedValueBox<[AuditAction]>([])

    /// `anonymous` names who acted when no one was signed in: the command line, a visitor, a link's holder.
    func audit(_ action: AuditAction, by actor: UserRow?, anonymous: String = "haven (command line)", subject: String,
               detail: String = "") async throws {
        try await sql.insert(into: AuditRow.table)
            .row(AuditRow(actorId: actor?.id, actor: actor?.email ?? anonymous, action: action, subject: subject, detail: detail, at: now))
            .run()
        audited.withLockedValue { $0.append(action) }
    }

    /// Keeps `mail` for delivery (sealed when it carries a one-time link).
    func mail(_ mail: Mail, sealer: InquirySealer? = nil) async throws {
        try await Outbox.enqueue(mail, on: sql, sealer: sealer, now: now)
    }

    /// A page's full address, for a mail.
    func link(_ url: SiteURL, _ params: (String, String)...) -> String {
        publicURL + url.path + SiteURL.queryString(params)
    }

    fileprivate init(_ tx: any Database, now: Date, publicURL: String) throws {
        db = tx
        sql = try tx.sql
        self.now = now
        self.publicURL = publicURL
    }

    fileprivate var actions: [AuditAction] { audited.withLockedValue { $0 } }
}

/// Where workflows write: a database, and (in tests only) an action to abort just before its commit, to prove that
/// nothing the action wrote stays behind.
struct Workplace: Sendable {
    let db: any Database
    var publicURL = "http://127.0.0.1:8080"
    var abortBeforeCommit: AuditAction? = nil

    /// The action refused to commit because a test asked (`Settings.abortBeforeCommit`).
    struct Aborted: Error, Equatable {
        let action: AuditAction
    }

    /// Runs `body` in one transaction.
    func run<T: Sendable>(_ body: @escaping @Sendable (Work) async throws -> T) async throws -> T {
        let abort = abortBeforeCommit, publicURL = publicURL
        return try await db.transaction { tx in
            let work = try Work(tx, now: Date(), publicURL: publicURL)
            let result = try await body(work)
            if let abort, work.actions.contains(abort) { throw Aborted(action: abort) }
            return result
        }
    }
}
