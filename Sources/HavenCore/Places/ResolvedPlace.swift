import Foundation

/// A place a seeker typed, resolved to a point (searched within a radius) or an area (searched across it).
public struct ResolvedPlace: Sendable, Hashable {
    /// How Haven names the place back to the seeker: "10001 (New York, NY)", "Boston, MA", "Colorado (the whole state)".
    public let label: String
    /// The point distances are measured from; for an area, its middle (not used for distances).
    public let coordinate: Coordinate
    /// Set when the seeker named a whole state or county: results come from inside it, with no radius.
    public let area: PlaceArea?
    /// The state the place is in (for "programs in this state that offer care by phone or video").
    public let state: String?
    /// What Haven did with the text, when it did more than look it up ("We used the ZIP code in the address you typed").
    public let note: String?
    /// Other places the words could mean, offered beside the results ("Denver, PA", "Louisiana (the whole state)").
    public let alternatives: [PlaceChoice]
    /// What distances are measured from, in words: "downtown Elko, NV", "the middle of ZIP 89801" (nil for a state).
    public let from: String?
    /// The town, when the place is one by name (its centre may be moved to where its programs are).
    public let town: String?
    /// The town's normalized name and state ("elko|NV"), as `SearchIndex` keys town centres.
    public let townKey: String?

    public init(label: String, coordinate: Coordinate, area: PlaceArea? = nil, state: String? = nil, note: String? = nil,
                alternatives: [PlaceChoice] = [], from: String? = nil, town: String? = nil, townKey: String? = nil) {
        self.label = label; self.coordinate = coordinate; self.area = area; self.state = state
        self.note = note; self.alternatives = alternatives; self.from = from; self.town = town; self.townKey = townKey
    }

    func with(note: String? = nil, alternatives: [PlaceChoice]? = nil) -> ResolvedPlace {
        ResolvedPlace(label: label, coordinate: coordinate, area: area, state: state, note: note ?? self.note,
                      alternatives: alternatives ?? self.alternatives, from: from, town: town, townKey: townKey)
    }

    /// The same place measured from another point.
    public func measured(from point: Coordinate, _ words: String) -> ResolvedPlace {
        ResolvedPlace(label: label, coordinate: point, area: area, state: state, note: note, alternatives: alternatives,
                      from: words, town: town, townKey: townKey)
    }
}

/// A whole state or county: search inside it rather than around a point.
public enum PlaceArea: Sendable, Hashable {
    case state(String)
    /// A county by name and state, with its ZIP codes (listings are matched by their ZIP).
    case county(String, state: String, zips: Set<String>)
}

/// One place a seeker can pick: how it reads, and the text that resolves to exactly it.
public struct PlaceChoice: Sendable, Hashable, Codable {
    public let label: String
    public let query: String

    public init(label: String, query: String) {
        self.label = label
        self.query = query
    }
}

/// Why a typed place could not be resolved. Each case reads as a plain answer, never a silent guess.
public enum PlaceError: Error, Sendable, Equatable {
    case empty
    /// "near me", "my location": Haven cannot see where the seeker is unless the browser tells it.
    case nearMe
    case unknownZip(String)
    case zipWithoutLocation(String)
    case badCoordinates(String)
    /// Nothing matched; `suggestions` are known places spelled almost the same ("Did you mean Pittsburgh, PA?").
    case unknownPlace(String, suggestions: [PlaceChoice] = [])
    /// The place name matches several places: the seeker picks one.
    case ambiguous(String, candidates: [PlaceChoice])

    public var message: String {
        if Language.current == .es { return spanishMessage }
        return switch self {
        case .empty: "Enter a ZIP code, a city and state (like \"Denver, CO\"), a county, a state, or coordinates."
        case .nearMe: "Haven can't see where you are. Type your ZIP code or your town and state (like \"80202\" or \"Denver, CO\"), or, where your browser offers it, use \"Use my location\"."
        case .unknownZip(let z): "We don't know the ZIP code \(z). Check it, or enter a city and state."
        case .zipWithoutLocation(let z): "ZIP code \(z) has no map location (it may be a military or P.O. box ZIP). Try a nearby ZIP or a city and state."
        case .badCoordinates(let s): "\"\(s)\" is not a valid latitude,longitude pair (latitude -90 to 90, longitude -180 to 180)."
        case .unknownPlace(let s, let suggestions) where !suggestions.isEmpty:
            "We couldn't find \"\(s)\". Did you mean \(suggestions.prefix(3).map(\.label).joined(separator: " or "))?"
        case .unknownPlace(let s, _): "We couldn't find \"\(s)\". Enter a 5-digit ZIP code, a city and state (like \"Denver, CO\"), a county or a state."
        case .ambiguous(let s, let c): "\"\(s)\" could mean \(c.count) places. Which one did you mean?"
        }
    }

    /// The message in Spanish, for `/es/` pages.
    var spanishMessage: String {
        switch self {
        case .empty: "Escriba un código postal (ZIP), una ciudad y estado (como \"Denver, CO\"), un condado, un estado o coordenadas."
        case .nearMe: "Haven no puede ver dónde está usted. Escriba su código postal o su ciudad y estado (como \"80202\" o \"Denver, CO\"), o, si su navegador lo ofrece, use \"Usar mi ubicación\"."
        case .unknownZip(let z): "No conocemos el código postal \(z). Revíselo o escriba una ciudad y estado."
        case .zipWithoutLocation(let z): "El código postal \(z) no tiene ubicación en el mapa (puede ser de una base militar o de apartados postales). Pruebe con un código cercano o una ciudad y estado."
        case .badCoordinates(let s): "\"\(s)\" no es un par válido de latitud,longitud (latitud de -90 a 90, longitud de -180 a 180)."
        case .unknownPlace(let s, let suggestions) where !suggestions.isEmpty:
            "No encontramos \"\(s)\". ¿Quiso decir \(suggestions.prefix(3).map(\.label).joined(separator: " o "))?"
        case .unknownPlace(let s, _): "No encontramos \"\(s)\". Escriba un código postal de 5 dígitos, una ciudad y estado (como \"Denver, CO\"), un condado o un estado."
        case .ambiguous(let s, let c): "\"\(s)\" puede ser \(c.count) lugares. ¿Cuál quiso decir?"
        }
    }

    /// No such place (as against a badly formed one): an unknown ZIP or name, or a ZIP with no location.
    public var isNotFound: Bool {
        switch self {
        case .unknownZip, .zipWithoutLocation, .unknownPlace: true
        default: false
        }
    }

    /// The places offered as links: the candidates of an ambiguous name, or the suggestions for a misspelt one.
    public var choices: [PlaceChoice] {
        switch self {
        case .ambiguous(_, let c): c
        case .unknownPlace(_, let s): s
        default: []
        }
    }
}
