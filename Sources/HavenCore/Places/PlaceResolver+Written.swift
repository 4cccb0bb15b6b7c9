import Foundation

/// Places as people write them beyond names and ZIP codes: "near me", "zip 606", "rural Montana", "Navajo Nation".
extension PlaceResolver {

    /// What people type for "where I am", which only the browser knows.
    static let nearMe: Set<String> = ["near me", "me", "nearby", "near", "here", "my location", "current location",
                                      "my area", "around me", "close to me", "closest", "where i am", "where i'm at",
                                      "my current location", "near me.", "near me!",
                                      // The same in Spanish, with and without accents.
                                      "cerca de mi", "cerca de mí", "cerca", "aqui", "aquí", "mi ubicacion", "mi ubicación",
                                      "donde estoy", "dónde estoy", "mi zona", "cerca de aqui", "cerca de aquí"]

    /// "zip 60601", "ZIP code: 606", "zipcode 10001" -> the digits.
    static func withoutZipWord(_ text: String) -> String {
        guard let first = text.utf8.first, first | 0x20 == UInt8(ascii: "z") || first | 0x20 == UInt8(ascii: "p") else { return text }
        let lower = text.lowercased()
        for prefix in ["zip code", "zipcode", "zip", "postal code"] where lower.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count).trimmingCharacters(in: CharacterSet(charactersIn: " :#.-"))
            if !rest.isEmpty, rest.first!.isNumber { return rest }
        }
        return text
    }

    /// "606", "6060": the start of a ZIP code. One town: that town, said so; several: a choice of them, largest first.
    func zipPrefix(_ text: String) throws(PlaceError) -> ResolvedPlace? {
        guard (3...4).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var byPlace: [String: (city: String, state: String, n: Int)] = [:]
        for z in byPrefix[text.prefix(3)] ?? [] where z.zip.hasPrefix(text) {
            byPlace["\(z.city)|\(z.state)", default: (z.city, z.state, 0)].n += 1
        }
        let places = byPlace.values.sorted { ($0.n, $1.city) > ($1.n, $0.city) }
        guard let first = places.first else { throw .unknownZip(text) }
        let choices = places.prefix(30).map { PlaceChoice(label: "\($0.city), \($0.state)", query: "\($0.city), \($0.state)") }
        let note = Language.say(
            "ZIP codes starting \(text) are in \(places.count == 1 ? first.city + ", " + first.state : "\(places.count) places"); we searched near \(first.city), \(first.state).",
            "Los códigos postales que empiezan por \(text) están en \(places.count == 1 ? first.city + ", " + first.state : "\(places.count) lugares"); buscamos cerca de \(first.city), \(first.state).")
        if places.count == 1 || first.n >= 3 * (places.count > 1 ? places[1].n : 0) && first.n * 2 >= places.reduce(0, { $0 + $1.n }) {
            return try resolveName("\(first.city), \(first.state)", typed: text).with(note: note, alternatives: Array(choices.dropFirst().prefix(8)))
        }
        throw .ambiguous(text, candidates: Array(choices))
    }

    /// "rural Montana", "western Kansas", "upstate New York", "all of Ohio": the state, said so.
    func resolveQualifiedState(_ text: String) throws(PlaceError) -> ResolvedPlace? {
        guard let space = text.firstIndex(of: " "), Self.qualifierWords.contains(text[..<space].lowercased()) else { return nil }
        // "West Virginia", "North Dakota" are states, not a part of one.
        guard Self.stateOnly(text) == nil else { return nil }
        let lower = text.lowercased()
        for q in Self.stateQualifiers where lower.hasPrefix(q + " ") {
            let rest = String(text.dropFirst(q.count + 1))
            guard let code = Self.stateOnly(rest), let name = USState.names[code], let centre = names.stateCentres[code] else { continue }
            return ResolvedPlace(label: Language.say("\(name) (the whole state)", "\(name) (todo el estado)"), coordinate: centre, area: .state(code), state: code,
                                 note: Language.say("Haven has no map of \u{201C}\(q) \(name)\u{201D}, so it searched the whole state. Type a town or ZIP code to see what is nearest to you.",
                                                    "Haven no tiene un mapa de \u{201C}\(q) \(name)\u{201D}, así que buscó en todo el estado. Escriba una ciudad o un código postal para ver lo más cercano."))
        }
        return nil
    }

    /// The first words of `stateQualifiers`, to rule most text out at once.
    static let qualifierWords = Set(stateQualifiers.map { String($0.split(separator: " ")[0]) })

    static let stateQualifiers = ["rural", "western", "eastern", "northern", "southern", "central", "north", "south", "east",
                                  "west", "northeast", "northwest", "southeast", "southwest", "upstate", "downstate",
                                  "north central", "south central", "all of", "anywhere in", "all over", "the state of", "greater",
                                  "northern part of", "southern part of", "eastern part of", "western part of"]

    /// Tribal nations and reservations: no ZIP table names them, so the nearest towns, said so.
    func resolveNation(_ text: String) throws(PlaceError) -> ResolvedPlace? {
        var key = Self.normalize(text)
        for st in [" az", " nm", " ok", " sd", " nd", " mt", " nc", " wa", " mn", " wi", " wy", " ut"] where key.hasSuffix(st) {
            key = String(key.dropLast(st.count))
        }
        guard let nation = TribalNations.table[key] else { return nil }
        let place = try resolveName(nation.town, typed: text)
        return place.with(note: "Haven has no reservation boundaries: it searched near \(place.label), \(nation.why). Programs paid by IHS, tribal or urban Indian health funds can be chosen under Payment.",
                          alternatives: nation.also.map { PlaceChoice(label: $0, query: $0) })
    }

}
