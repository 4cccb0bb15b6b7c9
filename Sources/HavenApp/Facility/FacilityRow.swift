import Foundation
import HavenCore
import SQLKit

/// A `facilities` row as the repository reads it: the source values (people's edits are laid over them after),
/// when they last changed, and when the facility last confirmed them.
struct FacilityRow: Sendable {
    let id: UUID
    let values: FacilityValues
    let updatedAt: Date
    let lastVerifiedAt: Date?

    static let table = "facilities"
    static let columns: [any SQLExpression] = (["id"] + FacilityValues.columns + ["updated_at", "last_verified_at"]).map { SQLIdentifier($0) }

    /// Column by column: the index is built from every row at start and on each data change, and SQLKit's
    /// model decoder took a second longer for the national directory (2.6 s against 1.6 s).
    static func decode(_ row: any SQLRow) throws -> FacilityRow {
        FacilityRow(id: try row.decode(column: "id", as: UUID.self), values: try FacilityValues.decode(row),
                    updatedAt: try row.decode(column: "updated_at", as: Date.self),
                    lastVerifiedAt: try row.decode(column: "last_verified_at", as: Date?.self))
    }

    var listing: FacilityListing {
        let v = values
        return FacilityListing(
            id: id, name: v.name, name2: v.name2, street1: v.street1, street2: v.street2, city: v.city, state: v.state, zip: v.zip,
            phone: v.phone, intake1: v.intake1, intake2: v.intake2, website: v.website,
            coordinate: v.latitude.flatMap { la in v.longitude.map { Coordinate(latitude: la, longitude: $0) } },
            precision: v.geoPrecision, terms: v.terms.split(separator: " ").map(String.init),
            isListed: v.status == .listed, updatedAt: updatedAt, otherTerms: OtherTerm.decode(v.otherTerms))
    }
}
