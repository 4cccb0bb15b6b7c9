import Fluent
import Foundation
import HavenCore
import SQLKit

/// An `inquiries` row: everything the seeker typed is in `sealed`.
struct InquiryRow: Codable, Sendable {
    var id = UUID()
    let facilityId: UUID
    var status: InquiryStatus
    let keyId: String
    let sealed: Data
    let createdAt: Date
    var updatedAt: Date

    static let table = "inquiries"

    var box: InquirySealer.Sealed { .init(keyID: keyId, box: sealed) }
}

/// Inquiries: added sealed, read by a facility's inbox, deleted after the retention period (or by a manager).
struct InquiryStore {
    let db: any SQLDatabase

    init(_ database: any Database) throws { db = try database.sql }

    func add(_ row: InquiryRow) async throws {
        try await db.insert(into: InquiryRow.table).row(row).run()
    }

    /// A facility's inquiries received since `since` (when the reader became a manager), newest first.
    func inquiries(of facility: UUID, since: Date, limit: Int = 500) async throws -> [InquiryRow] {
        try await db.select().column("*").from(InquiryRow.table).where("facility_id", .equal, facility)
            .where("created_at", .greaterThanOrEqual, since)
            .orderBy("created_at", .descending).limit(limit).all().map { try $0.decodeRow(InquiryRow.self) }
    }

    /// One inquiry, only as one of `facility`'s received since `since` (an id from another facility's inbox, or one
    /// sent before the reader managed the listing, finds nothing).
    func inquiry(_ id: UUID, of facility: UUID, since: Date) async throws -> InquiryRow? {
        try await db.select().column("*").from(InquiryRow.table).where("id", .equal, id).where("facility_id", .equal, facility)
            .where("created_at", .greaterThanOrEqual, since).first()?.decodeRow(InquiryRow.self)
    }

    func setStatus(_ id: UUID, _ status: InquiryStatus, now: Date = Date()) async throws {
        try await db.update(InquiryRow.table).set("status", to: status.rawValue).set("updated_at", to: now).where("id", .equal, id).run()
    }

    func delete(_ id: UUID) async throws {
        try await db.delete(from: InquiryRow.table).where("id", .equal, id).run()
    }

    /// New (unanswered) inquiries per facility, each counted from when the reader began managing it: one query.
    func newCounts(_ since: [UUID: Date]) async throws -> [UUID: Int] {
        guard !since.isEmpty else { return [:] }
        var out: [UUID: Int] = [:]
        for row in try await db.select().column("facility_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(InquiryRow.table).where("status", .in, [InquiryStatus.new.rawValue, InquiryStatus.held.rawValue])
            .where(group: { g in
                for (facility, date) in since {
                    g.orWhere(group: { $0.where("facility_id", .equal, facility).where("created_at", .greaterThanOrEqual, date) })
                }
                return g
            })
            .groupBy("facility_id").all() {
            out[try row.decode(column: "facility_id", as: UUID.self)] = try row.decode(column: "n", as: Int.self)
        }
        return out
    }

    /// Inquiries a facility received since `date` (to tell its managers once, not once per message in a flood).
    func received(by facility: UUID, since date: Date) async throws -> Int {
        try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(InquiryRow.table)
            .where("facility_id", .equal, facility).where("created_at", .greaterThanOrEqual, date)
            .first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Every inquiry kept now.
    func storedCount() async throws -> Int {
        try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(InquiryRow.table)
            .first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Deletes every inquiry received before `cutoff`; how many went.
    @discardableResult
    func purge(before cutoff: Date) async throws -> Int {
        let n = try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(InquiryRow.table)
            .where("created_at", .lessThan, cutoff).first()?.decode(column: "n", as: Int.self) ?? 0
        if n > 0 { try await db.delete(from: InquiryRow.table).where("created_at", .lessThan, cutoff).run() }
        return n
    }
}
