import Foundation
import HavenCore
import SQLKit

/// The columns of `facilities` that imports write from their sources. Two imports of the same data give equal
/// values, so an unchanged facility is left alone (its `updated_at` and the data revision do not move).
struct FacilityValues: Codable, Sendable, Equatable {
    var name: String
    var name2: String
    var street1: String
    var street2: String
    var city: String
    var state: String
    var zip: String
    var phone: String
    var intake1: String
    var intake2: String
    var website: String
    var latitude: Double?
    var longitude: Double?
    var geoPrecision: GeoPrecision
    /// Term slugs, space-separated.
    var terms: String
    /// Terms of other taxonomies (HSDS), as a JSON array.
    var otherTerms: String
    var status: FacilityStatus

    init(name: String, name2: String, street1: String, street2: String, city: String, state: String, zip: String, phone: String,
         intake1: String, intake2: String, website: String, latitude: Double?, longitude: Double?, geoPrecision: GeoPrecision,
         terms: String, otherTerms: String, status: FacilityStatus) {
        self.name = name; self.name2 = name2; self.street1 = street1; self.street2 = street2; self.city = city; self.state = state
        self.zip = zip; self.phone = phone; self.intake1 = intake1; self.intake2 = intake2; self.website = website
        self.latitude = latitude; self.longitude = longitude; self.geoPrecision = geoPrecision; self.terms = terms
        self.otherTerms = otherTerms; self.status = status
    }

    init(_ f: FacilityListing, status: FacilityStatus) {
        name = f.name; name2 = f.name2; street1 = f.street1; street2 = f.street2; city = f.city; state = f.state; zip = f.zip
        phone = f.phone; intake1 = f.intake1; intake2 = f.intake2; website = f.website
        latitude = f.coordinate?.latitude; longitude = f.coordinate?.longitude; geoPrecision = f.precision
        terms = f.terms.joined(separator: " "); otherTerms = OtherTerm.encode(f.otherTerms); self.status = status
    }

    init(_ d: FacilityDraft, terms: [String], otherTerms: String) {
        name = d.name; name2 = d.name2; street1 = d.street1; street2 = d.street2; city = d.city; state = d.state; zip = d.zip
        phone = d.phone; intake1 = d.intake1; intake2 = d.intake2; website = d.website
        latitude = d.coordinate?.latitude; longitude = d.coordinate?.longitude; geoPrecision = d.precision
        self.terms = terms.joined(separator: " "); self.otherTerms = otherTerms; status = .listed
    }

    /// The columns, in the table's names.
    static let columns = ["name", "name2", "street1", "street2", "city", "state", "zip", "phone", "intake1", "intake2", "website",
                          "latitude", "longitude", "geo_precision", "terms", "other_terms", "status"]

    static func decode(_ row: any SQLRow) throws -> FacilityValues {
        func text(_ column: String) throws -> String { try row.decode(column: column, as: String.self) }
        return FacilityValues(
            name: try text("name"), name2: try text("name2"), street1: try text("street1"), street2: try text("street2"),
            city: try text("city"), state: try text("state"), zip: try text("zip"), phone: try text("phone"),
            intake1: try text("intake1"), intake2: try text("intake2"), website: try text("website"),
            latitude: try row.decode(column: "latitude", as: Double?.self), longitude: try row.decode(column: "longitude", as: Double?.self),
            geoPrecision: try row.decode(column: "geo_precision", as: GeoPrecision.self), terms: try text("terms"),
            otherTerms: try text("other_terms"), status: try row.decode(column: "status", as: FacilityStatus.self))
    }

    /// Coordinates are equal to 7 decimals (about 1 cm): a value read back from either database compares equal.
    static func == (a: FacilityValues, b: FacilityValues) -> Bool {
        func same(_ x: Double?, _ y: Double?) -> Bool {
            switch (x, y) {
            case (nil, nil): true
            case let (x?, y?): abs(x - y) < 5e-8
            default: false
            }
        }
        return a.name == b.name && a.name2 == b.name2 && a.street1 == b.street1 && a.street2 == b.street2 && a.city == b.city
            && a.state == b.state && a.zip == b.zip && a.phone == b.phone && a.intake1 == b.intake1 && a.intake2 == b.intake2
            && a.website == b.website && same(a.latitude, b.latitude) && same(a.longitude, b.longitude)
            && a.geoPrecision == b.geoPrecision && a.terms == b.terms && a.otherTerms == b.otherTerms && a.status == b.status
    }
}

/// A new `facilities` row.
struct FacilityInsert: Encodable, Sendable {
    let id: UUID
    let sourceKey: String
    let values: FacilityValues
    let now: Date

    func encode(to encoder: any Encoder) throws {
        try values.encode(to: encoder)
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(id, forKey: .id)
        try c.encode(sourceKey, forKey: .sourceKey)
        try c.encode(now, forKey: .firstImportedAt)
        try c.encode(now, forKey: .importedAt)
        try c.encode(now, forKey: .updatedAt)
    }

    enum Key: String, CodingKey { case id, sourceKey, firstImportedAt, importedAt, updatedAt }
}

/// The change of an existing facility's source values.
struct FacilityUpdate: Encodable, Sendable {
    let values: FacilityValues
    let now: Date

    func encode(to encoder: any Encoder) throws {
        try values.encode(to: encoder)
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(now, forKey: .importedAt)
        try c.encode(now, forKey: .updatedAt)
    }

    enum Key: String, CodingKey { case importedAt, updatedAt }
}

extension SQLDatabase {
    /// Every facility's stored source values, by id.
    func facilityValues() async throws -> [UUID: FacilityValues] {
        var out: [UUID: FacilityValues] = [:]
        for raw in try await select().columns(FacilityRow.columns).from(FacilityRow.table).all() {
            let row = try FacilityRow.decode(raw)
            out[row.id] = row.values
        }
        return out
    }

    func insertFacilities(_ rows: [FacilityInsert], progress: ProgressHandler) async throws {
        try await insertRows(FacilityRow.table, rows, progress: progress)
    }

    func updateFacility(_ id: UUID, _ values: FacilityValues, now: Date) async throws {
        try await update(FacilityRow.table).set(model: FacilityUpdate(values: values, now: now), keyEncodingStrategy: .convertToSnakeCase)
            .where("id", .equal, id).run()
    }

    func setStatus(_ status: FacilityStatus, of id: UUID, now: Date) async throws {
        try await update(FacilityRow.table).set("status", to: status.rawValue).set("updated_at", to: now).where("id", .equal, id).run()
    }

    /// Inserts Codable rows (property names: the columns in camel case) in batches under SQLite's limit on bound values.
    func insertRows<Row: Encodable & Sendable>(_ table: String, _ rows: [Row], progress: ProgressHandler) async throws {
        guard let first = rows.first else { return }
        let encoder = SQLQueryEncoder(keyEncodingStrategy: .convertToSnakeCase, nilEncodingStrategy: .asNil)
        let batch = max(1, 8000 / max(1, try encoder.encode(first).count))
        var start = 0
        while start < rows.count {
            progress("writing \(table)", start, rows.count)
            try await insert(into: table).models(Array(rows[start..<min(rows.count, start + batch)]), with: encoder).run()
            start += batch
        }
    }
}
