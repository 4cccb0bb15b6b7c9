import Foundation

/// The listed facilities by state and city, for the state pages: how many in each state, and in each of its cities.
/// City names are grouped without regard to case or spacing ("NEW YORK", "New York"), shown as most listings write them.
public struct StateDirectory: Sendable {
    public struct City: Sendable, Equatable {
        /// Empty for listings that give no city.
        public let name: String
        public let count: Int
        /// The map points of its facilities (those that have one), to choose a search radius that reaches them.
        public var points: [Coordinate] = []
        /// Its facilities' most common ZIP code: where to search when the city's name is not a place Haven knows.
        public var zip = ""

        public init(name: String, count: Int, points: [Coordinate] = [], zip: String = "") {
            self.name = name
            self.count = count
            self.points = points
            self.zip = zip
        }

        /// Cities are the same when their name and count are: the points and ZIP only serve the search link.
        public static func == (a: City, b: City) -> Bool { a.name == b.name && a.count == b.count }
    }

    /// A search that finds a city's facilities: the place to search near, and the radius when the default is too
    /// small (a city whose named center is far from its facilities, as in large rural ZIP codes).
    public struct CitySearch: Sendable, Equatable {
        public let near: String
        public let radius: Double?

        public init(near: String, radius: Double?) {
            self.near = near
            self.radius = radius
        }
    }

    public struct State: Sendable {
        public let code: String
        public let name: String
        public let count: Int
        /// Alphabetical.
        public let cities: [City]
        /// Programs in the state that offer telehealth.
        public let telehealth: Int
    }

    /// By postal code; only states with listings.
    public let states: [String: State]

    public init(listings: [FacilityListing]) {
        var spellings: [String: [String: [String: Int]]] = [:]   // state -> folded city -> spelling -> count
        var points: [String: [String: [Coordinate]]] = [:]
        var zips: [String: [String: [String: Int]]] = [:]
        var telehealth: [String: Int] = [:]
        for l in listings {
            let state = l.state.uppercased()
            guard USState.names[state] != nil else { continue }
            let city = l.city.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let key = city.isEmpty ? "" : TextMatch.fold(city)
            spellings[state, default: [:]][key, default: [:]][city, default: 0] += 1
            if let c = l.coordinate { points[state, default: [:]][key, default: []].append(c) }
            if !l.zip.isEmpty { zips[state, default: [:]][key, default: [:]][String(l.zip.prefix(5)), default: 0] += 1 }
            if l.terms.contains(TermSlug.telehealth.rawValue) { telehealth[state, default: 0] += 1 }
        }
        func mostCommon(_ counts: [String: Int]) -> String? { counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key }
        var states: [String: State] = [:]
        for (code, cities) in spellings {
            let list = cities.map { key, names -> City in
                City(name: mostCommon(names)!, count: names.values.reduce(0, +), points: points[code]?[key] ?? [],
                     zip: zips[code]?[key].flatMap(mostCommon) ?? "")
            }.sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }
            states[code] = State(code: code, name: USState.names[code]!, count: list.reduce(0) { $0 + $1.count }, cities: list,
                                 telehealth: telehealth[code] ?? 0)
        }
        self.states = states
    }

    /// The search a city's link opens: near "City, ST" when Haven knows the place, else near its facilities' ZIP; with
    /// the smallest of `radii` that reaches every one of its facilities from there (none when `defaultRadius` does).
    public static func search(for city: City, in state: String, places: PlaceResolver, radii: [Double], defaultRadius: Double) -> CitySearch {
        let named = "\(city.name), \(state)"
        var near = named
        var center = try? places.resolve(named)
        if center == nil, !city.zip.isEmpty, let z = try? places.resolve(city.zip) {
            near = city.zip
            center = z
        }
        guard let from = center?.coordinate, !city.points.isEmpty else { return CitySearch(near: near, radius: nil) }
        let farthest = city.points.map { Geo.miles(from, $0) }.max()!
        guard farthest > defaultRadius else { return CitySearch(near: near, radius: nil) }
        return CitySearch(near: near, radius: radii.first { $0 >= farthest } ?? radii.last)
    }

    /// States with listings, by name.
    public var byName: [State] { states.values.sorted { $0.name < $1.name } }
}
