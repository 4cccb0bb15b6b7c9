import Foundation

/// Each place's time zone, for "open now": from the ZIP table (which names one per ZIP), else the state's main zone.
/// Zones are numbered so a listing keeps one byte; `TimeZone` values are made once per zone.
public struct TimeZoneTable: Sendable {
    public let identifiers: [String]
    let zones: [TimeZone]
    let byZip: [String: UInt8]
    let byState: [String: UInt8]

    /// `zipZones`: 5-digit ZIP -> IANA identifier ("America/Denver"); unknown identifiers are skipped.
    public init(zipZones: [String: String] = [:]) {
        var ids: [String] = []
        var number: [String: UInt8] = [:]
        var zones: [TimeZone] = []
        func add(_ id: String) -> UInt8? {
            if let n = number[id] { return n }
            guard ids.count < 255, let zone = TimeZone(identifier: id) else { return nil }
            ids.append(id)
            zones.append(zone)
            number[id] = UInt8(ids.count - 1)
            return number[id]
        }
        var byState: [String: UInt8] = [:]
        for (state, id) in Self.stateZones.sorted(by: { $0.key < $1.key }) { if let n = add(id) { byState[state] = n } }
        var byZip: [String: UInt8] = [:]
        for (zip, id) in zipZones.sorted(by: { $0.key < $1.key }) where !id.isEmpty {
            if let n = add(id) { byZip[zip] = n }
        }
        identifiers = ids
        self.zones = zones
        self.byZip = byZip
        self.byState = byState
    }

    /// The zone number of a place (nil when neither its ZIP nor its state is known).
    public func zone(zip: String, state: String) -> UInt8? { byZip[String(zip.prefix(5))] ?? byState[state] }

    public func timeZone(_ number: UInt8) -> TimeZone { zones[Int(number)] }

    public func clock(zip: String, state: String, at date: Date) -> LocalClock? {
        zone(zip: zip, state: state).map { LocalClock(date, in: zones[Int($0)]) }
    }

    /// Each state's most populous zone: used when the ZIP table has none (a table imported before it had zones).
    static let stateZones: [String: String] = [
        "AL": "America/Chicago", "AK": "America/Anchorage", "AZ": "America/Phoenix", "AR": "America/Chicago",
        "CA": "America/Los_Angeles", "CO": "America/Denver", "CT": "America/New_York", "DE": "America/New_York",
        "DC": "America/New_York", "FL": "America/New_York", "GA": "America/New_York", "HI": "Pacific/Honolulu",
        "ID": "America/Boise", "IL": "America/Chicago", "IN": "America/Indiana/Indianapolis", "IA": "America/Chicago",
        "KS": "America/Chicago", "KY": "America/New_York", "LA": "America/Chicago", "ME": "America/New_York",
        "MD": "America/New_York", "MA": "America/New_York", "MI": "America/Detroit", "MN": "America/Chicago",
        "MS": "America/Chicago", "MO": "America/Chicago", "MT": "America/Denver", "NE": "America/Chicago",
        "NV": "America/Los_Angeles", "NH": "America/New_York", "NJ": "America/New_York", "NM": "America/Denver",
        "NY": "America/New_York", "NC": "America/New_York", "ND": "America/Chicago", "OH": "America/New_York",
        "OK": "America/Chicago", "OR": "America/Los_Angeles", "PA": "America/New_York", "RI": "America/New_York",
        "SC": "America/New_York", "SD": "America/Chicago", "TN": "America/Chicago", "TX": "America/Chicago",
        "UT": "America/Denver", "VT": "America/New_York", "VA": "America/New_York", "WA": "America/Los_Angeles",
        "WV": "America/New_York", "WI": "America/Chicago", "WY": "America/Denver", "PR": "America/Puerto_Rico",
        "GU": "Pacific/Guam", "VI": "America/St_Thomas", "AS": "Pacific/Pago_Pago", "MP": "Pacific/Saipan",
        "FM": "Pacific/Pohnpei", "MH": "Pacific/Majuro", "PW": "Pacific/Palau",
    ]
}
