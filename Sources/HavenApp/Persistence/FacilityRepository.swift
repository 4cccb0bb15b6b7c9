import Vapor
import Foundation
import Fluent
import HavenCore
import SQLKit

/// Reads facilities, their sources and edits. Plain SQL through SQLKit, portable across SQLite and PostgreSQL.
struct FacilityRepository {
    let db: any SQLDatabase

    init(_ database: any Database) throws { self.db = try database.sql }

    /// Every facility with edits applied: what the search index is built from.
    func allListings() async throws -> [FacilityListing] {
        let rows = try await db.select().columns(FacilityRow.columns).from(FacilityRow.table).all()
        let edits = try await allEdits()
        return try rows.map { row in
            let listing = try FacilityRow.decode(row).listing
            guard let e = edits[listing.id] else { return listing }
            return listing.applying(e).listing
        }
    }

    /// One facility as stored, with edits applied and where each edited value came from.
    func facility(_ id: UUID) async throws -> (row: FacilityRow, listing: FacilityListing, origins: [String: ValueOrigin])? {
        guard let raw = try await db.select().columns(FacilityRow.columns).from(FacilityRow.table).where("id", .equal, id).first() else {
            return nil
        }
        let row = try FacilityRow.decode(raw)
        let (listing, origins) = row.listing.applying(try await edits(for: id))
        return (row, listing, origins)
    }

    func edits(for id: UUID) async throws -> [FacilityEdit] {
        try await db.select().column("*").from(FacilityEditRow.table).where("facility_id", .equal, id).all()
            .compactMap { try $0.decodeRow(FacilityEditRow.self).edit }
    }

    private func allEdits() async throws -> [UUID: [FacilityEdit]] {
        var out: [UUID: [FacilityEdit]] = [:]
        for raw in try await db.select().column("*").from(FacilityEditRow.table).all() {
            let row = try raw.decodeRow(FacilityEditRow.self)
            if let e = row.edit { out[row.facilityId, default: []].append(e) }
        }
        return out
    }

    func sources(for id: UUID) async throws -> [Provenance] {
        try await db.select().column("*").from(SourceRecord.table).where("facility_id", .equal, id)
            .orderBy("directory").all().map { try $0.decodeRow(SourceRecord.self).provenance }
    }

    /// Records a person's change; the caller bumps the data revision.
    func addEdit(_ edit: FacilityEdit, to id: UUID) async throws {
        try await db.insert(into: FacilityEditRow.table)
            .row(FacilityEditRow(facilityId: id, field: edit.field.rawValue, value: edit.value, author: edit.author, createdAt: edit.createdAt))
            .run()
    }

    func dataPackages() async throws -> [DataPackageRow] {
        try await db.select().column("*").from(DataPackageRecord.table).orderBy("name").all()
            .map { try $0.decodeRow(DataPackageRecord.self).package }
    }

    func zipCodes() async throws -> [ZipCode] {
        try await db.select().column("*").from(ZipCodeRow.table).all().map { try ZipCodeRow.decode($0).zipCode }
    }
}

/// The data revision every instance polls.
enum DataRevision {
    static func current(_ db: any Database) async throws -> Int64 {
        try await db.sql.select().column("revision").from("data_state").where("id", .equal, 1).first()?
            .decode(column: "revision", as: Int64.self) ?? 0
    }

    static func bump(_ db: any Database) async throws {
        try await db.sql.update("data_state")
            .set("revision", to: SQLBinaryExpression(SQLIdentifier("revision"), .add, SQLLiteral.numeric("1")))
            .where("id", .equal, 1).run()
    }
}

extension Application {
    /// Records a person's change to a facility and makes it visible to search at once.
    /// (The provider portal will call this; imports never write edits.)
    public func addEdit(_ edit: FacilityEdit, to id: UUID) async throws {
        try await db.transaction { tx in
            try await FacilityRepository(tx).addEdit(edit, to: id)
            try await DataRevision.bump(tx)
        }
        try await catalog.refresh(db)
    }
}
