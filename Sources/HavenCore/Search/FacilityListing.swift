import Foundation

/// A facility as search and pages see it: the source values with people's edits laid over them.
public struct FacilityListing: Sendable, Hashable, Identifiable {
    public var id: UUID {
        didSet { idString = id.uuidString.lowercased() }
    }
    /// The id as lower-case text, made once (formatting a UUID is slow on Linux).
    public private(set) var idString: String
    public var name: String
    public var name2: String
    public var street1: String, street2: String, city: String, state: String, zip: String
    public var phone: String, intake1: String, intake2: String
    public var website: String
    public var coordinate: Coordinate?
    public var precision: GeoPrecision
    /// Term slugs.
    public var terms: [String]
    /// False when the latest edition of every source dropped the facility; it is then left out of search.
    public var isListed: Bool
    /// Where the listing comes from, for seekers: "the SAMHSA national directory, 2022 edition" (empty when unknown).
    public var source: String = ""
    public var updatedAt: Date
    /// Terms an imported HSDS package gave that are not Haven's (another taxonomy's), kept so nothing is lost.
    public var otherTerms: [OtherTerm]
    /// What the facility's staff added (description, hours, new patients...); empty for most listings.
    public var details = ProviderDetails()
    /// Who last confirmed the listing, from its edits; nil when only the public files speak for it.
    public var verification: Verification?
    /// Why moderators took the listing out of search, when they did; its page says so.
    public var suspensionReason: String?

    public init(id: UUID, name: String, name2: String = "", street1: String, street2: String = "", city: String,
                state: String, zip: String, phone: String = "", intake1: String = "", intake2: String = "",
                website: String = "", coordinate: Coordinate?, precision: GeoPrecision, terms: [String],
                isListed: Bool = true, updatedAt: Date = Date(timeIntervalSince1970: 0), otherTerms: [OtherTerm] = []) {
        self.id = id; self.idString = id.uuidString.lowercased(); self.name = name; self.name2 = name2
        self.street1 = street1; self.street2 = street2; self.city = city; self.state = state; self.zip = zip
        self.phone = phone; self.intake1 = intake1; self.intake2 = intake2; self.website = website
        self.coordinate = coordinate; self.precision = precision; self.terms = terms
        self.isListed = isListed; self.updatedAt = updatedAt; self.otherTerms = otherTerms
    }
}

/// A term from another taxonomy, as an HSDS attribute carried it: shown and exported again, not searched by facet.
public struct OtherTerm: Sendable, Hashable, Codable, Comparable {
    public let taxonomy: String
    public let code: String
    public let name: String
    public let value: String

    public init(taxonomy: String, code: String, name: String, value: String = "") {
        self.taxonomy = taxonomy; self.code = code; self.name = name; self.value = value
    }

    public static func < (a: OtherTerm, b: OtherTerm) -> Bool {
        (a.taxonomy, a.code, a.name, a.value) < (b.taxonomy, b.code, b.name, b.value)
    }

    /// The stored form: a JSON array, "[]" when there are none.
    public static func encode(_ terms: [OtherTerm]) -> String {
        guard !terms.isEmpty else { return "[]" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? String(decoding: encoder.encode(terms), as: UTF8.self)) ?? "[]"
    }

    public static func decode(_ text: String) -> [OtherTerm] {
        guard text.count > 2 else { return [] }
        return (try? JSONDecoder().decode([OtherTerm].self, from: Data(text.utf8))) ?? []
    }
}

extension FacilityListing {
    /// Reached only by phone or video: no published street, and telehealth among its services. Such a program is
    /// never shown at a distance ("0.0 mi" from its ZIP centre); it is listed by phone or video, for its state.
    public var isRemoteOnly: Bool { street1.isEmpty && terms.contains(TermSlug.telehealth.rawValue) }
}
