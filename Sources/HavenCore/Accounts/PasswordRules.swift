/// What Haven asks of a password: long enough to resist guessing (NIST SP 800-63B: at least 8; Haven asks 10), not
/// absurdly long (hashing cost), and not the e-mail address or one character repeated. No composition rules: they
/// make passwords worse, not better.
public enum PasswordRules {
    public static let minimumLength = 10
    public static let maximumLength = 200

    /// The problem with `password` in a sentence for the form, or nil when it will do.
    public static func problem(_ password: String, email: String?) -> String? {
        if password.isEmpty { return "Enter a password." }
        if password.count < minimumLength { return "Use at least \(minimumLength) characters (a few words together are easy to remember)." }
        if password.count > maximumLength { return "Use at most \(maximumLength) characters." }
        if Set(password).count == 1 { return "Use more than one character, repeated." }
        if let email, !email.isEmpty, password.lowercased() == email.lowercased() || password.lowercased() == email.split(separator: "@").first.map({ String($0).lowercased() }) {
            return "Don't use your e-mail address as your password."
        }
        if commonPasswords.contains(password.lowercased()) { return "That password is one of the most common: choose another." }
        return nil
    }

    /// A few of the most used passwords of ten characters or more (from public breach lists), refused outright.
    static let commonPasswords: Set<String> = [
        "1234567890", "0123456789", "qwertyuiop", "1q2w3e4r5t", "password12", "password123", "password1234",
        "iloveyou12", "qwerty1234", "1234qwerty", "abcdefghij", "abc1234567", "passw0rd12", "letmein123",
        "welcome123", "administrator", "123456789a", "a123456789", "qwertyuiop123", "football123",
    ]
}
