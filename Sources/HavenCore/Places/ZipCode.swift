/// One ZIP code with its place name and centroid, from the ZIP table.
public struct ZipCode: Sendable, Hashable, Codable {
    public let zip: String
    public let city: String
    public let state: String
    public let county: String
    /// nil when the table has no usable coordinates (0,0 rows, mostly military).
    public let coordinate: Coordinate?
    /// Other names the Postal Service accepts for the ZIP's place ("Hollywood" for parts of Los Angeles).
    public let aliases: [String]
    /// The IANA time zone the ZIP table names ("America/Denver"); empty when it names none.
    public let timeZone: String

    public init(zip: String, city: String, state: String, county: String, coordinate: Coordinate?, aliases: [String] = [],
                timeZone: String = "") {
        self.zip = zip
        self.city = city
        self.state = state
        self.county = county
        self.coordinate = coordinate
        self.aliases = aliases
        self.timeZone = timeZone
    }
}

/// The U.S. states and territories the directories use, by postal abbreviation.
public enum USState {
    public static let names: [String: String] = [
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
        "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
        "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana",
        "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
        "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri",
        "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
        "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio",
        "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
        "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
        "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
        "PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands", "AS": "American Samoa",
        "MP": "Northern Mariana Islands", "FM": "Micronesia", "MH": "Marshall Islands", "PW": "Palau",
        "AA": "Armed Forces Americas", "AE": "Armed Forces Europe", "AP": "Armed Forces Pacific",
    ]

    /// The abbreviation for "NY", "ny" or "New York"; nil when it is neither.
    public static func abbreviation(_ text: String) -> String? {
        let upper = text.trimmingCharacters(in: .whitespaces).uppercased()
        if names[upper] != nil { return upper }
        if let code = byName[upper] { return code }
        // "Calif.", "Fla", "N.Y.", "N. Dak.", "W. Va.": the older forms people still write, periods or not.
        guard upper.contains(".") || upper.count >= 3 || upper.contains(" ") else { return nil }
        let bare = upper.replacingOccurrences(of: ".", with: " ").split(separator: " ").joined(separator: " ")
        if let code = traditional[bare] { return code }
        let joined = bare.replacingOccurrences(of: " ", with: "")
        if joined.count == 2, upper.contains("."), names[joined] != nil { return joined }
        return traditional[joined]
    }

    /// The Government Printing Office's and AP's abbreviations (and a few common variants), without periods.
    static let traditional: [String: String] = [
        "ALA": "AL", "ALAS": "AK", "ARIZ": "AZ", "ARK": "AR", "CALIF": "CA", "CALIF.": "CA", "COLO": "CO", "CONN": "CT",
        "DEL": "DE", "FLA": "FL", "FLOR": "FL", "ILL": "IL", "ILLS": "IL", "IND": "IN", "KAN": "KS", "KANS": "KS",
        "MASS": "MA", "MICH": "MI", "MINN": "MN", "MISS": "MS", "MONT": "MT", "NEB": "NE", "NEBR": "NE", "NEV": "NV",
        "N MEX": "NM", "NMEX": "NM", "N DAK": "ND", "NDAK": "ND", "S DAK": "SD", "SDAK": "SD", "OKLA": "OK", "ORE": "OR",
        "OREG": "OR", "PENN": "PA", "PENNA": "PA", "TENN": "TN", "TEX": "TX", "WASH": "WA", "W VA": "WV", "WVA": "WV",
        "WIS": "WI", "WISC": "WI", "WYO": "WY", "N CAR": "NC", "S CAR": "SC", "MASS.": "MA",
    ]

    private static let byName: [String: String] = Dictionary(uniqueKeysWithValues: names.map { ($1.uppercased(), $0) })
}

import Foundation
