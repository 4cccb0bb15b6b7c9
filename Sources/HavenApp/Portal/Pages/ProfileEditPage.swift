import Foundation
import HavenCore
import HavenHTML

/// The provider's profile form: what seekers need most first (new patients, contact, hours, insurance), then the
/// description, services, location and licenses. Shown again with every value typed and each problem beside its
/// field when something is wrong.
enum ProfileEditPage {
    struct Model {
        let listing: FacilityListing
        let origins: [String: ValueOrigin]
        var form: ProfileForm
        var errors = FormErrors()
        let taxonomy: Taxonomy
        let token: String
    }

    static func view(_ m: Model) -> Node {
        let id = m.listing.id
        return Layout.page(.init(title: "Edit \(m.listing.name)", description: "Edit this listing on Haven.")) {
            p { a(.href(SiteURL.manage(.value(id)).url)) { "\u{2190} \(m.listing.name)" } }
            h1 { "Edit the listing" }
            p { "Everything here is public on your listing. Saving with no change confirms the listing is right as it stands." }
            FormParts.errorSummary(m.errors)
            form(.method("post"), .action(SiteURL.editProfile(.value(id)).url), .novalidate, .class("profile")) {
                FormParts.token(m.token)
                newPatients(m)
                contact(m)
                hours(m)
                payment(m)
                fieldset {
                    legend { "About the program" }
                    FormParts.textArea("description", "Description", value: m.form["description"],
                                       hint: "A few plain sentences: who you help, how, and what a first visit is like. No health claims you cannot back.",
                                       errors: m.errors, maxLength: ProviderDetails.descriptionLimit, rows: 6)
                }
                services(m)
                location(m)
                fieldset {
                    legend { "Licenses and accreditation" }
                    checkboxes(m, FacetSlug.accreditation.rawValue)
                    FormParts.textArea("licenses", "State license and certification numbers", value: m.form["licenses"], errors: m.errors,
                                       maxLength: ProviderDetails.shortTextLimit, rows: 2)
                }
                button(.type("submit")) { "Save the listing" }
            }
        }
    }

    static func newPatients(_ m: Model) -> Node {
        let current = m.form["new_patients"]
        return fieldset(.id("new_patients")) {
            legend { "Do you take new patients?" }
            if let n = m.listing.details.newPatients {
                p(.class("hint")) { "Last confirmed \(Format.day(n.confirmedAt)): \(n.summary.lowercased()). Saving confirms it again today." }
            } else {
                p(.class("hint")) { "Seekers can search for places that take new patients. Saving records today's date with your answer." }
            }
            if let e = m.errors["new_patients"] { p(.class("error")) { text(e) } }
            for (value, words) in [("accepting", "Yes, we take new patients"), ("waitlist", "We have a waitlist"), ("not-accepting", "Not now")] {
                div(.class("choice")) {
                    input([.type("radio"), .id("new_patients-\(value)"), .name("new_patients"), .value(value)] + (current == value ? [.checked] : []))
                    label(.for("new_patients-\(value)")) { text(words) }
                }
            }
            FormParts.field("wait_days", "Typical wait, in days (for a waitlist)", type: "number", value: m.form["wait_days"], errors: m.errors,
                            required: false, maxLength: 3)
        }
    }

    static func contact(_ m: Model) -> Node {
        fieldset {
            legend { "Contact" }
            FormParts.field("phone", "Main phone", type: "tel", value: m.form["phone"], autocomplete: "tel",
                            hint: origin(m, "phone"), errors: m.errors, required: false, maxLength: 40)
            FormParts.field("intake1", "Intake phone (if different)", type: "tel", value: m.form["intake1"],
                            hint: origin(m, "intake1"), errors: m.errors, required: false, maxLength: 40)
            FormParts.field("website", "Website", type: "url", value: m.form["website"], autocomplete: "url",
                            hint: origin(m, "website"), errors: m.errors, required: false, maxLength: 300)
        }
    }

    static func hours(_ m: Model) -> Node {
        fieldset(.id("hours_24")) {
            legend { "Hours" }
            div(.class("choice")) {
                input([.type("checkbox"), .id("hours_24-box"), .name("hours_24"), .value("1")] + (m.form["hours_24"] == "1" ? [.checked] : []))
                label(.for("hours_24-box")) { "Open 24 hours, every day" }
            }
            p(.class("hint")) { "Otherwise, for each day you are open, the opening and closing time. Leave a day empty when closed." }
            div(.class("hours")) {
                for d in OpeningHours.Day.allCases {
                    let error = m.errors[d.key + "_opens"]
                    div(.class(error == nil ? "day" : "day invalid"), .role("group"), .ariaLabelledBy(d.key + "-name")) {
                        span(.class("day-name"), .id(d.key + "-name")) { text(d.name) }
                        if let error { p(.class("error"), .id(d.key + "_opens-error")) { text(error) } }
                        label(.for(d.key + "_opens")) { "Opens" }
                        input([.type("time"), .id(d.key + "_opens"), .name(d.key + "_opens"), .value(m.form[d.key + "_opens"])]
                              + (error == nil ? [] : [.ariaInvalid, .ariaDescribedBy(d.key + "_opens-error")]))
                        label(.for(d.key + "_closes")) { "Closes" }
                        input([.type("time"), .id(d.key + "_closes"), .name(d.key + "_closes"), .value(m.form[d.key + "_closes"])])
                    }
                }
            }
            FormParts.field("hours_note", "Anything else about hours", value: m.form["hours_note"], hint: "Like \u{201C}walk-in intake until 3 PM\u{201D}.",
                            errors: m.errors, required: false, maxLength: ProviderDetails.shortTextLimit)
        }
    }

