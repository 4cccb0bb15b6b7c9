import Foundation

/// A weekday and a time of day somewhere: what "open now" is judged by.
public struct LocalClock: Sendable, Hashable {
    public let day: OpeningHours.Day
    /// Minutes after midnight.
    public let minute: Int

    public init(day: OpeningHours.Day, minute: Int) {
        self.day = day
        self.minute = minute
    }

    /// The clock at `date` in `zone`, by arithmetic on the zone's offset (no calendar: a search may ask for many).
    public init(_ date: Date, in zone: TimeZone) {
        let local = Int((date.timeIntervalSince1970).rounded(.down)) + zone.secondsFromGMT(for: date)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        // 1 January 1970 was a Thursday (Monday = 0).
        day = OpeningHours.Day(rawValue: ((days + 3) % 7 + 7) % 7)!
        minute = (local - days * 86_400) / 60
    }
}

/// Whether a place is open at a moment, from the hours its staff keep.
public enum OpenStatus: Sendable, Hashable {
    /// Open 24 hours, every day.
    case aroundTheClock
    /// Open now, until this minute of today.
    case open(until: Int)
    /// Closed now; opens next on this day (nil: today) at this minute. nil when it never opens in the week.
    case closed(opens: (day: OpeningHours.Day?, minute: Int)?)

    public static func == (a: OpenStatus, b: OpenStatus) -> Bool {
        switch (a, b) {
        case (.aroundTheClock, .aroundTheClock): true
        case (.open(let x), .open(let y)): x == y
        case (.closed(let x), .closed(let y)): x?.day == y?.day && x?.minute == y?.minute
        default: false
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .aroundTheClock: h.combine(0)
        case .open(let m): h.combine(1); h.combine(m)
        case .closed(let o): h.combine(2); h.combine(o?.day); h.combine(o?.minute)
        }
    }

    public var isOpen: Bool { if case .closed = self { false } else { true } }

    /// "Open 24 hours", "Open now, until 5 PM", "Closed now. Opens at 8 AM", "Closed now. Opens Monday at 8:30 AM".
    public var words: String {
        if Language.current == .es {
            return switch self {
            case .aroundTheClock: "Abierto las 24 horas"
            case .open(let until): "Abierto ahora, hasta las \(OpeningHours.spoken(until))"
            case .closed(nil): "Cerrado ahora"
            case .closed(let next?):
                "Cerrado ahora. Abre " + (next.day.map { "el \($0.name) " } ?? "") + "a las \(OpeningHours.spoken(next.minute))"
            }
        }
        return switch self {
        case .aroundTheClock: "Open 24 hours"
        case .open(let until): "Open now, until \(OpeningHours.spoken(until))"
        case .closed(nil): "Closed now"
        case .closed(let next?):
            "Closed now. Opens " + (next.day.map { "\($0.name) " } ?? "") + "at \(OpeningHours.spoken(next.minute))"
        }
    }
}

/// The filters on hours a search offers.
public enum OpenFilter: String, Sendable, Hashable, CaseIterable, Codable {
    /// Open at the moment of the search, in each place's own time zone.
    case now
    /// Open after 6 PM on some day, or on Saturday or Sunday (or 24 hours).
    case eveningsWeekends = "evenings-weekends"

    public var label: String {
        let spanish = Language.current == .es
        return switch self {
        case .now: spanish ? "Abierto ahora" : "Open now"
        case .eveningsWeekends: spanish ? "Abierto en la noche o el fin de semana" : "Open evenings or weekends"
        }
    }
}

extension OpeningHours {
    /// Open or closed at `clock`, and until or from when. Days are open from one time to a later one the same day.
    public func status(at clock: LocalClock) -> OpenStatus {
        if aroundTheClock { return .aroundTheClock }
        if let today = days[clock.day.rawValue], clock.minute >= today.opens, clock.minute < today.closes {
            return .open(until: today.closes)
        }
        if let today = days[clock.day.rawValue], clock.minute < today.opens { return .closed(opens: (nil, today.opens)) }
        for ahead in 1...7 {
            let day = Day(rawValue: (clock.day.rawValue + ahead) % 7)!
            if let span = days[day.rawValue] { return .closed(opens: (day, span.opens)) }
        }
        return .closed(opens: nil)
    }

    /// The evening starts at 6 PM.
    public static let evening = 18 * 60

    /// Open after 6 PM on some day, or on a Saturday or Sunday, or around the clock.
    public var eveningsOrWeekends: Bool {
        aroundTheClock || days[Day.saturday.rawValue] != nil || days[Day.sunday.rawValue] != nil
            || days.contains { ($0?.closes ?? 0) > Self.evening }
    }

    /// Whether any day has hours (a note alone says nothing about when).
    public var hasTimes: Bool { aroundTheClock || days.contains { $0 != nil } }
}
