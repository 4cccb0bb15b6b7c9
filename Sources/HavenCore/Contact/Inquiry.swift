import Foundation

/// What a seeker sends a facility through "Contact this provider": who to reach back and how, and a short message.
/// Checked here; sealed (encrypted) as a whole before it is stored, so none of it is readable at rest.
public struct Inquiry: Sendable, Equatable, Codable {
    public enum Method: String, Sendable, Codable, CaseIterable {
        case phone, text, email
        public var label: String {
            switch self {
            case .phone: Language.say("Phone call", "Llamada")
            case .text: Language.say("Text message", "Mensaje de texto")
            case .email: Language.say("E-mail", "Correo electrónico")
            }
        }
    }

    public enum BestTime: String, Sendable, Codable, CaseIterable {
        case any, morning, afternoon, evening
        public var label: String {
            switch self {
            case .any: Language.say("Any time", "A cualquier hora")
            case .morning: Language.say("Morning (8 to noon)", "En la mañana (de 8 a mediodía)")
            case .afternoon: Language.say("Afternoon (noon to 5)", "En la tarde (de mediodía a 5)")
            case .evening: Language.say("Evening (5 to 8)", "En la noche (de 5 a 8)")
            }
        }
    }

    public enum ForWhom: String, Sendable, Codable, CaseIterable {
        case myself = "self", someoneElse = "someone-else"
        public var label: String {
            switch self {
            case .myself: Language.say("Me", "Yo")
            case .someoneElse: Language.say("Someone else (a family member, friend, client)", "Otra persona (un familiar, un amigo, un cliente)")
            }
        }
    }

    public enum AgeGroup: String, Sendable, Codable, CaseIterable {
        case under18 = "under-18", young = "18-25", adult = "26-64", older = "65-plus", unsaid = "not-said"
        public var label: String {
            switch self {
            case .under18: Language.say("Under 18", "Menos de 18")
            case .young: Language.say("18 to 25", "De 18 a 25")
            case .adult: Language.say("26 to 64", "De 26 a 64")
            case .older: Language.say("65 or older", "65 o más")
            case .unsaid: Language.say("Prefer not to say", "Prefiero no decirlo")
            }
        }
    }

    public enum Payment: String, Sendable, Codable, CaseIterable {
        case medicaid, medicare, privateInsurance = "private-insurance", military, selfPay = "self-pay", cannotPay = "cannot-pay", unsure
        public var label: String {
            switch self {
            case .medicaid: "Medicaid"
            case .medicare: "Medicare"
            case .privateInsurance: Language.say("Private insurance", "Seguro privado")
            case .military: Language.say("TRICARE or VA", "TRICARE o VA")
            case .selfPay: Language.say("Paying myself", "Pago por mi cuenta")
            case .cannotPay: Language.say("Cannot pay: looking for free or low-cost care", "No puedo pagar: busco atención gratis o de bajo costo")
            case .unsure: Language.say("Not sure", "No estoy seguro")
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
        if name.isEmpty { out.append(("name", Language.say("Enter a first name or initials, so the facility knows who to ask for.", "Escriba un nombre o sus iniciales, para que el centro sepa por quién preguntar."))) }
        else if name.count > Self.nameLimit { out.append(("name", Language.say("Keep the name under \(Self.nameLimit) characters: a first name or initials is enough.", "Use menos de \(Self.nameLimit) caracteres: basta con un nombre o las iniciales."))) }
        else if !TypedText.isOneLine(name) {
            out.append(("name", Language.say("Enter the name as letters, without special characters.", "Escriba el nombre con letras, sin caracteres especiales.")))
        }
        switch contactMethod {
        case nil: out.append(("method", Language.say("Choose how the facility should reach you: a call, a text or an e-mail.", "Elija cómo debe comunicarse el centro con usted: una llamada, un mensaje de texto o un correo.")))
        case .phone?, .text?:
            if reach.isEmpty { out.append(("reach", Language.say("Enter the phone number to \(method == "text" ? "text" : "call"), with its area code.", "Escriba el número de teléfono con su código de área."))) }
            else if !ClaimRequest.isPhone(reach) { out.append(("reach", Language.say("Enter a US phone number with its area code, like 555-123-4567.", "Escriba un número de teléfono de EE. UU. con su código de área, como 555-123-4567."))) }
        case .email?:
            if reach.isEmpty { out.append(("reach", Language.say("Enter the e-mail address to write to.", "Escriba la dirección de correo electrónico."))) }
            else if EmailAddress(reach) == nil { out.append(("reach", Language.say("Enter an e-mail address like name@example.org.", "Escriba una dirección de correo como nombre@ejemplo.org."))) }
        }
        if !bestTime.isEmpty, time == nil { out.append(("best_time", Language.say("Choose a time from the list.", "Elija una hora de la lista."))) }
        if whom == nil { out.append(("for_whom", Language.say("Say who needs care: you or someone else.", "Diga quién necesita atención: usted u otra persona."))) }
        if !ageGroup.isEmpty, age == nil { out.append(("age_group", Language.say("Choose an age group from the list.", "Elija un grupo de edad de la lista."))) }
        if !payment.isEmpty, paying == nil { out.append(("payment", Language.say("Choose a way to pay from the list.", "Elija una forma de pago de la lista."))) }
        if !TypedText.isBlock(message) { out.append(("message", Language.say("Write the message as plain text, without special characters.", "Escriba el mensaje como texto simple, sin caracteres especiales."))) }
        else if message.count > Self.messageLimit {
            out.append(("message", Language.say("Keep the message under \(Self.messageLimit) characters (it has \(message.count)); the facility can ask for more.", "Use menos de \(Self.messageLimit) caracteres (tiene \(message.count)); el centro puede pedirle más.")))
        }
        if !consent { out.append(("consent", Language.say("Tick the box to agree that Haven shares this with the facility; nothing is sent without it.", "Marque la casilla para aceptar que Haven comparta esto con el centro; sin ella no se envía nada."))) }
        return out
    }

    /// The inquiry's lines as the facility and the sender read them (label, value), empty choices left out.
    public var summary: [(label: String, value: String)] {
        var out: [(String, String)] = [(Language.say("Name", "Nombre"), name)]
        if let m = contactMethod { out.append((Language.say("Reach by", "Contactar por"), "\(m.label): \(reach)")) }
        if let t = time { out.append((Language.say("Best time", "Mejor hora"), t.label)) }
        if let w = whom { out.append((Language.say("Care is for", "La atención es para"), w.label)) }
        if let a = age { out.append((Language.say("Age group", "Grupo de edad"), a.label)) }
        if let p = paying { out.append((Language.say("Payment", "Pago"), p.label)) }
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