    static func payment(_ m: Model) -> Node {
        fieldset {
            legend { "Insurance and payment" }
            checkboxes(m, FacetSlug.insurance.rawValue)
            FormParts.field("other_plans", "Other plans you accept", value: m.form["other_plans"],
                            hint: "Plans not listed above, like a state Medicaid plan\u{2019}s name.", errors: m.errors, required: false,
                            maxLength: ProviderDetails.shortTextLimit)
            checkboxes(m, FacetSlug.payment.rawValue)
            checkboxes(m, FacetSlug.paymentAssistance.rawValue)
            FormParts.field("costs", "Costs and ways to pay", value: m.form["costs"], hint: "Like \u{201C}sliding scale from $20 a visit\u{201D}.",
                            errors: m.errors, required: false, maxLength: ProviderDetails.shortTextLimit)
        }
    }

    static func services(_ m: Model) -> Node {
        let shown: Set<String> = [FacetSlug.insurance.rawValue, FacetSlug.payment.rawValue, FacetSlug.paymentAssistance.rawValue, FacetSlug.accreditation.rawValue]
        return fieldset {
            legend { "Services" }
            p(.class("hint")) { "Open a group to change it. Terms from the SAMHSA directory stay until you change them." }
            for f in ProfileForm.editableFacets(m.taxonomy) where !shown.contains(f.slug) {
                let chosen = m.form.values["term_" + f.slug]?.count ?? 0
                details(.class("terms")) {
                    summary { text("\(f.name) (\(chosen) chosen)") }
                    checkboxes(m, f.slug, legendHidden: true)
                }
            }
        }
    }

    static func location(_ m: Model) -> Node {
        let l = m.listing
        return fieldset {
            legend { "Location" }
            p(.class("hint")) {
                switch l.precision {
                case .address: "The map point is at the street address."
                case .zipCentroid: "The map point is the centre of ZIP code \(l.zip), so distances are approximate. Give the exact point below to fix it."
                case .none: "The listing has no map point, so it is missing from distance searches. Give the point below."
                }
            }
            FormParts.field("street1", "Street address", value: m.form["street1"], autocomplete: "address-line1", hint: origin(m, "street1"),
                            errors: m.errors, required: false, maxLength: 200)
            FormParts.field("street2", "Street address, line 2", value: m.form["street2"], autocomplete: "address-line2", errors: m.errors,
                            required: false, maxLength: 200)
            FormParts.field("city", "City", value: m.form["city"], autocomplete: "address-level2", errors: m.errors, maxLength: 100)
            FormParts.field("state", "State (two letters)", value: m.form["state"], autocomplete: "address-level1", errors: m.errors, maxLength: 2)
            FormParts.field("zip", "ZIP code", value: m.form["zip"], autocomplete: "postal-code", errors: m.errors, maxLength: 10)
            div(.class("choice"), .id("address_withheld")) {
                input([.type("checkbox"), .id("address_withheld-box"), .name("address_withheld"), .value("1")] + (m.form["address_withheld"] == "1" ? [.checked] : []))
                label(.for("address_withheld-box")) { "Don't publish the street address (a shelter or confidential program): people call for the location" }
            }
            FormParts.field("latitude", "Map point: latitude", value: m.form["latitude"], hint: "Optional: like 40.7484. Find it on a map app by pressing on your door.",
                            errors: m.errors, required: false, maxLength: 20)
            FormParts.field("longitude", "Map point: longitude", value: m.form["longitude"], hint: "Like -73.9857 (negative in the US).",
                            errors: m.errors, required: false, maxLength: 20)
        }
    }

    /// One facet's terms as checkboxes, each checked as the form says.
    static func checkboxes(_ m: Model, _ facetSlug: String, legendHidden: Bool = false) -> Node {
        guard let f = m.taxonomy.facet(facetSlug) else { return .empty }
        let name = "term_" + f.slug
        return div(.class("checks"), .role("group"), .ariaLabelledBy(name + "-label"), .id(name)) {
            p(.class(legendHidden ? "visually-hidden" : "label"), .id(name + "-label")) { text(f.name) }
            if let e = m.errors[name] { p(.class("error")) { text(e) } }
            ul {
                for t in m.taxonomy.terms(in: f) {
                    li {
                        input([.type("checkbox"), .id(name + "-" + t.slug), .name(name), .value(t.slug)] + (m.form.checked(name, t.slug) ? [.checked] : []))
                        label(.for(name + "-" + t.slug)) { text(t.name) }
                    }
                }
            }
        }
    }

    /// "From the SAMHSA directory" or "Changed by ... on DATE", for a field's hint.
    static func origin(_ m: Model, _ field: String) -> String {
        if case .edit(let author, let at)? = m.origins[field] { return "Changed by \(author) on \(Format.day(at))." }
        return m.listing.source.isEmpty ? "As first listed." : "As \(m.listing.source) gives it."
    }
}
