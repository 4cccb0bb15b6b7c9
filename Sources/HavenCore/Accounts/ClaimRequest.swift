import Foundation

/// "I work here": what a person gives to ask to manage a facility's listing, checked before a moderator sees it.
public struct ClaimRequest: Sendable, Equatable {
    public var jobTitle: String
    public var workPhone: String
    public var workEmail: String
    public var note: String

    public init(jobTitle: String, workPhone: String, workEmail: String, note: String) {
        self.jobTitle = jobTitle
        self.workPhone = workPhone
        self.workEmail = workEmail
        self.note = note
    }

    public static let noteLimit = 1000

    /// The problems, field by field, in form order; empty when the request can go to a moderator.
    public func problems() -> [(field: String, message: String)] {
        var out: [(String, String)] = []
        if jobTitle.isEmpty { out.append(("job_title", "Say what your role is at this facility, like \"intake coordinator\".")) }
        else if jobTitle.count > 100 { out.append(("job_title", "Keep your role under 100 characters.")) }
        else if !TypedText.isOneLine(jobTitle) { out.append(("job_title", TypedText.oneLineMessage("your role"))) }
        if workPhone.isEmpty { out.append(("work_phone", "Enter a work phone number a moderator can call to check.")) }
        else if !Self.isPhone(workPhone) { out.append(("work_phone", "Enter a US phone number with its area code, like 555-123-4567.")) }
        if workEmail.isEmpty { out.append(("work_email", "Enter your work e-mail address.")) }
        else if EmailAddress(workEmail) == nil { out.append(("work_email", "Enter an e-mail address like name@example.org.")) }
        if !TypedText.isBlock(note) { out.append(("note", "Write the note as plain text, without special characters.")) }
        else if note.count > Self.noteLimit { out.append(("note", "Keep the note under \(Self.noteLimit) characters (it has \(note.count)).")) }
        return out
    }

    /// Ten digits (eleven with a leading 1), with any punctuation and an extension ("x 12", "ext. 12").
    public static func isPhone(_ text: String) -> Bool {
        let lower = text.lowercased()
        let main = lower.components(separatedBy: "ext").first?.components(separatedBy: "x").first ?? lower
        guard main.allSatisfy({ $0.isNumber || " ()-.+".contains($0) }) else { return false }
        let digits = main.filter(\.isNumber)
        return digits.count == 10 || (digits.count == 11 && digits.hasPrefix("1"))
    }

    /// Whether the work e-mail's domain is the website's (a sign a moderator can weigh, not proof).
    public func emailMatchesWebsite(_ website: String) -> Bool {
        guard let email = EmailAddress(workEmail), let domain = email.value.split(separator: "@").last else { return false }
        var host = website.lowercased()
        for prefix in ["https://", "http://"] where host.hasPrefix(prefix) { host.removeFirst(prefix.count) }
        host = String(host.prefix { $0 != "/" && $0 != ":" && $0 != "?" })
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return !host.isEmpty && (domain == host || domain.hasSuffix("." + host) || host.hasSuffix("." + domain))
    }
}
