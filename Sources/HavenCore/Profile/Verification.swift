import Foundation

/// Who last confirmed a listing's details, and when: its staff, a moderator, or only the public file it came from.
public struct Verification: Sendable, Hashable {
    public enum By: String, Sendable, Hashable, Codable {
        case provider, moderator
    }

    public let by: By
    public let at: Date

    public init(by: By, at: Date) {
        self.by = by
        self.at = at
    }

    /// "the facility's staff", "a Haven moderator".
    public var who: String {
        Language.current == .es ? (by == .provider ? "el personal del centro" : "un moderador de Haven")
            : (by == .provider ? "the facility's staff" : "a Haven moderator")
    }
}
