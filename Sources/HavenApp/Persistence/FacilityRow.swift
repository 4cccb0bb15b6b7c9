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

    static func decode(_ row: any SQLRow) throws -> FacilityRow {
        try row.decode(model: FacilityRow.self, keyDecodingStrategy: .convertFromSnakeCase)
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
