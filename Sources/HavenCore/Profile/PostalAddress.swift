/// A street address as every page, the API, the CSV export and the HSDS export format it.
public struct PostalAddress: Sendable, Hashable, Codable {
    public var street1: String
    public var street2: String
    public var city: String
    public var state: String
    public var zip: String

    public init(street1: String, street2: String = "", city: String, state: String, zip: String) {
        self.street1 = street1; self.street2 = street2; self.city = city; self.state = state; self.zip = zip
    }

    public init(_ listing: FacilityListing) {
        self.init(street1: listing.street1, street2: listing.street2, city: listing.city, state: listing.state, zip: listing.zip)
    }

    /// The street lines that are not empty.
    public var streetLines: [String] { [street1, street2].filter { !$0.isEmpty } }

    /// Whether the street is public. Some programs (shelters among them) publish none: their files say "- - -".
    /// Such a place must never look exact: no street, no directions, no street-level point.
    public var isStreetPublished: Bool { !street1.isEmpty }

    /// What seekers read where a street would be.
    public static var notPublished: String {
        Language.current == .es ? "Dirección no publicada: llame para saber dónde es" : "Address not published: call for the location"
    }

    /// The street as a source gives it, or "" when it is a placeholder for "not published": no letter or digit
    /// ("- - -", "---", "."), or a word that says so ("N/A", "Confidential", "Undisclosed"...).
    public static func publishedStreet(_ raw: String) -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !AddressKey.street(text).isEmpty else { return "" }
        return placeholders.contains(AddressKey.words(text).joined(separator: " ")) ? "" : text
    }

    static let placeholders: Set<String> = [
        "n a", "na", "none", "unknown", "confidential", "confidential location", "undisclosed", "undisclosed location",
        "withheld", "address withheld", "not available", "not published", "not listed", "private", "call for address",
        "call for location",
    ]

    /// "Denver, CO 80202" (parts that are empty left out).
    public var cityLine: String {
        let region = [state, zip].filter { !$0.isEmpty }.joined(separator: " ")
        return [city, region].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// "12 Main St, Suite 3, Denver, CO 80202": for one line of text and for map searches.
    public var line: String { (streetLines + [cityLine]).filter { !$0.isEmpty }.joined(separator: ", ") }

    /// What a seeker reads on one line: the address, or that it is not published (and the town it is in).
    public var seekerLine: String { isStreetPublished ? line : "\(Self.notPublished) (\(cityLine))" }
}

extension FacilityListing {
    public var address: PostalAddress { PostalAddress(self) }
}
