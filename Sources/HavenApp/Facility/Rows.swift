import Foundation
import HavenCore
import SQLKit

/// A `facility_edits` row: one change a person made to one field.
struct FacilityEditRow: Codable, Sendable {
    var id = UUID()
    let facilityId: UUID
    let field: String
    let value: String
    let author: String
    let createdAt: Date
    /// The account that made it (nil for edits made before accounts, or by the command line).
    var userId: UUID?
    var role: FacilityEdit.Role = .provider
    /// When a moderator looked at it (changes to contact details and location wait for a look).
    var reviewedAt: Date?

    static let table = "facility_edits"

    /// nil for a field this version of Haven does not know (kept in the table, not applied).
    var edit: FacilityEdit? {
        FacilityEdit.Field(rawValue: field).map {
            FacilityEdit(field: $0, value: value, author: author, createdAt: createdAt, role: role)
        }
    }
}

/// A `zip_codes` row.
struct ZipCodeRow: Codable, Sendable {
    let zip: String
    let city: String
    let state: String
    let county: String
    let latitude: Double?
    let longitude: Double?
    /// Other accepted city names, joined by "|" as the ZIP table writes them.
    let aliases: String
    /// The IANA zone the table names, for "open now" ("" until the table is imported again after `AddZipTimeZones`).
    let timeZone: String

    static let table = "zip_codes"

    init(zip: String, city: String, state: String, county: String, latitude: Double?, longitude: Double?, aliases: String,
         timeZone: String = "") {
        self.zip = zip; self.city = city; self.state = state; self.county = county; self.latitude = latitude; self.longitude = longitude
        self.aliases = aliases
        self.timeZone = timeZone
    }

    init(_ z: ZipCode) {
        zip = z.zip; city = z.city; state = z.state; county = z.county
        latitude = z.coordinate?.latitude; longitude = z.coordinate?.longitude
        aliases = z.aliases.joined(separator: "|")
        timeZone = z.timeZone
    }

    /// Column by column, as `FacilityRow.decode`: 42,000 rows at every index build.
    static func decode(_ row: any SQLRow) throws -> ZipCodeRow {
        ZipCodeRow(zip: try row.decode(column: "zip", as: String.self), city: try row.decode(column: "city", as: String.self),
                   state: try row.decode(column: "state", as: String.self), county: try row.decode(column: "county", as: String.self),
                   latitude: try row.decode(column: "latitude", as: Double?.self), longitude: try row.decode(column: "longitude", as: Double?.self),
                   // Right after the migration that adds the column, a pooled SQLite connection may still answer
                   // `SELECT *` with the old columns (seen with `haven import zips` on an upgraded file): read as none.
                   aliases: (try? row.decode(column: "aliases", as: String.self)) ?? "",
                   timeZone: (try? row.decode(column: "time_zone", as: String.self)) ?? "")
    }

    var zipCode: ZipCode {
        ZipCode(zip: zip, city: city, state: state, county: county,
                coordinate: latitude.flatMap { la in longitude.map { Coordinate(latitude: la, longitude: $0) } },
                aliases: aliases.split(separator: "|").map(String.init), timeZone: timeZone)
    }
}

/// A `data_packages` row: an imported HSDS package, for attribution.
struct DataPackageRecord: Codable, Sendable {
    var id = UUID()
    let name: String
    let title: String
    let version: String
    /// The descriptor's license objects, as a JSON array.
    let licenses: String
    let places: Int
    let importedAt: Date

    static let table = "data_packages"

    var package: DataPackageRow {
        DataPackageRow(name: name, title: title, version: version, licenses: DataPackageRow.decode(licenses), places: places, importedAt: importedAt)
    }
}

/// An `import_runs` row: one import's receipt, for operators.
struct ImportRunRow: Codable, Sendable {
    var id = UUID()
    let kind: String
    /// The files' names, space-separated.
    let files: String
    /// The `ImportSummary` as JSON.
    let summary: String
    let startedAt: Date
    let finishedAt: Date

    static let table = "import_runs"
}

extension SQLRow {
    /// The row as a Codable row type whose property names are the columns' in camel case.
    func decodeRow<T: Decodable>(_ type: T.Type) throws -> T {
        try decode(model: type, keyDecodingStrategy: .convertFromSnakeCase)
    }
}

extension SQLInsertBuilder {
    /// Inserts a Codable row type whose property names are the columns' in camel case.
    func row(_ model: some Encodable & Sendable) throws -> Self {
        try self.model(model, keyEncodingStrategy: .convertToSnakeCase)
    }
}
