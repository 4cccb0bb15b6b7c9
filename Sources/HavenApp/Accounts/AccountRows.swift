import Foundation
import HavenCore

/// A `users` row. `passwordHash` is bcrypt over the password's SHA-256 (see `Passwords`); never shown or logged.
struct UserRow: Codable, Sendable, Equatable {
    var id = UUID()
    let email: String
    var name: String
    var passwordHash: String
    var role: Role
    let createdAt: Date
    /// A medical reviewer's credentials as an admin recorded them ("MD", "PharmD, BCPP"); empty for others.
    var credentials: String = ""
    /// When the owner opened the link mailed to the address (nil: not yet).
    var emailConfirmedAt: Date? = nil

    static let table = "users"
}

/// A `user_sessions` row: `id` is the SHA-256 of the cookie's token.
struct SessionRow: Codable, Sendable {
    let id: String
    let userId: UUID
    let createdAt: Date
    /// The absolute end: `createdAt` + `AccountStore.sessionLifetime`.
    let expiresAt: Date
    /// The last request that used it (written at most once a minute): unused for `sessionIdle`, it ends.
    var lastSeenAt: Date? = nil

    static let table = "user_sessions"

    var lastUsed: Date { lastSeenAt ?? createdAt }
}

/// A `password_resets` row: `id` is the SHA-256 of the mailed token.
struct PasswordResetRow: Codable, Sendable {
    let id: String
    let userId: UUID
    let createdAt: Date
    let expiresAt: Date
    var usedAt: Date?

    static let table = "password_resets"
}

/// An `audit_log` row.
struct AuditRow: Codable, Sendable {
    var id = UUID()
    let actorId: UUID?
    /// The actor's e-mail at the time (or "haven" for the command line), so the log reads on its own.
    let actor: String
    let action: AuditAction
    let subject: String
    let detail: String
    let at: Date

    static let table = "audit_log"
}
