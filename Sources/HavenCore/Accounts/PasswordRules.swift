import Foundation

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
        if isCommon(password) { return "That password is one of the most common, or one with a few digits added: choose another." }
        return nil
    }

    /// Whether `password` is on the list of common passwords (NIST SP 800-63B: "passwords obtained from previous
    /// breach corpuses"), as it is or with digits and punctuation added before or after ("password12345",
    /// "qwerty123456", "!!letmein2024").
    public static func isCommon(_ password: String) -> Bool {
        let lower = password.lowercased()
        if commonPasswords.contains(lower) { return true }
        let core = lower.trimmingCharacters(in: CharacterSet.decimalDigits.union(.punctuationCharacters).union(.symbols).union(.whitespaces))
        return core.count >= 4 && core != lower && commonPasswords.contains(core)
    }

    /// The list (`CommonPasswords.swift`, made by scripts/common-passwords), read once.
    static let commonPasswords: Set<String> = Set(commonPasswordList.split(separator: "\n").map(String.init))
}
