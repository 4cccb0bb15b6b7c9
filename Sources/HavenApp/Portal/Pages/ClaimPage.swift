import Foundation
import HavenCore
import HavenHTML

/// "Manage this listing": a person who works at a facility asks to manage its listing.
enum ClaimPage {
    struct Model {
        let facilityID: UUID
        let facilityName: String
        let facilityPlace: String
        var request = ClaimRequest(jobTitle: "", workPhone: "", workEmail: "", note: "")
        /// Already managed by this person, or a request already waiting.
        var state: State = .open
        var errors = FormErrors()
        let token: String

        enum State { case open, waiting(Date), managing }
    }

    static func view(_ m: Model) -> Node {
        Layout.page(.init(title: "Manage \(m.facilityName)", description: "Ask to manage this facility's listing on Haven.")) {
            h1 { "Manage this listing" }
            p { strong { text(m.facilityName) }; text(", \(m.facilityPlace)") }
            switch m.state {
            case .managing:
                p(.class("notice"), .role("status")) { "You manage this listing." }
                p { a(.href(SiteURL.manage(.value(m.facilityID)).url)) { "Manage it" } }
            case .waiting(let since):
                p(.class("notice"), .role("status")) { "Your request to manage this listing is waiting for a moderator (sent \(Format.day(since)))." }
                p { a(.href(SiteURL.portal.url)) { "Go to your listings" } }
            case .open:
                p { "Tell us how you work here. A moderator checks each request, usually by calling the work number you give, before you can change the listing." }
                FormParts.errorSummary(m.errors)
                form(.method("post"), .action(SiteURL.claim(.value(m.facilityID)).url), .novalidate) {
                    FormParts.token(m.token)
                    FormParts.field("job_title", "Your role at this facility", value: m.request.jobTitle, autocomplete: "organization-title",
                                    hint: "Like \u{201C}clinical director\u{201D} or \u{201C}intake coordinator\u{201D}.", errors: m.errors, maxLength: 100)
                    FormParts.field("work_phone", "Work phone", type: "tel", value: m.request.workPhone, autocomplete: "tel",
                                    hint: "A number at the facility where a moderator can reach you.", errors: m.errors, maxLength: 40)
                    FormParts.field("work_email", "Work e-mail address", type: "email", value: m.request.workEmail, autocomplete: "email",
                                    hint: "An address at the facility's own domain helps.", errors: m.errors, maxLength: 254)
                    FormParts.textArea("note", "Anything a moderator should know (optional)", value: m.request.note, errors: m.errors,
                                       maxLength: ClaimRequest.noteLimit)
                    button(.type("submit")) { "Send the request" }
                }
            }
        }
    }
}
