import Foundation
import HavenCore
import SQLKit

/// A `facilities` row as the repository reads it (source values; people's edits are laid over them after).
struct FacilityRow: Codable, Sendable {
    let id: UUID
    let name: String
    let name2: String
    let street1: String
    let street2: String
    let city: String
    let state: String
    let zip: String
    let phone: String
    let intake1: String
    let intake2: String
    let website: String
    let latitude: Double?
    let longitude: Double?
    let geoPrecision: GeoPrecision
    /// Term slugs, space-separated.
    let terms: String
    let status: FacilityStatus
    let updatedAt: Date
    /// `OtherTerm`s as a JSON array.
    let otherTerms: String
    let lastVerifiedAt: Date?

    static let table = "facilities"
    static let columns: [any SQLExpression] = CodingKeys.allCases.map { SQLIdentifier($0.snakeCase) }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, name2, street1, street2, city, state, zip, phone, intake1, intake2, website, latitude, longitude
        case geoPrecision, terms, status, updatedAt, otherTerms, lastVerifiedAt

        var snakeCase: String {
            rawValue.reduce(into: "") { out, c in
                if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
            }
        }
    }

    /// Column by column: the index is built from every row at start and on each data change, and SQLKit's
    /// model decoder took a second longer for the national directory (2.6 s against 1.6 s).
    static func decode(_ row: any SQLRow) throws -> FacilityRow {
        func text(_ column: String) throws -> String { try row.decode(column: column, as: String.self) }
        return FacilityRow(
            id: try row.decode(column: "id", as: UUID.self), name: try text("name"), name2: try text("name2"),
            street1: try text("street1"), street2: try text("street2"), city: try text("city"), state: try text("state"), zip: try text("zip"),
            phone: try text("phone"), intake1: try text("intake1"), intake2: try text("intake2"), website: try text("website"),
            latitude: try row.decode(column: "latitude", as: Double?.self), longitude: try row.decode(column: "longitude", as: Double?.self),
            geoPrecision: try row.decode(column: "geo_precision", as: GeoPrecision.self), terms: try text("terms"),
            status: try row.decode(column: "status", as: FacilityStatus.self), updatedAt: try row.decode(column: "updated_at", as: Date.self),
            otherTerms: try text("other_terms"), lastVerifiedAt: try row.decode(column: "last_verified_at", as: Date?.self))
    }

    var listing: FacilityListing {
        FacilityListing(
            id: id, name: name, name2: name2, street1: street1, street2: street2, city: city, state: state, zip: zip,
            phone: phone, intake1: intake1, intake2: intake2, website: website,
            coordinate: latitude.flatMap { la in longitude.map { Coordinate(latitude: la, longitude: $0) } },
            precision: geoPrecision, terms: terms.split(separator: " ").map(String.init),
            isListed: status == .listed, updatedAt: updatedAt, otherTerms: OtherTerm.decode(otherTerms))
    }
}
