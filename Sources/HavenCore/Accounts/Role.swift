/// What a signed-in person may do. Providers manage the facilities they were approved for; moderators decide claims,
/// reports and suspensions; admins do what moderators do and read the outbox and the audit log.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    case provider
    case moderator
    case admin

    /// Whether this role includes `other` (an admin is also a moderator).
    public func includes(_ other: Role) -> Bool { other <= self }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .provider: 0
        case .moderator: 1
        case .admin: 2
        }
    }

    public var label: String {
        switch self {
        case .provider: "Provider"
        case .moderator: "Moderator"
        case .admin: "Administrator"
        }
    }
}
