import Fluent
import Foundation
import HavenCore
import SQLKit

/// Users, sessions and password resets. Plain SQL through SQLKit, portable across SQLite and PostgreSQL.
struct AccountStore {
    let db: any SQLDatabase

    init(_ database: any Database) throws { db = try database.sql }
    init(sql: any SQLDatabase) { db = sql }

    /// How long a session lasts from sign-in, and a reset link from its mail.
    /// A session's absolute lifetime, and how long it may go unused (OWASP ASVS 4.0 3.3.2 at level 2: 12 hours;
    /// an hour idle rather than 30 minutes, so a provider writing a long profile does not lose it on sending).
    static let sessionLifetime: TimeInterval = 12 * 3600
    static let sessionIdle: TimeInterval = 3600
    static let resetLifetime: TimeInterval = 3600
    /// The link `haven admin create` prints: the first admin may need a day to use it.
    static let firstAdminLinkLifetime: TimeInterval = 24 * 3600

    func user(email: EmailAddress) async throws -> UserRow? {
        try await db.select().column("*").from(UserRow.table).where("email", .equal, email.value).first()?.decodeRow(UserRow.self)
    }

    func user(id: UUID) async throws -> UserRow? {
        try await db.select().column("*").from(UserRow.table).where("id", .equal, id).first()?.decodeRow(UserRow.self)
    }

    /// Every account, by e-mail (the admins' list).
    func allUsers(limit: Int = 1000) async throws -> [UserRow] {
        try await db.select().column("*").from(UserRow.table).orderBy("email").limit(limit).all().map { try $0.decodeRow(UserRow.self) }
    }

    func users(role: Role) async throws -> [UserRow] {
        try await db.select().column("*").from(UserRow.table).where("role", .equal, role.rawValue).all().map { try $0.decodeRow(UserRow.self) }
    }

    /// A new account; nil when the e-mail is taken (checked, and held by the unique index when two race).
    func create(email: EmailAddress, name: String, passwordHash: String, role: Role, now: Date = Date()) async throws -> UserRow? {
        guard try await user(email: email) == nil else { return nil }
        let row = UserRow(email: email.value, name: name, passwordHash: passwordHash, role: role, createdAt: now)
        do { try await db.insert(into: UserRow.table).row(row).run() } catch {
            if try await user(email: email) != nil { return nil }
            throw error
        }
        return row
    }

    func confirmEmail(_ userId: UUID, now: Date = Date()) async throws {
        try await db.update(UserRow.table).set("email_confirmed_at", to: now).where("id", .equal, userId).run()
    }

    func setPassword(_ userId: UUID, hash: String) async throws {
        try await db.update(UserRow.table).set("password_hash", to: hash).where("id", .equal, userId).run()
    }

    func setRole(_ userId: UUID, _ role: Role) async throws {
        try await db.update(UserRow.table).set("role", to: role.rawValue).where("id", .equal, userId).run()
    }

    func setCredentials(_ userId: UUID, _ credentials: String) async throws {
        try await db.update(UserRow.table).set("credentials", to: credentials).where("id", .equal, userId).run()
    }

    // MARK: Sessions

    /// A new session for `userId`; returns the cookie's token (only its digest is stored).
    func startSession(_ userId: UUID, now: Date = Date()) async throws -> (token: String, expires: Date) {
        let token = SecretToken.make()
        let expires = now.addingTimeInterval(Self.sessionLifetime)
        try await db.insert(into: SessionRow.table)
            .row(SessionRow(id: SecretToken.digest(token), userId: userId, createdAt: now, expiresAt: expires)).run()
        return (token, expires)
    }

    /// The session and its user for a cookie's token, if it exists, is within its lifetime and was used within the
    /// idle limit; its last use is noted (at most once a minute). One past either limit is deleted.
    func session(token: String, now: Date = Date()) async throws -> (session: SessionRow, user: UserRow)? {
        guard var row = try await db.select().column("*").from(SessionRow.table)
            .where("id", .equal, SecretToken.digest(token)).first()?.decodeRow(SessionRow.self) else { return nil }
        guard row.expiresAt > now, now.timeIntervalSince(row.lastUsed) < Self.sessionIdle else {
            try await endSession(id: row.id)
            return nil
        }
        guard let user = try await user(id: row.userId) else { return nil }
        if now.timeIntervalSince(row.lastUsed) > 60 {
            try await db.update(SessionRow.table).set("last_seen_at", to: now).where("id", .equal, row.id).run()
            row.lastSeenAt = now
        }
        return (row, user)
    }

    /// A user's live sessions, most recently used first.
    func sessions(of userId: UUID, now: Date = Date()) async throws -> [SessionRow] {
        try await db.select().column("*").from(SessionRow.table).where("user_id", .equal, userId)
            .where("expires_at", .greaterThan, now).all().map { try $0.decodeRow(SessionRow.self) }
            .filter { now.timeIntervalSince($0.lastUsed) < Self.sessionIdle }
            .sorted { $0.lastUsed > $1.lastUsed }
    }

    /// Signs the user out everywhere but `kept` (the browser asking).
    func endSessions(of userId: UUID, except kept: String) async throws {
        try await db.delete(from: SessionRow.table).where("user_id", .equal, userId).where("id", .notEqual, kept).run()
    }

    func endSession(id: String) async throws {
        try await db.delete(from: SessionRow.table).where("id", .equal, id).run()
    }

    /// Signs the user out everywhere (after a password change).
    func endSessions(of userId: UUID) async throws {
        try await db.delete(from: SessionRow.table).where("user_id", .equal, userId).run()
    }

    func deleteExpiredSessions(now: Date = Date()) async throws {
        try await db.delete(from: SessionRow.table).where("expires_at", .lessThan, now).run()
        // Unused past the idle limit (a session never used since it began counts from its start).
        let idle = now.addingTimeInterval(-Self.sessionIdle)
        try await db.delete(from: SessionRow.table).where("last_seen_at", .lessThan, idle).run()
        try await db.delete(from: SessionRow.table).where("last_seen_at", .is, SQLLiteral.null).where("created_at", .lessThan, idle).run()
    }

    // MARK: Password resets

    /// A new one-time reset for `userId`; returns the token for the mailed link.
    func startReset(_ userId: UUID, lifetime: TimeInterval = resetLifetime, now: Date = Date()) async throws -> String {
        let token = SecretToken.make()
        try await db.insert(into: PasswordResetRow.table)
            .row(PasswordResetRow(id: SecretToken.digest(token), userId: userId, createdAt: now, expiresAt: now.addingTimeInterval(lifetime), usedAt: nil))
            .run()
        return token
    }

    /// The reset a token names, if it exists, is unused and has not expired.
    func reset(token: String, now: Date = Date()) async throws -> PasswordResetRow? {
        guard let row = try await db.select().column("*").from(PasswordResetRow.table)
            .where("id", .equal, SecretToken.digest(token)).first()?.decodeRow(PasswordResetRow.self),
              row.usedAt == nil, row.expiresAt > now else { return nil }
        return row
    }

    /// Marks the reset used, and every other open reset of that user with it.
    func useResets(of userId: UUID, now: Date = Date()) async throws {
        try await db.update(PasswordResetRow.table).set("used_at", to: now)
            .where("user_id", .equal, userId).where("used_at", .is, SQLLiteral.null).run()
    }

    // MARK: Audit (written only through `Work.audit`, inside the action's transaction)

    func auditLog(limit: Int = 200) async throws -> [AuditRow] {
        try await db.select().column("*").from(AuditRow.table).orderBy("at", .descending).limit(limit).all().map { try $0.decodeRow(AuditRow.self) }
    }
}
