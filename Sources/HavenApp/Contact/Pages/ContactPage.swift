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
        let w = Words.current
        return Layout.page(.init(title: m.sent ? w.messageSentTitle(f.name) : w.contactTitle(f.name), description: w.contactDescription(f.name))) {
            p { a(.href(SiteURL.facility(.value(f.id)).url)) { "\u{2190} "; text(f.name) } }
            if !f.isListed && !m.sent {
                p(.class("warning"), .role("note")) { text(w.noLongerListedCall) }
            }
            if !m.managed { unavailable(f) } else if m.sent { sent(m) } else { form(m) }
        }
    }

    /// No one at the facility reads messages on Haven: say so before anyone types, and give the numbers to call.
    static func unavailable(_ f: FacilityListing) -> Node {
        let w = Words.current
        return group([
            h1 { text(w.contactPrefix); text(f.name) },
            p(.class("notice"), .role("note")) { text(w.notReceiving) },
            callInstead(f),
        ])
    }

    static func callInstead(_ f: FacilityListing) -> Node {
        let w = Words.current
        let phones = [(w.mainPhone, f.phone), (w.intakePhone, f.intake1), (w.intakePhone, f.intake2)].filter { !$0.1.isEmpty }
        return phones.isEmpty
            ? w.noPhoneAnyTime(a(.href(Phone.helpline)) { "1-800-662-4357" })
            : ul(.class("phones")) { for (label, number) in phones { li { text(label + ": "); Phone.link(number) } } }
    }

    static func form(_ m: Model) -> Node {
        let f = m.facility, q = m.inquiry
        let w = Words.current
        return group([
            h1 { text(w.contactPrefix); text(f.name) },
            p { text(w.privateMessageIntro) },
            w.keptEncrypted(m.retentionDays, crisisLine: a(.href(Phone.crisisLine)) { "988" }, emergency: a(.href(Phone.emergency)) { "911" }),
            FormParts.errorSummary(m.errors),
            HavenHTML.form(.method("post"), .action(SiteURL.contact(.value(f.id)).url), .novalidate) {
                FormParts.token(m.token)
                FormParts.field("name", w.nameLabel, value: q.name, autocomplete: "given-name",
                                hint: w.nameHint, errors: m.errors, maxLength: Inquiry.nameLimit)
                FormParts.radios("method", w.howReach, Inquiry.Method.allCases.map { ($0.rawValue, $0.label) }, chosen: q.method, errors: m.errors)
                FormParts.field("reach", w.reachLabel, value: q.reach, hint: w.reachHint,
                                errors: m.errors, maxLength: 254)
                FormParts.dropDown("best_time", w.bestTimeLabel, Inquiry.BestTime.allCases.map { ($0.rawValue, $0.label) },
                         chosen: q.bestTime, errors: m.errors)
                FormParts.radios("for_whom", w.forWhomLabel, Inquiry.ForWhom.allCases.map { ($0.rawValue, $0.label) }, chosen: q.forWhom, errors: m.errors)
                FormParts.dropDown("age_group", w.ageLabel, Inquiry.AgeGroup.allCases.map { ($0.rawValue, $0.label) },
                         chosen: q.ageGroup, errors: m.errors)
                FormParts.dropDown("payment", w.payLabel, Inquiry.Payment.allCases.map { ($0.rawValue, $0.label) },
                         chosen: q.payment, errors: m.errors)
                FormParts.textArea("message", w.messageLabel, value: q.message,
                                   hint: w.messageHint(Inquiry.messageLimit),
                                   errors: m.errors, maxLength: Inquiry.messageLimit, rows: 6)
                div(.class(m.errors["consent"] == nil ? "field choice" : "field choice invalid"), .id("consent-field")) {
                    if let e = m.errors["consent"] { p(.class("error"), .id("consent-error")) { text(e) } }
                    input([.type("checkbox"), .id("consent"), .name("consent"), .value("yes")] + (q.consent ? [.checked] : [])
                          + (m.errors["consent"] == nil ? [] : [.ariaInvalid, .ariaDescribedBy("consent-error")]))
                    label(.for("consent")) { text(w.consent.before); text(f.name); text(w.consent.after) }
                }
                // A field people never see: a form that fills it is a robot's.
                div(.class("visually-hidden"), .ariaHidden) {
                    label(.for("website")) { text(w.leaveEmpty) }
                    input([.type("text"), .id("website"), .name("website"), .value(""), Attribute("tabindex", "-1"), .autocomplete("off")])
                }
                button(.type("submit")) { text(w.sendTheMessage) }
            },
        ])
    }

    static func sent(_ m: Model) -> Node {
        let f = m.facility
        let w = Words.current
        return group([
            h1 { text(w.messageSent) },
            p(.class("notice"), .role("status")) { text(w.inTheInboxOf.before); text(f.name); text(w.inTheInboxOf.after) },
            section(.ariaLabelledBy("what-next")) {
                h2(.id("what-next")) { text(w.whatHappensNext) }
                ul {
                    li { text(w.staffAreTold) }
                    li { text(w.theyReachBack) }
                    li { text(w.deletedAfter(m.retentionDays)) }
                }
                callInstead(f)
            },
            section(.ariaLabelledBy("sent-copy")) {
                h2(.id("sent-copy")) { text(w.whatYouSent) }
                InquiryParts.details(m.inquiry)
            },
            w.helpNowShort(crisisLine: a(.href(Phone.crisisLine)) { "988" }, emergency: a(.href(Phone.emergency)) { "911" }),
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
            q.message.isEmpty ? p(.class("hint")) { text(Words.current.noMessage) } : div(.class("message")) {
                for para in q.message.components(separatedBy: "\n") { p { text(para) } }
            },
        ])
    }
}
