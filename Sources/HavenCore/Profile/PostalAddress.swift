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

    /// "Denver, CO 80202" (parts that are empty left out).
    public var cityLine: String {
        let region = [state, zip].filter { !$0.isEmpty }.joined(separator: " ")
        return [city, region].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// "12 Main St, Suite 3, Denver, CO 80202": for one line of text and for map searches.
    public var line: String { (streetLines + [cityLine]).filter { !$0.isEmpty }.joined(separator: ", ") }
}

extension FacilityListing {
    public var address: PostalAddress { PostalAddress(self) }
}
