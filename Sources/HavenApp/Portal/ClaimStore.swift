import Fluent
import Foundation
import HavenCore
import SQLKit

/// A `facility_claims` row.
struct ClaimRow: Codable, Sendable {
    enum Status: String, Sendable, Codable {
        case pending, approved, declined
    }

    var id = UUID()
    let facilityId: UUID
    let userId: UUID
    let jobTitle: String
    let workPhone: String
    let workEmail: String
    let note: String
    var status: Status
    var reason: String?
    var decidedBy: UUID?
    var decidedAt: Date?
    let createdAt: Date
    /// When the claimant opened the link mailed to the work e-mail (nil: not yet).
    var workEmailConfirmedAt: Date? = nil

    static let table = "facility_claims"

    var request: ClaimRequest { ClaimRequest(jobTitle: jobTitle, workPhone: workPhone, workEmail: workEmail, note: note) }
}

/// A claim with what a moderator or its author needs beside it.
struct ClaimView: Sendable {
    let claim: ClaimRow
    let facilityName: String
    let facilityCity: String
    let facilityState: String
    let facilityPhone: String
    let facilityWebsite: String
    let claimantName: String
    let claimantEmail: String
    /// When the claimant's account address was confirmed (nil: not yet).
    var claimantConfirmedAt: Date? = nil
}

/// Claims and managers: who asked to manage what, and who does.
struct ClaimStore {
    let db: any SQLDatabase

    init(_ database: any Database) throws { db = try database.sql }
    init(sql: any SQLDatabase) { db = sql }

    func add(_ claim: ClaimRow) async throws {
        try await db.insert(into: ClaimRow.table).row(claim).run()
    }

    func claim(_ id: UUID) async throws -> ClaimRow? {
        try await db.select().column("*").from(ClaimRow.table).where("id", .equal, id).first()?.decodeRow(ClaimRow.self)
    }

    /// The user's open claim on a facility, if any.
    func pendingClaim(user: UUID, facility: UUID) async throws -> ClaimRow? {
        try await db.select().column("*").from(ClaimRow.table).where("user_id", .equal, user).where("facility_id", .equal, facility)
            .where("status", .equal, ClaimRow.Status.pending.rawValue).first()?.decodeRow(ClaimRow.self)
    }

    /// One user's claims, newest first: only ever theirs.
    func claims(of user: UUID) async throws -> [ClaimView] {
        try await views(db.select().where(SQLColumn("user_id", table: ClaimRow.table), .equal, SQLBind(user)))
    }

    /// Claims in a status, oldest first (a queue) or newest first.
    func claims(status: ClaimRow.Status, oldestFirst: Bool = true, limit: Int = 200) async throws -> [ClaimView] {
        try await views(db.select().where(SQLColumn("status", table: ClaimRow.table), .equal, SQLBind(status.rawValue)), ascending: oldestFirst, limit: limit)
    }

