import Foundation

/// Normalizes names and street addresses so that the same place written two ways gets one key:
/// "60 Westwood Avenue, Suite 220" and "60 WESTWOOD AVE" both become "60 westwood ave".
public enum AddressKey {
    static let streetWords: [String: String] = [
        "street": "st", "str": "st", "avenue": "ave", "av": "ave", "road": "rd", "drive": "dr",
        "boulevard": "blvd", "blv": "blvd", "highway": "hwy", "hiway": "hwy", "lane": "ln", "court": "ct",
        "place": "pl", "parkway": "pkwy", "pky": "pkwy", "circle": "cir", "terrace": "ter", "square": "sq",
        "trail": "trl", "turnpike": "tpke", "expressway": "expy", "freeway": "fwy", "plaza": "plz",
        "center": "ctr", "centre": "ctr", "mount": "mt", "fort": "ft", "saint": "st", "route": "rte", "rt": "rte",
        "north": "n", "south": "s", "east": "e", "west": "w",
        "northeast": "ne", "northwest": "nw", "southeast": "se", "southwest": "sw",
        "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
        "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th",
        "us": "us", "u": "u", "state": "state", "county": "co",
    ]
    /// Words that start a unit designator; the designator and its number are dropped from street keys.
    static let unitWords: Set<String> = ["suite", "ste", "unit", "apt", "apartment", "room", "rm", "floor", "fl", "bldg", "building", "dept", "po", "box"]

    /// Lower-case words without accents or punctuation.
    public static func words(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "'", with: "")
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "#" })
            .map(String.init)
    }

    /// A name key: words joined by single spaces; "&" and "and" are the same.
    public static func name(_ text: String) -> String {
        words(text.replacingOccurrences(of: "&", with: " and ")).joined(separator: " ")
    }

    /// A street key: standard abbreviations, unit designators ("Suite 220", "# 5") removed.
    public static func street(_ text: String) -> String {
        var out: [String] = []
        var skipNext = false
        for w in words(text) {
            if skipNext { skipNext = false; continue }
            if w.hasPrefix("#") { if w == "#" { skipNext = true }; continue }
            if unitWords.contains(w) { skipNext = true; continue }
            out.append(streetWords[w] ?? w)
        }
        return out.joined(separator: " ")
    }

    /// 5-digit ZIP from "06708", "6708" (leading zeros lost by a spreadsheet), "06708-2460" or "6708.0"; nil otherwise.
    public static func zip5(_ raw: String) -> String? {
        var text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix(".0") { text.removeLast(2) }
        if let dash = text.firstIndex(of: "-") { text = String(text[..<dash]) }
        guard (3...5).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(repeating: "0", count: 5 - text.count) + text
    }
}
