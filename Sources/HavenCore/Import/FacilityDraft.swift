import Foundation

/// A facility as the national directories describe it, after merging both files and placing it on the map.
/// This is the *source* view: what people edit later is kept apart and laid over it.
public struct FacilityDraft: Sendable, Hashable {
    /// Stable across imports: derived from `key`, so the same facility gets the same id in any database.
    public let id: UUID
    public let key: String
    public var name: String, name2: String
    public var street1: String, street2: String, city: String, state: String, zip: String
    public var phone: String, intake1: String, intake2: String
    public var website: String
    public var coordinate: Coordinate?
    public var precision: GeoPrecision
    public var terms: [String]
    /// The rows this facility was built from, one per directory.
    public var sources: [DirectoryRow]
}

/// Merges directory rows into facilities and geocodes them.
public struct FacilityAssembler: Sendable {
    public let locator: Locator
    public let zipCentroids: [String: Coordinate]
    public let websites: [String: String]

    /// - Parameters:
    ///   - websites: normalized street1|zip -> website, from the geocoded mental-health locator file.
    public init(locator: Locator, zipCentroids: [String: Coordinate], websites: [String: String] = [:]) {
        self.locator = locator
        self.zipCentroids = zipCentroids
        self.websites = websites
    }

    public func assemble(_ editions: [DirectoryEdition]) -> [FacilityDraft] {
        var drafts: [FacilityDraft] = []
        var index: [String: Int] = [:]
        for edition in editions {
            for row in edition.rows {
                let key = row.facilityKey
                if let i = index[key] {
                    drafts[i].sources.append(row)
                    drafts[i].terms = Array(Set(drafts[i].terms).union(row.terms)).sorted()
                    if drafts[i].phone.isEmpty { drafts[i].phone = row.phone }
                    if drafts[i].intake1.isEmpty { drafts[i].intake1 = row.intake1 }
                    if drafts[i].intake2.isEmpty { drafts[i].intake2 = row.intake2 }
                    continue
                }
                index[key] = drafts.count
                var coordinate = locator.coordinate(street: row.street1, zip: row.zip, city: row.city, state: row.state)
                var precision = GeoPrecision.address
                if coordinate == nil {
                    coordinate = zipCentroids[row.zip]
                    precision = coordinate == nil ? .none : .zipCentroid
                }
                drafts.append(FacilityDraft(
                    id: StableID.uuid(for: key), key: key, name: row.name1, name2: row.name2,
                    street1: row.street1, street2: row.street2, city: row.city, state: row.state, zip: row.zip,
                    phone: row.phone, intake1: row.intake1, intake2: row.intake2,
                    website: row.street1.isEmpty ? "" : websites[Locator.key(street: row.street1, zip: row.zip)] ?? "",
                    coordinate: coordinate, precision: precision, terms: row.terms, sources: [row]))
            }
        }
        return drafts
    }

    /// Websites from a locator table with a `website` column, keyed like the locator itself.
    public static func websites(from table: Table) -> [String: String] {
        let cols = table.columns()
        guard let site = cols["website"], let street = cols["street1"], let zip = cols["zip"] else { return [:] }
        var out: [String: String] = [:]
        for row in table.rows where row.count > max(site, street, zip) {
            guard let url = website(row[site]), let z = AddressKey.zip5(row[zip]) else { continue }
            out[Locator.key(street: row[street], zip: z)] = url
        }
        return out
    }
}

/// A usable web address (http or https, with a host that has a dot, no spaces), or nil.
/// The locator files hold placeholders such as "http://".
public func website(_ raw: String) -> String? {
    let url = raw.trimmingCharacters(in: .whitespaces)
    guard url.hasPrefix("http://") || url.hasPrefix("https://"), !url.contains(" "),
          let host = URL(string: url)?.host, host.contains("."), !host.hasPrefix("."), !host.hasSuffix(".") else { return nil }
    return url
}

/// Deterministic UUIDs from a text key (two 64-bit FNV-1a hashes), so ids survive re-imports and rebuilds.
public enum StableID {
    /// The same id as `uuid(for:)`, as lower-case text, formatted without Foundation (which uses sprintf on Linux).
    public static func string(for key: String) -> String {
        let u = uuid(for: key).uuid
        let bytes = [u.0, u.1, u.2, u.3, u.4, u.5, u.6, u.7, u.8, u.9, u.10, u.11, u.12, u.13, u.14, u.15]
        let hex = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(36)
        for (i, b) in bytes.enumerated() {
            if i == 4 || i == 6 || i == 8 || i == 10 { out.append(0x2D) }
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func uuid(for key: String) -> UUID {
        func fnv(_ seed: UInt64) -> UInt64 {
            var h = seed
            for b in key.utf8 { h ^= UInt64(b); h = h &* 0x100000001b3 }
            return h
        }
        let a = fnv(0xcbf29ce484222325), b = fnv(0x84222325cbf29ce4 ^ 0x9e3779b97f4a7c15)
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 { bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * i)); bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * i)) }
        bytes[6] = (bytes[6] & 0x0F) | 0x80  // version 8: custom
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
