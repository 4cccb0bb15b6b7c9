import Foundation

/// Coordinates for street addresses, from the FindTreatment.gov locator extracts that carry latitude/longitude.
/// Keyed by normalized street1 + ZIP; a facility whose address matches gets address-level precision.
public struct Locator: Sendable {
    private var points: [String: Coordinate] = [:]
    public private(set) var sourceFiles: [String] = []

    public init() {}

    public var count: Int { points.count }

    /// Adds every row of a geocoded table; street, ZIP, latitude and longitude columns are found by name.
    /// Returns how many rows gave a usable point.
    @discardableResult
    public mutating func add(_ table: Table, name: String) throws -> Int {
        let cols = table.columns()
        guard let street = cols["street1"] ?? cols["address"], let zip = cols["zip"] ?? cols["postal"],
              let lat = cols["latitude"], let lon = cols["longitude"] else {
            throw TableError.missingColumns(name, ["street1/address", "zip/postal", "latitude", "longitude"])
        }
        var added = 0
        for row in table.rows where row.count > max(street, zip, lat, lon) {
            guard let z = AddressKey.zip5(row[zip]), let la = Double(row[lat]), let lo = Double(row[lon]) else { continue }
            let c = Coordinate(latitude: la, longitude: lo)
            guard c.isValid else { continue }
            let key = Self.key(street: row[street], zip: z)
            if points[key] == nil { points[key] = c; added += 1 }
        }
        sourceFiles.append(name)
        return added
    }

    public func coordinate(street: String, zip: String) -> Coordinate? {
        points[Self.key(street: street, zip: zip)]
    }

    static func key(street: String, zip: String) -> String { AddressKey.street(street) + "|" + zip }
}
