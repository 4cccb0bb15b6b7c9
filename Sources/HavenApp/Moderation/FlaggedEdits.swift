import Fluent
import Foundation
import HavenCore
import SQLKit

/// Providers' changes to what sends people somewhere (name, phones, website, address, map point) wait for a
/// moderator's look. They apply at once (a closed clinic's new number cannot wait), and the queue lists them per
/// facility until a moderator marks them reviewed, or corrects them through the profile form.
enum FlaggedEdits {
    static let fields: [FacilityEdit.Field] = [.name, .name2, .phone, .intake1, .intake2, .website, .street1, .street2, .city, .state, .zip,
                                               .location, .addressWithheld]

    struct Group {
        let facilityID: UUID
        let facilityName: String
        let edits: [FacilityEditRow]
    }

    static func pending(_ database: any Database) async throws -> [Group] {
        let sql = try database.sql
        let rows = try await sql.select()
            .column(SQLColumn(SQLLiteral.all, table: SQLIdentifier(FacilityEditRow.table)))
            .column(SQLColumn("name", table: "facilities"), as: "facility_name")
            .from(FacilityEditRow.table)
            .join("facilities", on: SQLColumn("facility_id", table: FacilityEditRow.table), .equal, SQLColumn("id", table: "facilities"))
            .where(SQLColumn("reviewed_at", table: FacilityEditRow.table), .is, SQLLiteral.null)
            .where(SQLColumn("role", table: FacilityEditRow.table), .equal, SQLBind(FacilityEdit.Role.provider.rawValue))
            .where(SQLColumn("field", table: FacilityEditRow.table), .in, SQLBind.group(fields.map(\.rawValue)))
            .orderBy(SQLOrderBy(expression: SQLColumn("created_at", table: FacilityEditRow.table), direction: SQLDirection.ascending))
            .limit(500).all()
        var groups: [UUID: (String, [FacilityEditRow])] = [:]
        var order: [UUID] = []
        for r in rows {
            let edit = try r.decodeRow(FacilityEditRow.self)
            let name = try r.decode(column: "facility_name", as: String.self)
            if groups[edit.facilityId] == nil { order.append(edit.facilityId) }
            groups[edit.facilityId, default: (name, [])].1.append(edit)
        }
        return order.map { Group(facilityID: $0, facilityName: groups[$0]!.0, edits: groups[$0]!.1) }
    }

    /// Whether `user` made any of the facility's changes waiting for a look (they cannot mark their own reviewed).
    static func pendingByAuthor(facility: UUID, user: UUID, _ database: any Database) async throws -> Bool {
        try await database.sql.select().column("id").from(FacilityEditRow.table)
            .where("facility_id", .equal, facility).where("reviewed_at", .is, SQLLiteral.null)
            .where("role", .equal, FacilityEdit.Role.provider.rawValue).where("field", .in, fields.map(\.rawValue))
            .where("user_id", .equal, user).limit(1).first() != nil
    }

    static func markReviewed(facility: UUID, by user: UUID, _ database: any Database, now: Date = Date()) async throws {
        try await database.sql.update(FacilityEditRow.table).set("reviewed_at", to: now).set("reviewed_by", to: user)
            .where("facility_id", .equal, facility).where("reviewed_at", .is, SQLLiteral.null).run()
    }
}
