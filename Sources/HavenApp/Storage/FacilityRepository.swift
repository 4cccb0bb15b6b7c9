import Vapor
import Foundation
import Fluent
import HavenCore
import SQLKit

/// Reads facilities, their sources and edits. Plain SQL through SQLKit, portable across SQLite and PostgreSQL.
struct FacilityRepository {
    let db: any SQLDatabase

    init(_ database: any Database) { self.db = database as! any SQLDatabase }

    static let columns = ["id", "name", "name2", "street1", "street2", "city", "state", "zip", "phone", "intake1",
                          "intake2", "website", "latitude", "longitude", "geo_precision", "terms", "status", "updated_at", "other_terms"]

    /// Every facility with edits applied: what the search index is built from.
    func allListings() async throws -> [FacilityListing] {
        let rows = try await db.select().columns(Self.columns.map { SQLIdentifier($0) }).from("facilities").all()
        let edits = try await allEdits()
        return try rows.map { row in
            let listing = try Self.listing(row)
            guard let e = edits[listing.id] else { return listing }
            return listing.applying(e).listing
        }
    }

    func listing(_ id: UUID) async throws -> (FacilityListing, [String: ValueOrigin])? {
        guard let row = try await db.select().columns(Self.columns.map { SQLIdentifier($0) }).from("facilities")
            .where("id", .equal, id).first() else { return nil }
        let edits = try await edits(for: id)
        return try Self.listing(row).applying(edits)
    }

    func edits(for id: UUID) async throws -> [FacilityEdit] {
        try await db.select().columns("field", "value", "author", "created_at").from("facility_edits")
            .where("facility_id", .equal, id).all().compactMap(Self.edit)
    }

    private func allEdits() async throws -> [UUID: [FacilityEdit]] {
        var out: [UUID: [FacilityEdit]] = [:]
        for row in try await db.select().columns("facility_id", "field", "value", "author", "created_at").from("facility_edits").all() {
            if let e = try Self.edit(row) { out[try row.decode(column: "facility_id", as: UUID.self), default: []].append(e) }
        }
        return out
    }

    func sources(for id: UUID) async throws -> [Provenance] {
        try await db.select().columns("directory", "source_file", "edition", "line", "present", "imported_at", "terms")
            .from("source_records").where("facility_id", .equal, id).orderBy("directory").all().compactMap { row in
                let dir = try row.decode(column: "directory", as: String.self)
                let title = dir == HSDSSource.directory ? "HSDS 3.0 data package" : Directory(rawValue: dir)?.title ?? dir
                return Provenance(
                    directory: dir, title: title, sourceFile: try row.decode(column: "source_file", as: String.self),
                    edition: try row.decode(column: "edition", as: String.self), line: try row.decode(column: "line", as: Int.self),
                    present: try row.decode(column: "present", as: Bool.self),
                    importedAt: try row.decode(column: "imported_at", as: Date.self),
                    terms: try row.decode(column: "terms", as: String.self).split(separator: " ").map(String.init))
            }
    }

    func lastVerified(_ id: UUID) async throws -> Date? {
        try await db.select().column("last_verified_at").from("facilities").where("id", .equal, id).first()?
            .decode(column: "last_verified_at", as: Date?.self)
    }

    /// Records a person's change; the caller bumps the data revision.
    func addEdit(_ edit: FacilityEdit, to id: UUID) async throws {
        try await db.insert(into: "facility_edits")
            .columns("id", "facility_id", "field", "value", "author", "created_at")
            .values(UUID(), id, edit.field.rawValue, edit.value, edit.author, edit.createdAt).run()
    }

    func dataPackages() async throws -> [DataPackageRow] {
        try await db.select().columns("name", "title", "version", "licenses", "places", "imported_at").from("data_packages")
            .orderBy("name").all().map { row in
                DataPackageRow(name: try row.decode(column: "name", as: String.self), title: try row.decode(column: "title", as: String.self),
                            version: try row.decode(column: "version", as: String.self),
                            licenses: DataPackageRow.decode(try row.decode(column: "licenses", as: String.self)),
                            places: try row.decode(column: "places", as: Int.self), importedAt: try row.decode(column: "imported_at", as: Date.self))
            }
    }

    func zipCodes() async throws -> [ZipCode] {
        try await db.select().columns("zip", "city", "state", "county", "latitude", "longitude").from("zip_codes").all().map { row in
            let lat = try row.decode(column: "latitude", as: Double?.self), lon = try row.decode(column: "longitude", as: Double?.self)
            return ZipCode(zip: try row.decode(column: "zip", as: String.self), city: try row.decode(column: "city", as: String.self),
                           state: try row.decode(column: "state", as: String.self), county: try row.decode(column: "county", as: String.self),
                           coordinate: lat.flatMap { la in lon.map { Coordinate(latitude: la, longitude: $0) } })
        }
    }

    private static func listing(_ row: any SQLRow) throws -> FacilityListing {
        func s(_ c: String) throws -> String { try row.decode(column: c, as: String.self) }
        let lat = try row.decode(column: "latitude", as: Double?.self), lon = try row.decode(column: "longitude", as: Double?.self)
        return FacilityListing(
            id: try row.decode(column: "id", as: UUID.self), name: try s("name"), name2: try s("name2"),
            street1: try s("street1"), street2: try s("street2"), city: try s("city"), state: try s("state"), zip: try s("zip"),
            phone: try s("phone"), intake1: try s("intake1"), intake2: try s("intake2"), website: try s("website"),
            coordinate: lat.flatMap { la in lon.map { Coordinate(latitude: la, longitude: $0) } },
            precision: GeoPrecision(rawValue: try s("geo_precision")) ?? .none,
            terms: try s("terms").split(separator: " ").map(String.init),
            isListed: try s("status") == "listed", updatedAt: try row.decode(column: "updated_at", as: Date.self),
            otherTerms: OtherTerm.decode(try s("other_terms")))
    }

    private static func edit(_ row: any SQLRow) throws -> FacilityEdit? {
        guard let field = FacilityEdit.Field(rawValue: try row.decode(column: "field", as: String.self)) else { return nil }
        return FacilityEdit(field: field, value: try row.decode(column: "value", as: String.self),
                            author: try row.decode(column: "author", as: String.self),
                            createdAt: try row.decode(column: "created_at", as: Date.self))
    }
}

/// The data revision every instance polls.
enum DataRevision {
    static func current(_ db: any Database) async throws -> Int64 {
        try await (db as! any SQLDatabase).select().column("revision").from("data_state").where("id", .equal, 1).first()?
            .decode(column: "revision", as: Int64.self) ?? 0
    }

    static func bump(_ db: any Database) async throws {
        try await (db as! any SQLDatabase).update("data_state")
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
