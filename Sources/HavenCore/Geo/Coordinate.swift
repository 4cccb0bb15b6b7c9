import Foundation

/// A point on Earth in decimal degrees (WGS 84).
public struct Coordinate: Sendable, Hashable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    public var isValid: Bool {
        latitude.isFinite && longitude.isFinite && (-90...90).contains(latitude) && (-180...180).contains(longitude)
            && !(latitude == 0 && longitude == 0)
    }
}

/// How exactly a facility's coordinates place it.
public enum GeoPrecision: String, Sendable, Codable, CaseIterable {
    /// Matched to a geocoded street address.
    case address
    /// The centre of the facility's ZIP code: approximate, and shown as such.
    case zipCentroid = "zip"
    /// Neither: the facility cannot be placed on a map or found by distance.
    case none
}

public enum Geo {
    /// Mean Earth radius in statute miles.
    public static let earthRadiusMiles = 3958.7613

    /// Great-circle distance in miles (haversine). The one distance function: search and its tests both use it.
    @inline(__always)
    public static func miles(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        miles(lat1, lon1, cosine(lat1), lat2, lon2, cosine(lat2))
    }

    /// cos of a latitude in degrees, as `miles` uses it (the grid keeps one per point).
    @inline(__always)
    public static func cosine(_ latitude: Double) -> Double { cos(latitude * (Double.pi / 180)) }

    /// The same distance with both latitudes' cosines given: bit-for-bit what the 4-argument form returns.
    @inline(__always)
    public static func miles(_ lat1: Double, _ lon1: Double, _ cos1: Double, _ lat2: Double, _ lon2: Double, _ cos2: Double) -> Double {
        let rad = Double.pi / 180
        let dLat = (lat2 - lat1) * rad
        let dLon = (lon2 - lon1) * rad
        let s1 = sin(dLat / 2), s2 = sin(dLon / 2)
        let a = s1 * s1 + cos1 * cos2 * s2 * s2
        return 2 * earthRadiusMiles * asin(min(1, a.squareRoot()))
    }

    /// Miles per degree of latitude on this sphere: no two points differing by Δ degrees of latitude are closer
    /// than Δ times this, which lets a radius search skip the trigonometry for most points.
    public static let milesPerDegreeLatitude = earthRadiusMiles * Double.pi / 180

    public static func miles(_ a: Coordinate, _ b: Coordinate) -> Double {
        miles(a.latitude, a.longitude, b.latitude, b.longitude)
    }
}
