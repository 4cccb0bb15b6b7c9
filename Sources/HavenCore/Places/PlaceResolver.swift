import Foundation

/// Resolves what people type as a place, using the ZIP table: "10001", "Denver, CO", "denver co 80202",
/// "350 5th Ave, New York, NY 10118", "Cook County, IL", "Colorado", "NYC", "Pittsburg, PA" (a suggestion),
/// "40.7,-73.9" and "-73.9, 40.7" (swapped, and said so). Anything it cannot pin down is a `PlaceError` that offers
/// the real choices; it never guesses silently.
public struct PlaceResolver: Sendable {
    private let zips: [String: ZipCode]
    /// ZIP codes with a location by their first three digits (for "606").
    let byPrefix: [Substring: [ZipCode]]
    let names: PlaceNames
    /// The ZIP table it was built from (a rebuild with the same table keeps this resolver).
    public let zipCodes: [ZipCode]
    /// Each ZIP's time zone (from the table), for "open now".
    public let timeZones: TimeZoneTable

    public init(zipCodes: [ZipCode]) {
        self.zipCodes = zipCodes
        self.timeZones = TimeZoneTable(zipZones: Dictionary(zipCodes.lazy.filter { !$0.timeZone.isEmpty }.map { ($0.zip, $0.timeZone) },
                                                            uniquingKeysWith: { a, _ in a }))
        var zips: [String: ZipCode] = [:]
        for z in zipCodes { zips[z.zip] = z }
        self.zips = zips
        self.byPrefix = Dictionary(grouping: zipCodes.filter { $0.coordinate != nil && $0.zip.count == 5 }, by: { $0.zip.prefix(3) })
        self.names = PlaceNames(zipCodes)
    }

    public var isEmpty: Bool { zips.isEmpty }

    public func zip(_ code: String) -> ZipCode? { zips[code] }

    public func resolve(_ raw: String) throws(PlaceError) -> ResolvedPlace {
        var text = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !text.isEmpty else { throw .empty }
        if text.utf8.count <= 20, let first = text.utf8.first, first >= 65, Self.nearMe.contains(text.lowercased()) { throw .nearMe }
        text = Self.withoutZipWord(text)
        if let point = try coordinates(text) { return point }
        if let zip = Self.zipCode(text) { return try resolveZip(zip) }
        if let partial = try zipPrefix(text) { return partial }
        let cleaned = Self.withoutCountry(text)
        if let area = try resolveQualifiedState(cleaned) { return area }
        if let fromAddress = try trailingZip(cleaned, typed: text) { return fromAddress }
        do throws(PlaceError) {
            return try resolveName(cleaned, typed: text)
        } catch {
            // A nation's name is no town's ("Navajo Nation, AZ"); a town of the same name ("Menominee") stays the town.
            if let nation = try? resolveNation(cleaned) { return nation }
            throw error
        }
    }

    // MARK: ZIP codes

    private func resolveZip(_ zip: String) throws(PlaceError) -> ResolvedPlace {
        guard let z = zips[zip] else { throw .unknownZip(zip) }
        guard let c = z.coordinate else { throw .zipWithoutLocation(zip) }
        return ResolvedPlace(label: "\(zip) (\(z.city), \(z.state))", coordinate: c, state: z.state, from: Language.say("the middle of ZIP code \(zip)", "el centro del código postal \(zip)"))
    }

