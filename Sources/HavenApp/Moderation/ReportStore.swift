import Fluent
import Foundation
import HavenCore
import SQLKit

/// A `facility_reports` row.
struct ReportRow: Codable, Sendable {
    var id = UUID()
    let facilityId: UUID
    let kind: String
    let details: String
    /// Optional, for hearing back; shown only to the facility's managers and moderators.
    let email: String
    var status: Status
    var resolution: String?
    var resolvedBy: UUID?
    var resolvedAt: Date?
    let createdAt: Date

    static let table = "facility_reports"
    enum Status: String, Sendable, Codable, CaseIterable {
        case open, resolved
    }

    var kindLabel: String { ProblemReport.Kind(rawValue: kind)?.label ?? kind }
}

/// Reported problems and suspensions.
struct ReportStore {
    let db: any SQLDatabase

    init(_ database: any Database) throws { db = try database.sql }

    func add(_ report: ReportRow) async throws {
        try await db.insert(into: ReportRow.table).row(report).run()
    }

    func report(_ id: UUID) async throws -> ReportRow? {
        try await db.select().column("*").from(ReportRow.table).where("id", .equal, id).first()?.decodeRow(ReportRow.self)
    }

    /// Open reports (all, or one facility's), oldest first, with the facility's name.
    func open(facility: UUID? = nil) async throws -> [(report: ReportRow, facilityName: String)] {
        let query = db.select()
            .column(SQLColumn(SQLLiteral.all, table: SQLIdentifier(ReportRow.table)))
            .column(SQLColumn("name", table: "facilities"), as: "facility_name")
            .from(ReportRow.table)
            .join("facilities", on: SQLColumn("facility_id", table: ReportRow.table), .equal, SQLColumn("id", table: "facilities"))
            .where(SQLColumn("status", table: ReportRow.table), .equal, SQLBind(ReportRow.Status.open.rawValue))
        if let facility { query.where(SQLColumn("facility_id", table: ReportRow.table), .equal, SQLBind(facility)) }
        return try await query.orderBy(SQLOrderBy(expression: SQLColumn("created_at", table: ReportRow.table), direction: SQLDirection.ascending))
            .limit(200).all()
            .map { (try $0.decodeRow(ReportRow.self), try $0.decode(column: "facility_name", as: String.self)) }
    }

    func openCount() async throws -> Int {
        try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(ReportRow.table)
            .where("status", .equal, ReportRow.Status.open.rawValue).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    func resolve(_ id: UUID, note: String, by user: UUID, now: Date = Date()) async throws {
        try await db.update(ReportRow.table).set("status", to: ReportRow.Status.resolved.rawValue).set("resolution", to: note)
            .set("resolved_by", to: user).set("resolved_at", to: now).where("id", .equal, id).run()
    }

    func suspend(_ facility: UUID, reason: String, by user: UUID, now: Date = Date()) async throws {
        try await db.delete(from: "facility_suspensions").where("facility_id", .equal, facility).run()
        try await db.insert(into: "facility_suspensions").columns("facility_id", "reason", "suspended_by", "suspended_at")
            .values(SQLBind(facility), SQLBind(reason), SQLBind(user), SQLBind(now)).run()
    }

    func lift(_ facility: UUID) async throws {
        try await db.delete(from: "facility_suspensions").where("facility_id", .equal, facility).run()
    }
}
