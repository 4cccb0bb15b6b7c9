import Foundation

/// A place a seeker typed, resolved to a point.
public struct ResolvedPlace: Sendable, Hashable {
    /// How Haven names the place back to the seeker: "10001 (New York, NY)", "Boston, MA".
    public let label: String
    public let coordinate: Coordinate
}

/// Why a typed place could not be resolved. Each case reads as a plain answer, never a silent guess.
public enum PlaceError: Error, Sendable, Equatable {
    case empty
    case unknownZip(String)
    case zipWithoutLocation(String)
    case badCoordinates(String)
    case unknownPlace(String)
    /// The place name matches several places: the seeker picks one.
    case ambiguous(String, candidates: [String])

    public var message: String {
        switch self {
        case .empty: "Enter a ZIP code, a city and state (like \"Denver, CO\"), or coordinates."
        case .unknownZip(let z): "We don't know the ZIP code \(z). Check it, or enter a city and state."
        case .zipWithoutLocation(let z): "ZIP code \(z) has no map location (it may be a military or P.O. box ZIP). Try a nearby ZIP or a city and state."
        case .badCoordinates(let s): "\"\(s)\" is not a valid latitude,longitude pair (latitude -90 to 90, longitude -180 to 180)."
        case .unknownPlace(let s): "We couldn't find \"\(s)\". Enter a 5-digit ZIP code or a city and state, like \"Denver, CO\"."
        case .ambiguous(let s, let c): "\"\(s)\" matches several places. Which one did you mean: \(c.joined(separator: "; "))?"
        }
    }
}

/// Resolves "10001", "City, ST", "City ST", "City" (when unique) and "lat,lon" using the ZIP table.
public struct PlaceResolver: Sendable {
    private struct CityPlace: Sendable { let city: String; let state: String; let coordinate: Coordinate; let zipCount: Int }

    private let zips: [String: ZipCode]
    /// normalized city name -> places with that name, one per state.
    private let cities: [String: [CityPlace]]

    public init(zipCodes: [ZipCode]) {
        var zips: [String: ZipCode] = [:]
        var points: [String: [String: (city: String, lat: Double, lon: Double, n: Int)]] = [:]
        for z in zipCodes {
            zips[z.zip] = z
            guard let c = z.coordinate else { continue }
            let key = Self.normalize(z.city)
            var entry = points[key, default: [:]][z.state] ?? (z.city, 0, 0, 0)
            entry.lat += c.latitude; entry.lon += c.longitude; entry.n += 1
            points[key, default: [:]][z.state] = entry
        }
        self.zips = zips
        self.cities = points.mapValues { byState in
            byState.map { state, e in
                CityPlace(city: e.city, state: state,
                          coordinate: Coordinate(latitude: e.lat / Double(e.n), longitude: e.lon / Double(e.n)),
                          zipCount: e.n)
            }.sorted { ($0.zipCount, $1.state) > ($1.zipCount, $0.state) }
        }
    }

    public var isEmpty: Bool { zips.isEmpty }

    public func zip(_ code: String) -> ZipCode? { zips[code] }

    public func resolve(_ raw: String) throws(PlaceError) -> ResolvedPlace {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .empty }
        if let point = try Self.coordinates(text) {
            return ResolvedPlace(label: String(format: "%.4f, %.4f", point.latitude, point.longitude), coordinate: point)
        }
        if let zip = Self.zipCode(text) {
            guard let z = zips[zip] else { throw .unknownZip(zip) }
            guard let c = z.coordinate else { throw .zipWithoutLocation(zip) }
            return ResolvedPlace(label: "\(zip) (\(z.city), \(z.state))", coordinate: c)
        }
        return try resolveCity(text)
    }

    private func resolveCity(_ text: String) throws(PlaceError) -> ResolvedPlace {
        var city = text, state: String?
        if let comma = text.lastIndex(of: ",") {
            city = String(text[..<comma])
            let tail = text[text.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            guard let st = USState.abbreviation(tail) else { throw .unknownPlace(text) }
            state = st
        } else if let space = text.lastIndex(of: " "), let st = USState.abbreviation(String(text[text.index(after: space)...])),
                  cities[Self.normalize(String(text[..<space]))] != nil {
            city = String(text[..<space]); state = st
        }
        guard let places = cities[Self.normalize(city)] else { throw .unknownPlace(text) }
        if let state {
            guard let p = places.first(where: { $0.state == state }) else { throw .unknownPlace(text) }
            return ResolvedPlace(label: "\(p.city), \(p.state)", coordinate: p.coordinate)
        }
        if places.count == 1, USState.abbreviation(city) == nil {
            let p = places[0]
            return ResolvedPlace(label: "\(p.city), \(p.state)", coordinate: p.coordinate)
        }
        throw .ambiguous(text, candidates: places.prefix(60).map { "\($0.city), \($0.state)" })
    }

    /// "40.7,-73.9" (optionally with a space or parentheses); nil when the text is not number-comma-number.
    static func coordinates(_ text: String) throws(PlaceError) -> Coordinate? {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: "() "))
        let parts = trimmed.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let lat = Double(parts[0].trimmingCharacters(in: .whitespaces)),
              let lon = Double(parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
        let c = Coordinate(latitude: lat, longitude: lon)
        guard lat.isFinite, lon.isFinite, (-90...90).contains(lat), (-180...180).contains(lon) else { throw .badCoordinates(text) }
        return c
    }

    /// "10001" or "10001-1234" -> "10001".
    static func zipCode(_ text: String) -> String? {
        let u = Array(text.utf8)
        let digits = { (s: ArraySlice<UInt8>) in s.allSatisfy { $0 >= 48 && $0 <= 57 } }
        if u.count == 5, digits(u[...]) { return text }
        if u.count == 10, u[5] == 45, digits(u[0..<5]), digits(u[6...]) { return String(text.prefix(5)) }
        return nil
    }

    /// Case-, accent- and punctuation-insensitive city key; "St." and "Saint", "Ft" and "Fort" match.
    static func normalize(_ city: String) -> String {
        let folded = city.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { w -> String in
            switch w {
            case "st", "ste": "saint"
            case "ft": "fort"
            case "mt": "mount"
            default: String(w)
            }
        }
        return words.joined(separator: " ")
    }
}
