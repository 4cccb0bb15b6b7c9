import Foundation

/// The listed facilities by state and city, for the state pages: how many in each state, and in each of its cities.
/// City names are grouped without regard to case or spacing ("NEW YORK", "New York"), shown as most listings write them.
public struct StateDirectory: Sendable {
    public struct City: Sendable, Equatable {
        /// Empty for listings that give no city.
        public let name: String
        public let count: Int
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
        var telehealth: [String: Int] = [:]
        for l in listings {
            let state = l.state.uppercased()
            guard USState.names[state] != nil else { continue }
            let city = l.city.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            spellings[state, default: [:]][city.isEmpty ? "" : TextMatch.fold(city), default: [:]][city, default: 0] += 1
            if l.terms.contains("telehealth") { telehealth[state, default: 0] += 1 }
        }
        var states: [String: State] = [:]
        for (code, cities) in spellings {
            let list = cities.map { _, names -> City in
                let best = names.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
                return City(name: best, count: names.values.reduce(0, +))
            }.sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }
            states[code] = State(code: code, name: USState.names[code]!, count: list.reduce(0) { $0 + $1.count }, cities: list,
                                 telehealth: telehealth[code] ?? 0)
        }
        self.states = states
    }

    /// States with listings, by name.
    public var byName: [State] { states.values.sorted { $0.name < $1.name } }
}
