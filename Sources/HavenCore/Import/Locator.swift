import Foundation

/// Coordinates for street addresses, from the FindTreatment.gov locator extracts that carry latitude/longitude.
/// Keyed by normalized street1 + ZIP; a facility whose address matches gets address-level precision.
public struct Locator: Sendable {
    private var points: [String: Coordinate] = [:]
    /// house number + first street word + ZIP -> point, kept only where one point has that key.
    private var loose: [String: Coordinate?] = [:]
    /// normalized street + city + state -> point, for a ZIP that differs between files; unique keys only.
    private var byCity: [String: Coordinate?] = [:]

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
        let city = cols["city"], state = cols["state"]
        var added = 0
        for row in table.rows where row.count > max(street, zip, lat, lon) {
            guard let z = AddressKey.zip5(row[zip]), let la = Double(row[lat]), let lo = Double(row[lon]) else { continue }
            let c = Coordinate(latitude: la, longitude: lo)
            guard c.isValid else { continue }
            // A row with no street ("- - -") must not give its point to every other street-less row of its ZIP.
            guard !AddressKey.street(row[street]).isEmpty else { continue }
            let key = Self.key(street: row[street], zip: z)
            if points[key] == nil { points[key] = c; added += 1 }
            if let lk = Self.looseKey(street: row[street], zip: z) { Self.addUnique(&loose, lk, c) }
            if let city, let state, row.count > max(city, state), let st = USState.abbreviation(row[state]) {
                Self.addUnique(&byCity, Self.cityKey(street: row[street], city: row[city], state: st), c)
            }
        }
        return added
    }

    /// The point for a street address: an exact match of the normalized street, else a match on house number,
    /// first street word and ZIP when only one place in the locator has those ("100 Main St Ste 2" vs "100 Main Street").
    /// Failing both, the same normalized street in the same city and state.
    public func coordinate(street: String, zip: String, city: String = "", state: String = "") -> Coordinate? {
        // No street, no street-level point: before, a withheld address matched some other street-less record.
        guard !AddressKey.street(street).isEmpty else { return nil }
        if let exact = points[Self.key(street: street, zip: zip)] { return exact }
        if let lk = Self.looseKey(street: street, zip: zip), let found = loose[lk] { return found }
        guard !city.isEmpty, let found = byCity[Self.cityKey(street: street, city: city, state: state)] else { return nil }
        return found
    }

    /// Keeps a key only while every point under it is the same place (within 0.1 mile).
    private static func addUnique(_ map: inout [String: Coordinate?], _ key: String, _ c: Coordinate) {
        if let existing = map[key] {
            if let e = existing, Geo.miles(e, c) > 0.1 { map[key] = .some(nil) }
        } else {
            map[key] = c
        }
    }

    static func cityKey(street: String, city: String, state: String) -> String {
        AddressKey.street(street) + "|" + AddressKey.name(city) + "|" + state
    }

    static func key(street: String, zip: String) -> String { AddressKey.street(street) + "|" + zip }

    static func looseKey(street: String, zip: String) -> String? {
        let words = AddressKey.street(street).split(separator: " ")
        guard words.count >= 2, let number = words.first, number.first?.isNumber == true else { return nil }
        let directions: Set<Substring> = ["n", "s", "e", "w", "ne", "nw", "se", "sw"]
        guard let name = words.dropFirst().first(where: { !directions.contains($0) }) else { return nil }
        return "\(number)|\(name)|\(zip)"
    }
}
