import Foundation

/// One county's outline for maps Haven draws itself: its FIPS code, state, name and rings, with a bounding box to
/// find the counties a map shows without looking at their points.
public struct CountyOutline: Sendable, Hashable {
    public let fips: String
    public let state: String
    /// "Cleburne County", "Orleans Parish", "Anchorage Borough".
    public let name: String
    public let rings: [[Coordinate]]
    public let south: Double, west: Double, north: Double, east: Double

    public init(fips: String, state: String, name: String, rings: [[Coordinate]]) {
        self.fips = fips
        self.state = state
        self.name = name
        self.rings = rings
        let points = rings.joined()
        south = points.map(\.latitude).min() ?? 0
        north = points.map(\.latitude).max() ?? 0
        west = points.map(\.longitude).min() ?? 0
        east = points.map(\.longitude).max() ?? 0
    }

    /// The counties of a shapefile and its attributes, record by record (`STATE`, `FIPS`, `NAME`, `LSAD`).
    public static func read(shp: [UInt8], dbf: [UInt8]) throws(Shapefile.ReadError) -> [CountyOutline] {
        let shapes = try Shapefile.polygons(shp), rows = try Shapefile.records(dbf)
        guard shapes.count == rows.count else { throw .countsDiffer(shapes: shapes.count, records: rows.count) }
        return zip(shapes, rows).compactMap { rings, row in
            guard let fips = row["FIPS"], fips.count == 5, let state = row["STATE"], !rings.isEmpty else { return nil }
            let name = [row["NAME"] ?? "", row["LSAD"] ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
            return CountyOutline(fips: fips, state: state, name: name, rings: rings)
        }
    }

    /// Whether any of the county's box lies within the given one.
    public func overlaps(south s: Double, west w: Double, north n: Double, east e: Double) -> Bool {
        south <= n && north >= s && west <= e && east >= w
    }

    /// The rings packed for storage: little-endian Float32 longitude, latitude pairs, rings separated by a NaN pair
    /// (about 6 MB for every U.S. county; Float32 keeps a point within about a metre).
    public var packed: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(rings.reduce(0) { $0 + $1.count + 1 } * 8)
        func put(_ f: Float) { withUnsafeBytes(of: f.bitPattern.littleEndian) { out.append(contentsOf: $0) } }
        for (i, ring) in rings.enumerated() {
            if i > 0 { put(.nan); put(.nan) }
            for c in ring { put(Float(c.longitude)); put(Float(c.latitude)) }
        }
        return out
    }

    /// Rings from `packed`.
    public static func unpack(_ bytes: [UInt8]) -> [[Coordinate]] {
        var rings: [[Coordinate]] = [[]]
        var i = 0
        func get() -> Float {
            let bits = UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
            i += 4
            return Float(bitPattern: bits)
        }
        while i + 8 <= bytes.count {
            let lon = get(), lat = get()
            if lon.isNaN { rings.append([]) } else { rings[rings.count - 1].append(Coordinate(latitude: Double(lat), longitude: Double(lon))) }
        }
        return rings.filter { !$0.isEmpty }
    }
}