    /// "Denver CO 80202", "350 5th Ave, New York, NY 10118": the ZIP at the end decides. When words before it are
    /// more than a city and state, Haven says it used only the ZIP (it has no street-level map).
    private func trailingZip(_ text: String, typed: String) throws(PlaceError) -> ResolvedPlace? {
        let words = text.split(separator: " ")
        guard words.count >= 2, let zip = Self.zipCode(String(words.last!)) else { return nil }
        let before = words.dropLast().joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ", "))
        guard let z = zips[zip], z.coordinate != nil else {
            // An unknown ZIP after a real city: use the city and say why.
            if let place = try? resolveName(before, typed: typed) {
                return place.with(note: Language.say("We don't know the ZIP code \(zip), so we used \(place.label).",
                                                     "No conocemos el código postal \(zip), así que usamos \(place.label)."))
            }
            return try resolveZip(zip)
        }
        let place = try resolveZip(zip)
        let cityAndState = (try? resolveName(before, typed: before)).map { $0.note == nil && $0.area == nil } ?? false
        if cityAndState || before.isEmpty { return place }
        return place.with(note: Language.say("We used the ZIP code in the address you typed (\(zip)); distances are from the middle of that ZIP code, not from the street.",
                                             "Usamos el código postal de la dirección que escribió (\(zip)); las distancias son desde el centro de ese código postal, no desde la calle."))
    }

    // MARK: Names

    func resolveName(_ text: String, typed: String) throws(PlaceError) -> ResolvedPlace {
        let key = Self.normalize(text)
        guard !key.isEmpty else { throw .unknownPlace(typed) }
        if let nick = PlaceNicknames.table[key], Self.normalize(nick.target) != key {
            let place = try resolveName(nick.target, typed: typed)
            return place.with(alternatives: nick.also)
        }
        if let state = Self.stateOnly(text) { return try resolveState(state, typed: text, wholeWordsState: key) }
        if let county = try resolveCounty(text) { return county }

        // "City, ST", "City ST", "City State", and addresses ending in one: the last comma part or words name a state.
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if parts.count >= 2, let state = USState.abbreviation(parts.last!) {
            let cityPart = parts[parts.count - 2]
            if let place = try resolveCity(cityPart, in: state, typed: typed) {
                return parts.count > 2 ? place.with(note: Language.say("We used \(place.label) from the address you typed.", "Usamos \(place.label) de la dirección que escribió.")) : place
            }
        }
        if parts.count >= 2, USState.abbreviation(parts.last!) == nil, let county = try resolveCounty(parts.suffix(2).joined(separator: ", ")) {
            return county
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        for stateWords in [2, 1] where words.count > stateWords {
            guard let state = USState.abbreviation(words.suffix(stateWords).joined(separator: " ")) else { continue }
            let cityText = words.dropLast(stateWords).joined(separator: " ")
            if let place = try resolveCity(cityText, in: state, typed: typed) { return place }
            if let place = try resolveCounty(cityText + ", " + state) { return place }
            // "Lake Charles LA" is a city and state; a city whose own name ends in a state's ("Fort Indiantown Gap") is not.
            if names.cities[key] == nil { throw .unknownPlace(typed, suggestions: suggestions(for: Self.normalize(cityText), in: state)) }
        }
        if parts.count >= 2, let state = USState.abbreviation(parts.last!) {
            throw .unknownPlace(typed, suggestions: suggestions(for: Self.normalize(parts[parts.count - 2]), in: state))
        }
        return try resolveCityAnywhere(key, typed: typed)
    }

    /// A city name with no state: one place, the one place much larger than the rest, or a choice.
    private func resolveCityAnywhere(_ key: String, typed: String) throws(PlaceError) -> ResolvedPlace {
        guard let places = names.cities[key], let first = places.first else {
            throw .unknownPlace(typed, suggestions: suggestions(for: key, in: nil))
        }
        let choices = places.prefix(60).map { PlaceChoice(label: "\($0.name), \($0.state)", query: "\($0.name), \($0.state)") }
        if places.count == 1 { return cityPlace(first) }
        // "Denver" means Denver, CO (dozens of ZIP codes) more than Denver, PA (one); the others are offered beside it.
        if first.isMainName, first.zipCount >= 10, first.zipCount >= 5 * places[1].zipCount {
            return cityPlace(first).with(alternatives: Array(choices.dropFirst().prefix(8)))
        }
        throw .ambiguous(typed, candidates: choices)
    }

    /// A city in a known state, or the city at the end of a street address ("350 5th Ave New York" in NY), said so.
    private func resolveCity(_ text: String, in state: String, typed: String) throws(PlaceError) -> ResolvedPlace? {
        let key = Self.normalize(text)
        if let p = names.cities[key]?.first(where: { $0.state == state }) { return cityPlace(p) }
        // "Philly, PA": a nickname whose place is in that state (the target names a real city: no loop).
        if let nick = PlaceNicknames.table[key], Self.normalize(nick.target) != key,
           let place = try? resolveName(nick.target, typed: typed), place.state == state {
            return place
        }
        let words = key.split(separator: " ")
        guard words.count > 1 else { return nil }
        for n in stride(from: min(4, words.count - 1), through: 1, by: -1) {
            let tail = words.suffix(n).joined(separator: " ")
            if let p = names.cities[tail]?.first(where: { $0.state == state }) {
                return cityPlace(p).with(note: Language.say("We used \(p.name), \(p.state) from the address you typed; distances are from the middle of the city, not from the street.",
                                                             "Usamos \(p.name), \(p.state) de la dirección que escribió; las distancias son desde el centro de la ciudad, no desde la calle."))
            }
        }
        return nil
    }

    private func cityPlace(_ p: PlaceNames.Named) -> ResolvedPlace {
        ResolvedPlace(label: "\(p.name), \(p.state)", coordinate: p.coordinate, state: p.state,
                      from: Language.say("the middle of \(p.name), \(p.state)\u{2019}s ZIP codes", "el centro de los códigos postales de \(p.name), \(p.state)"), town: p.name, townKey: p.key + "|" + p.state)
    }

    // MARK: States and counties

    /// "Colorado", "CO", "Washington state", "state of New York", "NYS": a state code, when the text is only a state.
    static func stateOnly(_ text: String) -> String? {
        var t = text.trimmingCharacters(in: .whitespaces)
        let lower = t.lowercased()
        if lower == "nys" { return "NY" }
        for prefix in ["state of ", "the state of "] where lower.hasPrefix(prefix) { t = String(t.dropFirst(prefix.count)) }
        if lower.hasSuffix(" state") { t = String(t.dropLast(6)) }
        return USState.abbreviation(t)
    }

    private func resolveState(_ code: String, typed: String, wholeWordsState key: String) throws(PlaceError) -> ResolvedPlace {
        guard let centre = names.stateCentres[code] else { throw .unknownPlace(typed) }
        let name = USState.names[code] ?? code
        let statePlace = ResolvedPlace(label: "\(name) (the whole state)", coordinate: centre, area: .state(code), state: code)
        // Said as a plain name that is also a city ("New York", "Washington"), the seeker picks; "Washington state",
        // "WA" and "state of Washington" mean the state.
        guard key == Self.normalize(name), let cities = names.cities[key], !cities.isEmpty else { return statePlace }
        let cityChoices = cities.prefix(59).map { PlaceChoice(label: "\($0.name), \($0.state) (city)", query: "\($0.name), \($0.state)") }
        let stateChoice = PlaceChoice(label: "\(name) (the whole state)", query: "\(name) state")
        if cities[0].zipCount >= 10 { throw .ambiguous(typed, candidates: [stateChoice] + cityChoices) }
        return statePlace.with(alternatives: Array(cityChoices.prefix(8)))
    }

    /// "Cook County, IL", "Cook County Illinois", "cook county", "Orleans Parish": nil when the text names no county.
    private func resolveCounty(_ text: String) throws(PlaceError) -> ResolvedPlace? {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var name = parts[0], state: String? = parts.count == 2 ? USState.abbreviation(parts[1]) : nil
        if parts.count == 2 && state == nil { return nil }
        if parts.count > 2 { return nil }
        if state == nil {
            let words = name.split(separator: " ").map(String.init)
            for n in [2, 1] where words.count > n {
                if let st = USState.abbreviation(words.suffix(n).joined(separator: " ")) {
                    state = st; name = words.dropLast(n).joined(separator: " "); break
                }
            }
        }
        let key = Self.normalize(name)
        guard let last = key.split(separator: " ").last, ["county", "parish", "borough"].contains(last),
              let counties = names.counties[key] else { return nil }
        let matches = state.map { st in counties.filter { $0.state == st } } ?? counties
        guard let c = matches.first else {
            throw .unknownPlace(text, suggestions: counties.map { PlaceChoice(label: "\($0.name), \($0.state)", query: "\($0.name), \($0.state)") })
        }
        if matches.count > 1, !(matches[0].zips.count >= 10 && matches[0].zips.count >= 5 * matches[1].zips.count) {
            throw .ambiguous(text, candidates: matches.map { PlaceChoice(label: "\($0.name), \($0.state)", query: "\($0.name), \($0.state)") })
        }
        // "Cook County" is Cook County, IL (220 ZIP codes) before Cook County, MN (6); the others are offered beside it.
        let others = matches.dropFirst().prefix(8).map { PlaceChoice(label: "\($0.name), \($0.state)", query: "\($0.name), \($0.state)") }
        return ResolvedPlace(label: "\(c.name), \(c.state)", coordinate: c.coordinate,
                             area: .county(c.name, state: c.state, zips: c.zips), state: c.state, alternatives: Array(others),
                             from: Language.say("the middle of \(c.name)", "el centro de \(c.name)"))
    }

    // MARK: Coordinates

    /// "40.7,-73.9" (optionally with spaces or parentheses); nil when the text is not number-comma-number.
    /// Longitude first ("-73.9, 40.7", as GeoJSON writes it) is swapped when only that order lands near a ZIP.
    private func coordinates(_ text: String) throws(PlaceError) -> ResolvedPlace? {
        guard let (a, b) = try Self.numberPair(text) else { return nil }
        let given = Coordinate(latitude: a, longitude: b)
        let asGiven = (-90...90).contains(a) ? names.nearestZip(to: given) : nil
        let swapped = (-90...90).contains(b) ? names.nearestZip(to: Coordinate(latitude: b, longitude: a)) : nil
        let near = { (n: (zip: ZipCode, miles: Double)?) in n.map { $0.miles <= 100 } ?? false }
        if !near(asGiven) && near(swapped) {
            let point = Coordinate(latitude: b, longitude: a)
            return ResolvedPlace(label: Self.pointLabel(point, swapped), coordinate: point, state: swapped?.zip.state,
                                 note: "Those numbers read as longitude, latitude; we swapped them to \(Self.format(point)).",
                                 from: Language.say("the point \(Self.format(point))", "el punto \(Self.format(point))"))
        }
        guard (-90...90).contains(a) else { throw .badCoordinates(text) }
        return ResolvedPlace(label: Self.pointLabel(given, asGiven), coordinate: given,
                             state: near(asGiven) ? asGiven?.zip.state : nil, from: "the point \(Self.format(given))")
    }

    static func pointLabel(_ point: Coordinate, _ nearest: (zip: ZipCode, miles: Double)?) -> String {
        guard let n = nearest, n.miles <= 25 else { return format(point) }
        return "\(format(point)) (near \(n.zip.city), \(n.zip.state))"
    }

    static func format(_ point: Coordinate) -> String { String(format: "%.4f, %.4f", point.latitude, point.longitude) }

    /// Two finite numbers separated by a comma, each within -180...180; nil when the text is not that shape.
    static func numberPair(_ text: String) throws(PlaceError) -> (Double, Double)? {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: "() "))
        let parts = trimmed.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let a = Double(parts[0].trimmingCharacters(in: .whitespaces)),
              let b = Double(parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
        guard a.isFinite, b.isFinite, (-180...180).contains(a), (-180...180).contains(b),
              (-90...90).contains(a) || (-90...90).contains(b) else { throw .badCoordinates(text) }
        return (a, b)
    }

    // MARK: Suggestions

    /// Known places spelled within a couple of letters of `key` (in `state` when one was given), nearest first,
    /// then larger first; plus the same name in other states when the state has none.
    func suggestions(for key: String, in state: String?) -> [PlaceChoice] {
        guard !key.isEmpty else { return [] }
        // One letter wrong in a short name, two in a longer one (as search engines' "fuzziness: auto"): three found more
        // noise than places and cost ten times the comparisons.
        let limit = key.count <= 4 ? 1 : 2
        var found: [(distance: Int, size: Int, choice: PlaceChoice)] = []
        for (k, d) in names.spelling.near(key, limit: limit) {
            guard let places = names.cities[k] else { continue }
            for p in places where state == nil || p.state == state {
                found.append((d, p.zipCount, PlaceChoice(label: "\(p.name), \(p.state)", query: "\(p.name), \(p.state)")))
            }
        }
        if state == nil {
            for (stateKey, name) in Self.stateKeys where abs(stateKey.utf8.count - key.utf8.count) <= limit {
                let d = EditDistance.between(stateKey, key, limit: limit)
                if d <= limit && d > 0 { found.append((d, 1_000, PlaceChoice(label: "\(name) (the whole state)", query: "\(name) state"))) }
            }
        }
        found.sort { ($0.distance, -$0.size, $0.choice.label) < ($1.distance, -$1.size, $1.choice.label) }
        var out = found.prefix(state == nil ? 5 : 3).map(\.choice)
        if state != nil, let elsewhere = names.cities[key] {
            out += elsewhere.prefix(3).map { PlaceChoice(label: "\($0.name), \($0.state)", query: "\($0.name), \($0.state)") }
        }
        return out
    }

    // MARK: Text

    /// Each state's name as a key, made once (folding a name costs more than comparing it).
    static let stateKeys: [(key: String, name: String)] = USState.names.values.sorted().map { (normalize($0), $0) }

    /// "10001" or "10001-1234" -> "10001".
    static func zipCode(_ text: String) -> String? {
        let u = Array(text.utf8)
        let digits = { (s: ArraySlice<UInt8>) in s.allSatisfy { $0 >= 48 && $0 <= 57 } }
        if u.count == 5, digits(u[...]) { return text }
        if u.count == 10, u[5] == 45, digits(u[0..<5]), digits(u[6...]) { return String(text.prefix(5)) }
        return nil
    }

    /// "..., USA", "... United States": the country adds nothing.
    static func withoutCountry(_ text: String) -> String {
        var t = text
        for suffix in [", usa", " usa", ", us", ", united states", " united states", ", united states of america"]
        where t.lowercased().hasSuffix(suffix) && t.count > suffix.count {
            t = String(t.dropLast(suffix.count))
            break
        }
        return t.trimmingCharacters(in: CharacterSet(charactersIn: ", "))
    }

    /// Case-, accent- and punctuation-insensitive name key; "St." and "Saint", "Ft" and "Fort" match.
    static func normalize(_ city: String) -> String {
        // Plain ASCII (nearly everything typed) without Foundation's folding, which costs more than the rest of a
        // resolution; the same words as the general path below.
        if city.utf8.allSatisfy({ $0 < 0x80 }) {
            var words: [String] = [], word: [UInt8] = []
            func flush() {
                guard !word.isEmpty else { return }
                switch word {
                case Array("st".utf8), Array("ste".utf8): words.append("saint")
                case Array("ft".utf8): words.append("fort")
                case Array("mt".utf8): words.append("mount")
                default: words.append(String(decoding: word, as: UTF8.self))
                }
                word.removeAll(keepingCapacity: true)
            }
            for b in city.utf8 {
                switch b {
                case 97...122, 48...57: word.append(b)
                case 65...90: word.append(b + 32)
                default: flush()
                }
            }
            flush()
            return words.joined(separator: " ")
        }
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
