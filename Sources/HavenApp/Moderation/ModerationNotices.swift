/// What the moderation pages say after an action.
enum ClaimsNotice: String, Notice {
    case approved, declined

    var text: String {
        switch self {
        case .approved: "Approved: the person now manages the listing and has been told."
        case .declined: "Declined: the person has been told why."
        }
    }
}

enum EditsNotice: String, Notice {
    case reviewed

    var text: String { "Marked reviewed." }
}

enum ReportsNotice: String, Notice {
    case resolved

    var text: String { "Marked resolved." }
}

enum AccountsNotice: String, Notice {
    case role, credentials

    var text: String {
        switch self {
        case .role: "Role saved."
        case .credentials: "Credentials saved."
        }
    }
}
