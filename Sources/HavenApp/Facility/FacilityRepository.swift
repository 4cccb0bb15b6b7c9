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
        let sources = try await listingSources()
        let suspended = try await suspensions()
        return try rows.map { row in
            var listing = try FacilityRow.decode(row).listing
            listing.source = sources[listing.id] ?? ""
            listing.suspensionReason = suspended[listing.id]
            guard let e = edits[listing.id] else { return listing }
            return listing.applying(e).listing
        }
    }

    /// Per facility, where its listing comes from in a seeker's words: the SAMHSA directories' latest edition, or
    /// an imported HSDS package (with its version).
    private func listingSources(only facility: UUID? = nil) async throws -> [UUID: String] {
        var editions: [UUID: (samhsa: String, hsds: String?)] = [:]
        let query = db.select().columns("facility_id", "directory", "edition").from(SourceRecord.table).where("present", .equal, true)
        if let facility { query.where("facility_id", .equal, facility) }
        for row in try await query.all() {
            let id = try row.decode(column: "facility_id", as: UUID.self)
            let directory = try row.decode(column: "directory", as: String.self)
            let edition = try row.decode(column: "edition", as: String.self)
            var entry = editions[id] ?? ("", nil)
            if directory == HSDSSource.directory { entry.hsds = edition } else if edition > entry.samhsa { entry.samhsa = edition }
            editions[id] = entry
        }
        return editions.mapValues { e in
            var parts: [String] = []
            if !e.samhsa.isEmpty { parts.append("the SAMHSA national directory, \(e.samhsa) edition") }
            if let v = e.hsds { parts.append(v.isEmpty ? "an imported HSDS data package" : "an imported HSDS data package, version \(v)") }
            return parts.joined(separator: " and ")
        }
    }

    /// One facility as stored, with edits applied and where each edited value came from.
    func facility(_ id: UUID) async throws -> (row: FacilityRow, listing: FacilityListing, origins: [String: ValueOrigin])? {
        guard let raw = try await db.select().columns(FacilityRow.columns).from(FacilityRow.table).where("id", .equal, id).first() else {
            return nil
        }
        let row = try FacilityRow.decode(raw)
        var (listing, origins) = row.listing.applying(try await edits(for: id))
        listing.suspensionReason = try await suspensions(only: id)[id]
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
    func addEdit(_ edit: FacilityEdit, to id: UUID, by user: UUID? = nil) async throws {
        try await db.insert(into: FacilityEditRow.table)
            .row(FacilityEditRow(facilityId: id, field: edit.field.rawValue, value: edit.value, author: edit.author,
                                 createdAt: edit.createdAt, userId: user, role: edit.role))
            .run()
    }

    /// Every edit of a facility with its row (who, when), oldest first: the history.
    func editRows(for id: UUID) async throws -> [FacilityEditRow] {
        try await db.select().column("*").from(FacilityEditRow.table).where("facility_id", .equal, id)
            .orderBy("created_at").all().map { try $0.decodeRow(FacilityEditRow.self) }
    }

    /// One facility as search sees it (with edits and its source), or nil when it is not stored.
    func listing(_ id: UUID) async throws -> FacilityListing? {
        guard var (_, listing, _) = try await facility(id) else { return nil }
        listing.source = try await source(of: id)
        return listing
    }

    /// Where one facility's listing comes from, in a seeker's words.
    func source(of id: UUID) async throws -> String { try await listingSources(only: id)[id] ?? "" }

    /// Suspended listings and why.
    func suspensions(only facility: UUID? = nil) async throws -> [UUID: String] {
        let query = db.select().columns("facility_id", "reason").from("facility_suspensions")
        if let facility { query.where("facility_id", .equal, facility) }
        var out: [UUID: String] = [:]
        for row in try await query.all() { out[try row.decode(column: "facility_id", as: UUID.self)] = try row.decode(column: "reason", as: String.self) }
        return out
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

    /// Bumps the revision for a change to one facility, and says which, so other instances update only it.
    static func bump(_ db: any Database, facility: UUID) async throws {
        try await bump(db)
        let revision = try await current(db)
        try await db.sql.insert(into: "facility_changes").columns("revision", "facility_id", "changed_at")
            .values(SQLBind(revision), SQLBind(facility), SQLBind(Date())).run()
    }

    /// The facilities changed after `revision` up to `upTo`, when every revision in between changed one facility;
    /// nil when some did more (an import): then the index is rebuilt.
    static func facilitiesChanged(after revision: Int64, upTo: Int64, _ db: any Database) async throws -> [UUID]? {
        guard upTo > revision, upTo - revision <= 500 else { return nil }
        let rows = try await db.sql.select().columns("revision", "facility_id").from("facility_changes")
            .where("revision", .greaterThan, revision).where("revision", .lessThanOrEqual, upTo).all()
        guard rows.count == Int(upTo - revision) else { return nil }
        return try rows.map { try $0.decode(column: "facility_id", as: UUID.self) }
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
        try await addEdits([edit], to: id, by: nil)
    }

    /// Records several changes to one facility at once (a profile form), with one revision that names the facility,
    /// and updates this instance's index at once; other instances follow at their next poll.
    public func addEdits(_ edits: [FacilityEdit], to id: UUID, by user: UUID?) async throws {
        try await db.transaction { tx in
            let repo = try FacilityRepository(tx)
            for edit in edits { try await repo.addEdit(edit, to: id, by: user) }
            try await DataRevision.bump(tx, facility: id)
        }
        try await catalog.refresh(db)
    }
}
