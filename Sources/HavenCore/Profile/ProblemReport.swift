/// "Report a problem with this listing": what anyone can tell Haven about a listing that is wrong, checked before it
/// reaches the facility's managers and the moderators.
public struct ProblemReport: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case wrongPhone = "wrong-phone"
        case closed
        case wrongAddress = "wrong-address"
        case wrongServices = "wrong-services"
        case other

        public var label: String {
            switch self {
            case .wrongPhone: "The phone number is wrong or nobody answers"
            case .closed: "The place has closed or moved"
            case .wrongAddress: "The address or map point is wrong"
            case .wrongServices: "The services, payment or ages listed are wrong"
            case .other: "Something else"
            }
        }
    }

    public var kind: String
    public var details: String
    /// Optional: an address to hear back at.
    public var email: String

    public init(kind: String, details: String, email: String) {
        self.kind = kind
        self.details = details
        self.email = email
    }

    public static let detailsLimit = 1000

    public func problems() -> [(field: String, message: String)] {
        var out: [(String, String)] = []
        if Kind(rawValue: kind) == nil { out.append(("kind", "Choose what is wrong.")) }
        if !TypedText.isBlock(details) { out.append(("details", "Write it as plain text, without special characters.")) }
        else if details.count > Self.detailsLimit { out.append(("details", "Keep it under \(Self.detailsLimit) characters (it has \(details.count)).")) }
        if Kind(rawValue: kind) == .other && details.isEmpty { out.append(("details", "Say what is wrong.")) }
        if !email.isEmpty && EmailAddress(email) == nil { out.append(("email", "Enter an e-mail address like name@example.org, or leave it empty.")) }
        return out
    }
}
