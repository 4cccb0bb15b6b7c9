import Foundation

/// What a facility's staff add that no public file has: a description, hours, whether they take new patients,
/// plans and costs in their words, license numbers, and whether the street address is published.
public struct ProviderDetails: Sendable, Hashable, Codable {
    public var description = ""
    public var hours: OpeningHours?
    public var newPatients: NewPatients?
    /// Plans beyond the controlled carrier list, in the facility's words ("Medi-Cal through L.A. Care").
    public var otherPlans = ""
    /// Costs and ways to pay, in the facility's words ("sliding scale from $20 a visit").
    public var costs = ""
    /// State license and certification numbers.
    public var licenses = ""
    /// The facility asked that its street address not be shown (a shelter, a confidential program).
    public var addressWithheld = false

    public init() {}

    public var isEmpty: Bool { self == ProviderDetails() }

    public static let descriptionLimit = 2000
    public static let shortTextLimit = 500
}

/// Whether a facility takes new patients, as its staff confirmed on a day.
public struct NewPatients: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case accepting
        case waitlist
        case notAccepting = "not-accepting"
    }

    public var status: Status
    /// Typical wait in days, for a waitlist.
    public var waitDays: Int?
    public var confirmedAt: Date

    public init(status: Status, waitDays: Int? = nil, confirmedAt: Date) {
        self.status = status
        self.waitDays = waitDays
        self.confirmedAt = confirmedAt
    }

    /// The term this sets ("accepting-new-patients", "waitlist"), so search filters and counts include it.
    public var term: String? {
        switch status {
        case .accepting: "accepting-new-patients"
        case .waitlist: "waitlist"
        case .notAccepting: nil
        }
    }

    /// "Accepting new patients", "Waitlist: about 14 days", "Not taking new patients".
    public var summary: String {
        if Language.current == .es {
            return switch status {
            case .accepting: "Acepta pacientes nuevos"
            case .waitlist: waitDays.map { "Lista de espera para pacientes nuevos: unos \($0) día\($0 == 1 ? "" : "s")" } ?? "Lista de espera para pacientes nuevos"
            case .notAccepting: "No acepta pacientes nuevos"
            }
        }
        return switch status {
        case .accepting: "Accepting new patients"
        case .waitlist: waitDays.map { "Waitlist for new patients: about \($0) day\($0 == 1 ? "" : "s")" } ?? "Waitlist for new patients"
        case .notAccepting: "Not taking new patients"
        }
    }

    public static let availabilityTerms: Set<String> = ["accepting-new-patients", "waitlist"]
}

/// Opening hours by weekday: each day closed or open from one time to another, or open around the clock; a note
/// for anything else ("closed 12-1 for lunch", "intake by appointment").
public struct OpeningHours: Sendable, Hashable, Codable {
    public enum Day: Int, Sendable, Codable, CaseIterable {
        case monday, tuesday, wednesday, thursday, friday, saturday, sunday

        /// The day's name in the language of the page being made.
        public var name: String {
            Language.current == .es ? ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][rawValue]
                : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][rawValue]
        }
        public var key: String { ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue] }
    }

    /// Minutes after midnight.
    public struct Span: Sendable, Hashable, Codable {
        public var opens: Int
        public var closes: Int

        public init(opens: Int, closes: Int) {
            self.opens = opens
            self.closes = closes
        }
    }

    public var aroundTheClock = false
    /// Per day (Monday first); nil is closed.
    public var days: [Span?] = Array(repeating: nil, count: 7)
    public var note = ""

    public init(aroundTheClock: Bool = false, days: [Span?] = Array(repeating: nil, count: 7), note: String = "") {
        self.aroundTheClock = aroundTheClock
        self.days = days.count == 7 ? days : Array(repeating: nil, count: 7)
        self.note = note
    }

    /// "08:30" -> 510; nil unless HH:MM on a 24-hour clock (what a browser's time field sends).
    public static func minutes(_ text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":")
        guard parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
        return h * 60 + m
    }

    /// "08:30" for the form's time field.
    public static func clock(_ minutes: Int) -> String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }

    /// "8:30 AM", "12 PM" for people.
    public static func spoken(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        let h12 = h % 12 == 0 ? 12 : h % 12
        let spanish = Language.current == .es
        return (m == 0 ? "\(h12)" : String(format: "%d:%02d", h12, m)) + (h < 12 ? (spanish ? " a. m." : " AM") : (spanish ? " p. m." : " PM"))
    }

    /// One line per day, as a page shows them: ("Monday", "8 AM to 5 PM").
    public var lines: [(day: String, hours: String)] {
        let spanish = Language.current == .es
        if aroundTheClock { return spanish ? [("Todos los días", "Abierto las 24 horas")] : [("Every day", "Open 24 hours")] }
        return Day.allCases.map { d in
            (spanish ? d.name.capitalized : d.name,
             days[d.rawValue].map { "\(Self.spoken($0.opens)) \(spanish ? "a" : "to") \(Self.spoken($0.closes))" } ?? (spanish ? "Cerrado" : "Closed"))
        }
    }

    public var isEmpty: Bool { !aroundTheClock && days.allSatisfy { $0 == nil } && note.isEmpty }
}
