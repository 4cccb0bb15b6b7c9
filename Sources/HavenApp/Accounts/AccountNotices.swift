/// What the account pages say after an action.
enum SignInNotice: String, Notice {
    case signedOut = "signed-out"

    var text: String { "You are signed out." }
}

enum SecurityNotice: String, Notice {
    case password, sessions

    var text: String {
        switch self {
        case .password: "Password changed. You are signed out everywhere else."
        case .sessions: "Signed out everywhere else."
        }
    }
}
