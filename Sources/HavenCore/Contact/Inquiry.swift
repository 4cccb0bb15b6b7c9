import Foundation

/// What a seeker sends a facility through "Contact this provider": who to reach back and how, and a short message.
/// Checked here; sealed (encrypted) as a whole before it is stored, so none of it is readable at rest.
public struct Inquiry: Sendable, Equatable, Codable {
    public enum Method: String, Sendable, Codable, CaseIterable {
        case phone, text, email
        public var label: String {
            switch self {
            case .phone: "Phone call"
            case .text: "Text message"
            case .email: "E-mail"
            }
        }
    }

    public enum BestTime: String, Sendable, Codable, CaseIterable {
        case any, morning, afternoon, evening
        public var label: String {
            switch self {
            case .any: "Any time"
            case .morning: "Morning (8 to noon)"
            case .afternoon: "Afternoon (noon to 5)"
            case .evening: "Evening (5 to 8)"
            }
        }
    }

    public enum ForWhom: String, Sendable, Codable, CaseIterable {
        case myself = "self", someoneElse = "someone-else"
        public var label: String {
            switch self {
            case .myself: "Me"
            case .someoneElse: "Someone else (a family member, friend, client)"
            }
        }
    }

    public enum AgeGroup: String, Sendable, Codable, CaseIterable {
        case under18 = "under-18", young = "18-25", adult = "26-64", older = "65-plus", unsaid = "not-said"
        public var label: String {
            switch self {
            case .under18: "Under 18"
            case .young: "18 to 25"
            case .adult: "26 to 64"
            case .older: "65 or older"
            case .unsaid: "Prefer not to say"
            }
        }
    }

    public enum Payment: String, Sendable, Codable, CaseIterable {
        case medicaid, medicare, privateInsurance = "private-insurance", military, selfPay = "self-pay", cannotPay = "cannot-pay", unsure
        public var label: String {
            switch self {
            case .medicaid: "Medicaid"
            case .medicare: "Medicare"
            case .privateInsurance: "Private insurance"
            case .military: "TRICARE or VA"
            case .selfPay: "Paying myself"
            case .cannotPay: "Cannot pay: looking for free or low-cost care"
            case .unsure: "Not sure"
            }
        }
    }

    public var name: String
    public var method: String
    /// The phone number or e-mail address to reach back at.
    public var reach: String
    public var bestTime: String
    public var forWhom: String
    public var ageGroup: String
    public var payment: String
    public var message: String
    /// "I agree to share this with the facility."
    public var consent: Bool

    public init(name: String = "", method: String = "", reach: String = "", bestTime: String = "", forWhom: String = "",
                ageGroup: String = "", payment: String = "", message: String = "", consent: Bool = false) {
        self.name = name
        self.method = method
        self.reach = reach
        self.bestTime = bestTime
        self.forWhom = forWhom
        self.ageGroup = ageGroup
        self.payment = payment
        self.message = message
        self.consent = consent
    }

    public static let nameLimit = 60
    public static let messageLimit = 2000

    public var contactMethod: Method? { Method(rawValue: method) }
    public var time: BestTime? { BestTime(rawValue: bestTime) }
    public var whom: ForWhom? { ForWhom(rawValue: forWhom) }
    public var age: AgeGroup? { AgeGroup(rawValue: ageGroup) }
    public var paying: Payment? { Payment(rawValue: payment) }

    /// The problems, field by field, in form order; empty when the inquiry can be sent. Each message says what to do.
    public func problems() -> [(field: String, message: String)] {
        var out: [(String, String)] = []
        if name.isEmpty { out.append(("name", "Enter a first name or initials, so the facility knows who to ask for.")) }
        else if name.count > Self.nameLimit { out.append(("name", "Keep the name under \(Self.nameLimit) characters: a first name or initials is enough.")) }
        else if !TypedText.isOneLine(name) {
            out.append(("name", "Enter the name as letters, without special characters."))
        }
        switch contactMethod {
        case nil: out.append(("method", "Choose how the facility should reach you: a call, a text or an e-mail."))
        case .phone?, .text?:
            if reach.isEmpty { out.append(("reach", "Enter the phone number to \(method == "text" ? "text" : "call"), with its area code.")) }
            else if !ClaimRequest.isPhone(reach) { out.append(("reach", "Enter a US phone number with its area code, like 555-123-4567.")) }
        case .email?:
            if reach.isEmpty { out.append(("reach", "Enter the e-mail address to write to.")) }
            else if EmailAddress(reach) == nil { out.append(("reach", "Enter an e-mail address like name@example.org.")) }
        }
        if !bestTime.isEmpty, time == nil { out.append(("best_time", "Choose a time from the list.")) }
        if whom == nil { out.append(("for_whom", "Say who needs care: you or someone else.")) }
        if !ageGroup.isEmpty, age == nil { out.append(("age_group", "Choose an age group from the list.")) }
        if !payment.isEmpty, paying == nil { out.append(("payment", "Choose a way to pay from the list.")) }
        if !TypedText.isBlock(message) { out.append(("message", "Write the message as plain text, without special characters.")) }
        else if message.count > Self.messageLimit {
            out.append(("message", "Keep the message under \(Self.messageLimit) characters (it has \(message.count)); the facility can ask for more."))
        }
        if !consent { out.append(("consent", "Tick the box to agree that Haven shares this with the facility; nothing is sent without it.")) }
        return out
    }

    /// The inquiry's lines as the facility and the sender read them (label, value), empty choices left out.
    public var summary: [(label: String, value: String)] {
        var out: [(String, String)] = [("Name", name)]
        if let m = contactMethod { out.append(("Reach by", "\(m.label): \(reach)")) }
        if let t = time { out.append(("Best time", t.label)) }
        if let w = whom { out.append(("Care is for", w.label)) }
        if let a = age { out.append(("Age group", a.label)) }
        if let p = paying { out.append(("Payment", p.label)) }
        return out
    }
}

/// Where an inquiry stands in the facility's inbox.
public enum InquiryStatus: String, Sendable, Codable, CaseIterable {
    case new, replied, closed
    /// Received while the facility was getting more messages than usual (a possible flood): kept for the managers,
    /// marked, with no notice mailed.
    case held

    public var label: String {
        switch self {
        case .held: "Held: arrived in a flood of messages"
        case .new: "New"
        case .replied: "Replied"
        case .closed: "Closed"
        }
    }
}
