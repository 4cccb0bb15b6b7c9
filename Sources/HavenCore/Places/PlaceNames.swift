import Foundation

/// The names Haven knows places by, built once from the ZIP table: cities (with the Postal Service's other accepted
/// names), counties and states, each with a middle point and a size (its number of ZIP codes).
struct PlaceNames: Sendable {
    struct Named: Sendable {
        let name: String
        let state: String
        let coordinate: Coordinate
        let zipCount: Int
        /// false when the name is only an alias in this state (never any ZIP's main city name).
        let isMainName: Bool
        /// The normalized name it is found by.
        let key: String
    }

    struct County: Sendable {
        let name: String
        let state: String
        let coordinate: Coordinate
        let zips: Set<String>
    }

    /// Normalized city name -> one entry per state, largest first.
    let cities: [String: [Named]]
    /// Normalized county name ("cook county") -> one entry per state, largest first.
    let counties: [String: [County]]
    /// State code -> middle of its ZIP codes.
    let stateCentres: [String: Coordinate]
    /// Every normalized city name, indexed for spelling suggestions.
    let spelling: SpellingIndex
    /// ZIP centres by latitude, for the nearest-ZIP lookup (coordinates typed or from "Use my location").
    let located: [ZipCode]
    let latitudes: [Double]

    init(_ zipCodes: [ZipCode]) {
        struct Sum { var name: String; var lat = 0.0, lon = 0.0, n = 0, main = false; var zips: Set<String> = [] }
        var cities: [String: [String: Sum]] = [:]
        var counties: [String: [String: Sum]] = [:]
        var states: [String: Sum] = [:]
        var located: [ZipCode] = []
        func add(_ table: inout [String: [String: Sum]], _ name: String, _ z: ZipCode, _ c: Coordinate, main: Bool) {
            let key = PlaceResolver.normalize(name)
            guard !key.isEmpty else { return }
            var s = table[key, default: [:]][z.state] ?? Sum(name: name)
            if main && !s.main { s.name = name }
            s.lat += c.latitude; s.lon += c.longitude; s.n += 1; s.main = s.main || main
            s.zips.insert(z.zip)
            table[key, default: [:]][z.state] = s
        }
        for z in zipCodes {
            guard let c = z.coordinate else { continue }
            located.append(z)
            add(&cities, z.city, z, c, main: true)
            for alias in z.aliases where PlaceResolver.normalize(alias) != PlaceResolver.normalize(z.city) {
                add(&cities, alias, z, c, main: false)
            }
            if !z.county.isEmpty { add(&counties, z.county, z, c, main: true) }
            var s = states[z.state] ?? Sum(name: z.state)
            s.lat += c.latitude; s.lon += c.longitude; s.n += 1
            states[z.state] = s
        }
        func centre(_ s: Sum) -> Coordinate { Coordinate(latitude: s.lat / Double(s.n), longitude: s.lon / Double(s.n)) }
        self.cities = Dictionary(uniqueKeysWithValues: cities.map { key, byState in
            (key, byState.map { Named(name: $1.name, state: $0, coordinate: centre($1), zipCount: $1.n, isMainName: $1.main, key: key) }
                .sorted { ($0.isMainName ? 1 : 0, $0.zipCount, $1.state) > ($1.isMainName ? 1 : 0, $1.zipCount, $0.state) })
        })
        self.counties = counties.mapValues { byState in
            byState.map { County(name: $1.name, state: $0, coordinate: centre($1), zips: $1.zips) }
                .sorted { ($0.zips.count, $1.state) > ($1.zips.count, $0.state) }
        }
        self.stateCentres = states.mapValues(centre)
        self.spelling = SpellingIndex(cities.keys.sorted())
        located.sort { $0.coordinate!.latitude < $1.coordinate!.latitude }
        self.located = located
        self.latitudes = located.map { $0.coordinate!.latitude }
    }

    /// The ZIP whose centre is nearest to `point`, with the distance in miles: from the ZIPs at the point's latitude
    /// outwards, stopping each way once the latitude alone is farther than the best so far.
    func nearestZip(to point: Coordinate) -> (zip: ZipCode, miles: Double)? {
        guard !located.isEmpty else { return nil }
        var lo = 0, hi = latitudes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if latitudes[mid] < point.latitude { lo = mid + 1 } else { hi = mid }
        }
        var best: (zip: ZipCode, miles: Double)?
        func visit(_ i: Int) -> Bool {
            if let b = best, abs(latitudes[i] - point.latitude) * Geo.milesPerDegreeLatitude > b.miles { return false }
            let d = Geo.miles(point, located[i].coordinate!)
            if best == nil || d < best!.miles { best = (located[i], d) }
            return true
        }
        var up = lo, down = lo - 1
        while up < located.count, visit(up) { up += 1 }
        while down >= 0, visit(down) { down -= 1 }
        return best
    }
}
