import Foundation
import HavenCore
import HavenHTML

/// "Report a problem with this listing": a short form anyone can send, and the page after it.
enum ReportPage {
    struct Model {
        let facilityID: UUID
        let facilityName: String
        var report = ProblemReport(kind: "", details: "", email: "")
        var errors = FormErrors()
        var sent = false
        let token: String
    }

    static func view(_ m: Model) -> Node {
        Layout.page(.init(title: "Report a problem: \(m.facilityName)", description: "Tell Haven what is wrong with this listing.")) {
            h1 { "Report a problem with this listing" }
            p { strong { text(m.facilityName) } }
            if m.sent {
                p(.class("notice"), .role("status")) {
                    "Thank you. The people who manage this listing and Haven's moderators will see your report and correct the listing."
                }
                p { a(.href(SiteURL.facility(.value(m.facilityID)).url)) { "Back to the listing" } }
            } else {
                p { "Tell us what is wrong, so the next person finds the right details. Don't include health information about yourself or anyone else." }
                FormParts.errorSummary(m.errors)
                form(.method("post"), .action(SiteURL.report(.value(m.facilityID)).url), .novalidate) {
                    FormParts.token(m.token)
                    FormParts.radios("kind", "What is wrong?", ProblemReport.Kind.allCases.map { ($0.rawValue, $0.label) },
                                     chosen: m.report.kind, errors: m.errors)
                    FormParts.textArea("details", "What should it say? (optional)", value: m.report.details,
                                       hint: "Like the right phone number, or when it closed.", errors: m.errors, maxLength: ProblemReport.detailsLimit)
                    FormParts.field("email", "Your e-mail, if you want to hear back (optional)", type: "email", value: m.report.email,
                                    autocomplete: "email", hint: "Only the listing's managers and Haven's moderators see it.", errors: m.errors,
                                    required: false, maxLength: 254)
                    // A field people never see: a form that fills it is a robot's.
                    div(.class("visually-hidden"), .ariaHidden) {
                        label(.for("website")) { "Leave this empty" }
                        input([.type("text"), .id("website"), .name("website"), .value(""), Attribute("tabindex", "-1"), .autocomplete("off")])
                    }
                    button(.type("submit")) { "Send the report" }
                }
            }
        }
    }
}

/// Open reports with a form to resolve each: on the moderation queue and on a manager's facility page.
enum ReportList {
    /// `from`: where resolving goes back to ("manage": the facility's page in the portal).
    static func view(_ reports: [(report: ReportRow, facilityName: String)], token: String, showFacility: Bool, from: String = "") -> Node {
        group(reports.map { r in
            let id = r.report.id.uuidString.lowercased()
            return section(.class("claim"), .ariaLabelledBy("report-\(id)")) {
                h3(.id("report-\(id)")) {
                    if showFacility { a(.href(SiteURL.facility(.value(r.report.facilityId)).url)) { text(r.facilityName) }; ": " }
                    text(r.report.kindLabel)
                }
                p(.class("hint")) { "Reported \(Format.dayAndTime(r.report.createdAt))" }
                if !r.report.details.isEmpty { p { text(r.report.details) } }
                if !r.report.email.isEmpty { p { "Reply to: "; text(r.report.email) } }
                form(.method("post"), .action(SiteURL.resolveReport(.value(r.report.id)).url), .novalidate) {
                    FormParts.token(token)
                    if !from.isEmpty { input([.type("hidden"), .name("from"), .value(from)]) }
                    div(.class("field")) {
                        label(.for("note-\(id)")) { "What was done (optional)" }
                        input([.type("text"), .id("note-\(id)"), .name("note"), .maxLength(500), .value("")])
                    }
                    button(.type("submit"), .class("secondary")) { "Mark resolved" }
                }
            }
        })
    }
}
