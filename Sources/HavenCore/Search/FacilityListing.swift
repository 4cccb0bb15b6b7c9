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
    public var updatedAt: Date

    public init(id: UUID, name: String, name2: String = "", street1: String, street2: String = "", city: String,
                state: String, zip: String, phone: String = "", intake1: String = "", intake2: String = "",
                website: String = "", coordinate: Coordinate?, precision: GeoPrecision, terms: [String],
                isListed: Bool = true, updatedAt: Date = Date(timeIntervalSince1970: 0)) {
        self.id = id; self.idString = id.uuidString.lowercased(); self.name = name; self.name2 = name2
        self.street1 = street1; self.street2 = street2; self.city = city; self.state = state; self.zip = zip
        self.phone = phone; self.intake1 = intake1; self.intake2 = intake2; self.website = website
        self.coordinate = coordinate; self.precision = precision; self.terms = terms
        self.isListed = isListed; self.updatedAt = updatedAt
    }
}
