import Foundation
import HavenCore
import HavenHTML

/// "Contact this provider": the form, the page after it, and the page for a facility no one receives messages for.
enum ContactPage {
    struct Model {
        let facility: FacilityListing
        /// Whether anyone at the facility receives messages through Haven.
        let managed: Bool
        var inquiry = Inquiry()
        var errors = FormErrors()
        var sent = false
        let token: String
        let retentionDays: Int
    }

    static func view(_ m: Model) -> Node {
        let f = m.facility
        return Layout.page(.init(title: m.sent ? "Message sent: \(f.name)" : "Contact \(f.name)",
                                 description: "Send a private message to \(f.name) through Haven.")) {
            p { a(.href(SiteURL.facility(.value(f.id)).url)) { "\u{2190} "; text(f.name) } }
            if !f.isListed && !m.sent {
                p(.class("warning"), .role("note")) {
                    "The latest data no longer lists this facility as open. It may have closed or moved: a call may reach them sooner."
                }
            }
            if !m.managed { unavailable(f) } else if m.sent { sent(m) } else { form(m) }
        }
    }

    /// No one at the facility reads messages on Haven: say so before anyone types, and give the numbers to call.
    static func unavailable(_ f: FacilityListing) -> Node {
        group([
            h1 { "Contact "; text(f.name) },
            p(.class("notice"), .role("note")) {
                "This facility does not receive messages through Haven: no one there has signed up to read them. Please call instead."
            },
            callInstead(f),
        ])
    }

    static func callInstead(_ f: FacilityListing) -> Node {
        let phones = [("Main", f.phone), ("Intake", f.intake1), ("Intake", f.intake2)].filter { !$0.1.isEmpty }
        return phones.isEmpty
            ? p { "The directory lists no phone number for this facility. The SAMHSA National Helpline ("; a(.href(Phone.helpline)) { "1-800-662-4357" }; ") can help you find another place, any time." }
            : ul(.class("phones")) { for (label, number) in phones { li { "\(label): "; Phone.link(number) } } }
    }

    static func form(_ m: Model) -> Node {
        let f = m.facility, q = m.inquiry
        return group([
            h1 { "Contact "; text(f.name) },
            p {
                "Send a private message to the staff who manage this listing. Only they can read it: not Haven's moderators, "
                "not advertisers (Haven has none). They will reach back the way you choose."
            },
            p(.class("hint")) {
                "Haven keeps the message encrypted and deletes it after \(m.retentionDays) days. If you need help now, call or text "
                a(.href(Phone.crisisLine)) { "988" }; " or call "; a(.href(Phone.emergency)) { "911" }; "."
            },
            FormParts.errorSummary(m.errors),
            HavenHTML.form(.method("post"), .action(SiteURL.contact(.value(f.id)).url), .novalidate) {
                FormParts.token(m.token)
                FormParts.field("name", "Your first name or initials", value: q.name, autocomplete: "given-name",
                                hint: "So they know who to ask for. No last name needed.", errors: m.errors, maxLength: Inquiry.nameLimit)
                FormParts.radios("method", "How should they reach you?", Inquiry.Method.allCases.map { ($0.rawValue, $0.label) }, chosen: q.method, errors: m.errors)
                FormParts.field("reach", "Phone number or e-mail address", value: q.reach, hint: "The number to call or text, or the address to write to.",
                                errors: m.errors, maxLength: 254)
                FormParts.dropDown("best_time", "Best time to reach you (optional)", Inquiry.BestTime.allCases.map { ($0.rawValue, $0.label) },
                         chosen: q.bestTime, errors: m.errors)
                FormParts.radios("for_whom", "Who needs care?", Inquiry.ForWhom.allCases.map { ($0.rawValue, $0.label) }, chosen: q.forWhom, errors: m.errors)
                FormParts.dropDown("age_group", "Age of the person who needs care (optional)", Inquiry.AgeGroup.allCases.map { ($0.rawValue, $0.label) },
                         chosen: q.ageGroup, errors: m.errors)
                FormParts.dropDown("payment", "How would you pay? (optional)", Inquiry.Payment.allCases.map { ($0.rawValue, $0.label) },
                         chosen: q.payment, errors: m.errors)
                FormParts.textArea("message", "Your message (optional)", value: q.message,
                                   hint: "What you are looking for, or questions for them. Up to \(Inquiry.messageLimit) characters.",
                                   errors: m.errors, maxLength: Inquiry.messageLimit, rows: 6)
                div(.class(m.errors["consent"] == nil ? "field choice" : "field choice invalid"), .id("consent-field")) {
                    if let e = m.errors["consent"] { p(.class("error"), .id("consent-error")) { text(e) } }
                    input([.type("checkbox"), .id("consent"), .name("consent"), .value("yes")] + (q.consent ? [.checked] : [])
                          + (m.errors["consent"] == nil ? [] : [.ariaInvalid, .ariaDescribedBy("consent-error")]))
                    label(.for("consent")) { "I agree that Haven shares this message with "; text(f.name); " and no one else." }
                }
                // A field people never see: a form that fills it is a robot's.
                div(.class("visually-hidden"), .ariaHidden) {
                    label(.for("website")) { "Leave this empty" }
                    input([.type("text"), .id("website"), .name("website"), .value(""), Attribute("tabindex", "-1"), .autocomplete("off")])
                }
                button(.type("submit")) { "Send the message" }
            },
        ])
    }

    static func sent(_ m: Model) -> Node {
        let f = m.facility
        return group([
            h1 { "Message sent" },
            p(.class("notice"), .role("status")) { "Your message is in the inbox of "; text(f.name); "." },
            section(.ariaLabelledBy("what-next")) {
                h2(.id("what-next")) { "What happens next" }
                ul {
                    li { "The facility's staff are told a message is waiting, and read it when they sign in to Haven." }
                    li { "They reach back the way you chose. Haven does not know when: if you have not heard back in two working days, call them." }
                    li { "Haven deletes your message after \(m.retentionDays) days, and never shows it to anyone but the facility's staff." }
                }
                callInstead(f)
            },
            section(.ariaLabelledBy("sent-copy")) {
                h2(.id("sent-copy")) { "What you sent" }
                InquiryParts.details(m.inquiry)
            },
            p { "If you need help now, call or text "; a(.href(Phone.crisisLine)) { "988" }; ", or call "; a(.href(Phone.emergency)) { "911" }; "." },
        ])
    }
}

/// An inquiry's lines and message, as its sender and the facility read them.
enum InquiryParts {
    static func details(_ q: Inquiry) -> Node {
        group([
            dl(.class("inquiry")) {
                for line in q.summary { dt { text(line.label) }; dd { text(line.value) } }
            },
            q.message.isEmpty ? p(.class("hint")) { "No message." } : div(.class("message")) {
                for para in q.message.components(separatedBy: "\n") { p { text(para) } }
            },
        ])
    }
}
