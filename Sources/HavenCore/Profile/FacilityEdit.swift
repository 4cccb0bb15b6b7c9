import Foundation

/// A change a person made to a facility (provider or moderator). Edits are stored apart from what the
/// directories say, so a re-import never overwrites them, and a page can tell where each value came from.
public struct FacilityEdit: Sendable, Hashable, Codable {
    public enum Field: String, Sendable, Codable, CaseIterable {
        case name, name2, street1, street2, city, state, zip, phone, intake1, intake2, website
        case addTerm = "add_term"
        case removeTerm = "remove_term"
        // What only providers add (`ProviderDetails`).
        case description, costs, licenses
        case otherPlans = "other_plans"
        /// `OpeningHours` as JSON.
        case hours
        /// `NewPatients` as JSON.
        case newPatients = "new_patients"
        /// "1" or "0".
        case addressWithheld = "address_withheld"
        /// "latitude,longitude" and its precision: "address" (placed by the facility) or "zip" (the ZIP's centre).
        case location
        /// The facility confirmed the listing is right as it stands (no value).
        case verified
    }

    /// Who made it: a facility's staff, or a moderator.
    public enum Role: String, Sendable, Codable {
        case provider, moderator
    }

    public let field: Field
    public let value: String
    public let author: String
    public let createdAt: Date
    public var role: Role

    public init(field: Field, value: String, author: String, createdAt: Date, role: Role = .provider) {
        self.field = field
        self.value = value
        self.author = author
        self.createdAt = createdAt
        self.role = role
    }
}

/// Where a shown value came from.
public enum ValueOrigin: Sendable, Hashable {
    case directory
    case edit(author: String, at: Date)
}

extension FacilityListing {
    /// The listing with edits applied in time order (a later edit of a field wins).
    /// Returns the fields and terms each edit set, so pages can credit them.
    public func applying(_ edits: [FacilityEdit]) -> (listing: FacilityListing, origins: [String: ValueOrigin]) {
        var out = self
        var origins: [String: ValueOrigin] = [:]
        var terms = Set(terms)
        for edit in edits.sorted(by: { $0.createdAt < $1.createdAt }) {
            let origin = ValueOrigin.edit(author: edit.author, at: edit.createdAt)
            out.verification = Verification(by: edit.role == .provider ? .provider : .moderator, at: edit.createdAt)
            switch edit.field {
            case .name: out.name = edit.value
            case .name2: out.name2 = edit.value
            case .street1: out.street1 = edit.value
            case .street2: out.street2 = edit.value
            case .city: out.city = edit.value
            case .state: out.state = edit.value
            case .zip: out.zip = edit.value
            case .phone: out.phone = edit.value
            case .intake1: out.intake1 = edit.value
            case .intake2: out.intake2 = edit.value
            case .website: out.website = edit.value
            case .addTerm: terms.insert(edit.value); origins["term:" + edit.value] = origin; continue
            case .removeTerm: terms.remove(edit.value); origins["term:" + edit.value] = origin; continue
            case .description: out.details.description = edit.value
            case .costs: out.details.costs = edit.value
            case .licenses: out.details.licenses = edit.value
            case .otherPlans: out.details.otherPlans = edit.value
            case .hours: out.details.hours = Self.decode(OpeningHours.self, edit.value)
            case .newPatients: out.details.newPatients = Self.decode(NewPatients.self, edit.value)
            case .addressWithheld: out.details.addressWithheld = edit.value == "1"
            case .location:
                guard let (point, precision) = Self.location(edit.value) else { continue }
                out.coordinate = point
                out.precision = precision
            case .verified: break
            }
            origins[edit.field.rawValue] = origin
            out.updatedAt = max(out.updatedAt, edit.createdAt)
        }
        // Availability comes only from what the staff confirmed, never from a stray term.
        terms.subtract(NewPatients.availabilityTerms)
        if let term = out.details.newPatients?.term { terms.insert(term) }
        if out.details.addressWithheld {
            // A withheld street is never shown, and never pinned to a point that looks exact.
            out.street1 = ""
            out.street2 = ""
            if out.precision == .address { out.precision = .zipCentroid }
        }
        out.terms = terms.sorted()
        return (out, origins)
    }

    /// "40.75,-73.99,address" -> the point and how exact it is.
    static func location(_ value: String) -> (Coordinate, GeoPrecision)? {
        let parts = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 3, let lat = Double(parts[0]), let lon = Double(parts[1]), (-90...90).contains(lat), (-180...180).contains(lon) else { return nil }
        return (Coordinate(latitude: lat, longitude: lon), parts[2] == "address" ? .address : .zipCentroid)
    }

    public static func locationValue(_ c: Coordinate, exact: Bool) -> String {
        String(format: "%.6f,%.6f,", c.latitude, c.longitude) + (exact ? "address" : "zip")
    }

    static func decode<T: Decodable>(_ type: T.Type, _ json: String) -> T? {
        guard !json.isEmpty else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try? decoder.decode(type, from: Data(json.utf8))
    }

    /// A value as an edit stores it (JSON with sorted keys, dates in seconds).
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .secondsSince1970
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? ""
    }
}