    func pendingCount() async throws -> Int {
        try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(ClaimRow.table)
            .where("status", .equal, ClaimRow.Status.pending.rawValue).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    private func views(_ query: SQLSelectBuilder, ascending: Bool = false, limit: Int = 200) async throws -> [ClaimView] {
        let rows = try await query
            .column(SQLColumn(SQLLiteral.all, table: SQLIdentifier(ClaimRow.table)))
            .column(SQLColumn("name", table: "facilities"), as: "facility_name")
            .column(SQLColumn("city", table: "facilities"), as: "facility_city")
            .column(SQLColumn("state", table: "facilities"), as: "facility_state")
            .column(SQLColumn("phone", table: "facilities"), as: "facility_phone")
            .column(SQLColumn("website", table: "facilities"), as: "facility_website")
            .column(SQLColumn("name", table: "users"), as: "claimant_name")
            .column(SQLColumn("email", table: "users"), as: "claimant_email")
            .column(SQLColumn("email_confirmed_at", table: "users"), as: "claimant_confirmed_at")
            .from(ClaimRow.table)
            .join("facilities", on: SQLColumn("facility_id", table: ClaimRow.table), .equal, SQLColumn("id", table: "facilities"))
            .join("users", on: SQLColumn("user_id", table: ClaimRow.table), .equal, SQLColumn("id", table: "users"))
            .orderBy(SQLOrderBy(expression: SQLColumn("created_at", table: ClaimRow.table), direction: ascending ? SQLDirection.ascending : SQLDirection.descending))
            .limit(limit)
            .all()
        return try rows.map { r in
            ClaimView(claim: try r.decodeRow(ClaimRow.self),
                      facilityName: try r.decode(column: "facility_name", as: String.self),
                      facilityCity: try r.decode(column: "facility_city", as: String.self),
                      facilityState: try r.decode(column: "facility_state", as: String.self),
                      facilityPhone: try r.decode(column: "facility_phone", as: String.self),
                      facilityWebsite: try r.decode(column: "facility_website", as: String.self),
                      claimantName: try r.decode(column: "claimant_name", as: String.self),
                      claimantEmail: try r.decode(column: "claimant_email", as: String.self),
                      claimantConfirmedAt: try r.decode(column: "claimant_confirmed_at", as: Date?.self))
        }
    }

    func confirmWorkEmail(_ id: UUID, now: Date = Date()) async throws {
        try await db.update(ClaimRow.table).set("work_email_confirmed_at", to: now).where("id", .equal, id).run()
    }

    func decide(_ id: UUID, approve: Bool, reason: String, by moderator: UUID, now: Date = Date()) async throws {
        try await db.update(ClaimRow.table)
            .set("status", to: (approve ? ClaimRow.Status.approved : .declined).rawValue)
            .set("reason", to: reason).set("decided_by", to: moderator).set("decided_at", to: now)
            .where("id", .equal, id).run()
    }

    // MARK: Managers

    func addManager(facility: UUID, user: UUID, claim: UUID?, now: Date = Date()) async throws {
        guard try await !manages(user: user, facility: facility) else { return }
        try await db.insert(into: "facility_managers").columns("facility_id", "user_id", "claim_id", "since")
            .values(SQLBind(facility), SQLBind(user), SQLBind(claim), SQLBind(now)).run()
    }

    /// When `user` became a manager of `facility`, or nil when they do not manage it. A manager reads only the messages
    /// received since: a new manager (a moderator among them) never reads what was written to the people before.
    func managerSince(user: UUID, facility: UUID) async throws -> Date? {
        try await db.select().column("since").from("facility_managers")
            .where("user_id", .equal, user).where("facility_id", .equal, facility).first()?.decode(column: "since", as: Date.self)
    }

    /// The facilities `user` manages, with when they began.
    func managerSince(user: UUID) async throws -> [UUID: Date] {
        var out: [UUID: Date] = [:]
        for r in try await db.select().column("facility_id").column("since").from("facility_managers").where("user_id", .equal, user).all() {
            out[try r.decode(column: "facility_id", as: UUID.self)] = try r.decode(column: "since", as: Date.self)
        }
        return out
    }

    func manages(user: UUID, facility: UUID) async throws -> Bool {
        try await db.select().column("user_id").from("facility_managers")
            .where("user_id", .equal, user).where("facility_id", .equal, facility).first() != nil
    }

    func removeManager(facility: UUID, user: UUID) async throws {
        try await db.delete(from: "facility_managers").where("facility_id", .equal, facility).where("user_id", .equal, user).run()
    }

    /// Whether anyone manages the facility (and so reads messages sent to it).
    func hasManager(_ facility: UUID) async throws -> Bool {
        try await db.select().column("user_id").from("facility_managers").where("facility_id", .equal, facility).limit(1).first() != nil
    }

    /// The facilities a user manages: (id, name, city, state), by name.
    func managedFacilities(of user: UUID) async throws -> [(id: UUID, name: String, city: String, state: String)] {
        try await db.select()
            .column(SQLColumn("id", table: "facilities")).column(SQLColumn("name", table: "facilities"))
            .column(SQLColumn("city", table: "facilities")).column(SQLColumn("state", table: "facilities"))
            .from("facility_managers")
            .join("facilities", on: SQLColumn("facility_id", table: "facility_managers"), .equal, SQLColumn("id", table: "facilities"))
            .where(SQLColumn("user_id", table: "facility_managers"), .equal, SQLBind(user))
            .orderBy(SQLColumn("name", table: "facilities"))
            .all()
            .map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "name", as: String.self),
                    try $0.decode(column: "city", as: String.self), try $0.decode(column: "state", as: String.self)) }
    }

    /// The managers' e-mails of a facility.
    func managerEmails(of facility: UUID) async throws -> [String] {
        try await db.select().column(SQLColumn("email", table: "users")).from("facility_managers")
            .join("users", on: SQLColumn("user_id", table: "facility_managers"), .equal, SQLColumn("id", table: "users"))
            .where(SQLColumn("facility_id", table: "facility_managers"), .equal, SQLBind(facility))
            .all().map { try $0.decode(column: "email", as: String.self) }
    }
}
