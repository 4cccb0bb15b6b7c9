/// What a signed-in person may do. Providers manage the facilities they were approved for; moderators decide claims,
/// reports and suspensions; editors write guides; medical reviewers (licensed professionals, whose credentials an
/// admin records) also approve guides for publication; admins do what moderators do, give roles and read the
/// outbox and the audit log. Every account can use the provider portal.
public enum Role: String, Sendable, Codable, CaseIterable {
    case provider
    case moderator
    case editor
    case medicalReviewer = "medical_reviewer"
    case admin

    /// Whether this role includes `other`: an admin is also a moderator; a medical reviewer can also edit.
    /// Approving a guide is the reviewer's alone (see `canApproveGuides`).
    public func includes(_ other: Role) -> Bool {
        switch self {
        case .admin: true
        case .medicalReviewer: [.provider, .editor, .medicalReviewer].contains(other)
        case .editor: [.provider, .editor].contains(other)
        case .moderator: [.provider, .moderator].contains(other)
        case .provider: other == .provider
        }
    }

    /// Only a medical reviewer approves a guide's text for the public: not an admin, who could give themselves
    /// any other role's powers but not a license.
    public var canApproveGuides: Bool { self == .medicalReviewer }

    public var label: String {
        switch self {
        case .provider: "Provider"
        case .moderator: "Moderator"
        case .editor: "Editor"
        case .medicalReviewer: "Medical reviewer"
        case .admin: "Administrator"
        }
    }
}
