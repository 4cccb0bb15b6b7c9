import HavenCore
import HavenHTML

/// The facility profile: contact, location, every service grouped by facet, and where the data came from.
enum FacilityPage {
    static func view(_ m: FacilityPageModel) -> Node {
        let f = m.listing
        if let reason = f.suspensionReason { return suspended(f, reason) }
        return Layout.page(.init(title: f.name, description: "\(f.name), \(f.city), \(f.state): services, payment, contact.",
                                 canonical: .facility(.value(f.id)))) {
            article(.class("facility")) {
                h1 { text(f.name) }
                if !f.name2.isEmpty { p(.class("sub")) { text(f.name2) } }
                if !f.isListed {
                    p(.class("warning"), .role("note")) {
                        "The latest data no longer lists this facility as open. It may have closed or moved: call before you go."
                    }
                }
                if m.mayBeOutOfDate {
                    p(.class("warning"), .role("note")) {
                        f.verification.map { "Last verified \(Format.day($0.at)): this listing may be out of date." }
                            ?? "No one at this facility has verified this listing on Haven: it may be out of date."
                    }
                }
                p(.class("freshness"), .role("note")) {
                    if let v = f.verification {
                        "Updated by \(v.who) on \(Format.day(v.at)). "
                        if let origin = m.origin() { "What they did not change is from \(origin). " }
                    } else if let origin = m.origin() { "From \(origin). " }
                    "Details change: call to confirm hours, services and payment before you go."
                }
                if let n = f.details.newPatients {
                    p(.class("availability")) { strong { text(n.summary) }; text(" (as of \(Format.day(n.confirmedAt)))") }
                }
                myList(m)
                contact(f)
                message(m)
                about(f, open: m.open)
                location(m)
                section(.ariaLabelledBy("services")) {
                    h2(.id("services")) { "Services" }
                    if m.serviceGroups.isEmpty { p { "The directory lists no services for this facility." } }
                    for (facet, terms) in m.serviceGroups {
                        section(.class("facet")) {
                            h3 { text(facet.name) }
                            ul { for t in terms { li { text(t.name) } } }
                        }
                    }
                    otherTerms(f)
                    paying(f)
                }
                section(.ariaLabelledBy("source")) {
                    h2(.id("source")) { "Where this information comes from" }
                    SourceList.view(m)
                    p {
                        "Last verified: "
                        if let v = f.verification { text("\(Format.day(v.at)), by \(v.who)") } else {
                            "not yet verified by the facility; the details are as the sources above give them"
                        }
                    }
                    if !f.details.licenses.isEmpty { p { "Licenses: "; text(f.details.licenses) } }
                }
                GuideLinks.related(m.guides, heading: "Guides that may help")
                p { a(.href(SiteURL.report(.value(f.id)).url)) { "Report a problem with this listing" } }
                section(.class("manage"), .ariaLabelledBy("manage")) {
                    h2(.id("manage")) { "Do you work here?" }
                    p {
                        "Staff can keep this listing true: hours, insurance, whether you take new patients. "
                        a(.href(SiteURL.claim(.value(f.id)).url)) { "Manage this listing" }
                    }
                }
            }
        }
    }

    /// A listing moderators took out of search: why, and where to look instead.
    static func suspended(_ f: FacilityListing, _ reason: String) -> Node {
        Layout.page(.init(title: f.name, description: "This listing is suspended.", canonical: .facility(.value(f.id)))) {
            h1 { text(f.name) }
            p(.class("warning"), .role("note")) { "Haven's moderators have taken this listing out of search: "; text(reason); "." }
            p { "If you need help now, call the SAMHSA National Helpline at "; a(.href(Phone.helpline)) { "1-800-662-4357" }; ", free and confidential, 24/7." }
            p { a(.href(SiteURL.home.url)) { "Search for other places" } }
        }
    }

    static func contact(_ f: FacilityListing) -> Node {
        let phones = [("Main", f.phone), ("Intake", f.intake1), ("Intake", f.intake2)].filter { !$0.1.isEmpty }
        return section(.ariaLabelledBy("contact")) {
            h2(.id("contact")) { "Contact" }
            if phones.isEmpty {
                p { "No phone number is listed." }
            } else {
                ul(.class("phones")) { for (label, number) in phones { li { "\(label): "; Phone.link(number) } } }
            }
            if let site = SafeURL(external: f.website) {
                p { a(.href(site), .rel("nofollow noopener noreferrer")) { "Website" } }
            }
        }
    }

    /// "Contact this provider": a private message when someone at the facility reads them; else, said before
    /// anyone types, to call.
    static func message(_ m: FacilityPageModel) -> Node {
        section(.class("message-us"), .ariaLabelledBy("message")) {
            h2(.id("message")) { "Contact this provider" }
            if m.takesMessages {
                p { "Send a private message to the staff who manage this listing. Only they can read it, and Haven deletes it after \(m.messageRetentionDays) days." }
                p { a(.class("button-link"), .href(SiteURL.contact(.value(m.listing.id)).url)) { "Send a private message" } }
            } else {
                let phone = [m.listing.phone, m.listing.intake1, m.listing.intake2].contains { !$0.isEmpty }
                p {
                    "This facility does not receive messages through Haven yet. "
                    if phone { "Call the number above to reach them." } else {
                        "The directory lists no phone number for it: the SAMHSA National Helpline ("
                        a(.href(Phone.helpline)) { "1-800-662-4357" }
                        ") can help you find another place."
                    }
                }
            }
        }
    }

    /// Add this place to the seeker's list (kept in the address), or say it is on it; and the way to the list.
    static func myList(_ m: FacilityPageModel) -> Node {
        let f = m.listing, list = m.list
        let toList = a(.href(SiteURL.list(list, near: nil))) { "See, print or share your list (\(list.count))" }
        if list.contains(f.id) {
            return p(.class("list-add on"), .id("my-list")) { span(.ariaHidden) { "\u{2713} " }; "On your list. "; toList }
        }
        return p(.class("list-add"), .id("my-list")) {
            if !list.isFull {
                a(.href(SafeURL(path: SiteURL.facility(.value(f.id)).path + "?list=" + list.adding(f.id).parameter + "#my-list"))) { "Add to my list" }
                if !list.isEmpty { " \u{00B7} " }
            }
            if !list.isEmpty { toList }
        }
    }

    /// What the facility's staff wrote about the program, and its hours.
    static func about(_ f: FacilityListing, open: (status: OpenStatus, zone: String?)? = nil) -> Node {
        let d = f.details
        let paragraphs = d.description.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return group([
            paragraphs.isEmpty ? .empty : section(.ariaLabelledBy("about")) {
                h2(.id("about")) { "About" }
                for para in paragraphs { p { text(para) } }
            },
            (d.hours.map { !$0.isEmpty } ?? false) ? section(.ariaLabelledBy("hours")) {
                h2(.id("hours")) { "Hours" }
                if let open {
                    p(.class(open.status.isOpen ? "hours open" : "hours closed")) {
                        strong { text(open.status.words) }
                        if let zone = open.zone { text(" (\(zone))") }
                    }
                }
                dl(.class("hours")) { for line in d.hours!.lines { dt { text(line.day) }; dd { text(line.hours) } } }
                if !d.hours!.note.isEmpty { p { text(d.hours!.note) } }
            } : .empty,
        ])
    }

    /// Plans and costs in the facility's words.
    static func paying(_ f: FacilityListing) -> Node {
        let d = f.details
        guard !(d.otherPlans.isEmpty && d.costs.isEmpty) else { return .empty }
        return section(.class("facet")) {
            h3 { "Payment, in the facility's words" }
            if !d.otherPlans.isEmpty { p { "Other plans accepted: "; text(d.otherPlans) } }
            if !d.costs.isEmpty { p { "Costs: "; text(d.costs) } }
        }
    }

    static func location(_ m: FacilityPageModel) -> Node {
        let postal = m.listing.address
        return section(.ariaLabelledBy("location")) {
            h2(.id("location")) { "Location" }
            address {
                if postal.isStreetPublished {
                    for line in postal.streetLines { text(line); br() }
                } else {
                    strong { text(PostalAddress.notPublished) }
                    br()
                }
                text(postal.cityLine)
            }
            if m.listing.coordinate != nil, m.listing.isListed, m.listing.suspensionReason == nil, !m.listing.isRemoteOnly {
                element("figure", [.class("map")]) {
                    img(src: SiteURL.facilityMap(.value(m.listing.id)).url,
                        alt: "Map of where \(m.listing.name) is, \(m.listing.precision == .zipCentroid ? "near the middle of ZIP code \(postal.zip)" : "in \(m.listing.city), \(m.listing.state)").",
                        Attribute("width", "400"), Attribute("height", "240"), Attribute("loading", "lazy"))
                    if m.listing.precision == .zipCentroid { element("figcaption", []) { "The dashed ring marks the middle of the ZIP code, not the street address." } }
                }
            }
            if let directions = m.directions {
                p { a(.href(directions), .rel("noopener noreferrer")) { "Directions (OpenStreetMap)" } }
            }
            switch m.listing.precision {
            case .address: Node.empty
            case .zipCentroid where !postal.isStreetPublished:
                p(.class("note")) { "This program does not publish its street address. Distances use the center of ZIP code \(postal.zip), so they are approximate." }
            case .zipCentroid:
                p(.class("note")) { "Approximate location: the map point and distances use the center of ZIP code \(postal.zip), not the street address." }
            case .none:
                p(.class("note")) { "This facility has no map location, so it does not appear in distance searches." }
            }
        }
    }

    /// Terms of other taxonomies an HSDS package gave, by taxonomy: shown as the source named them.
    static func otherTerms(_ f: FacilityListing) -> Node {
        let byTaxonomy = Dictionary(grouping: f.otherTerms, by: \.taxonomy).sorted { $0.key < $1.key }
        return group(byTaxonomy.map { taxonomy, terms in
            section(.class("facet")) {
                h3 { text(taxonomy == "language" ? "Other languages" : "Also listed (\(taxonomy))") }
                ul { for t in terms { li { text((t.name.isEmpty ? t.code : t.name) + (t.value.isEmpty ? "" : ": \(t.value)")) } } }
            }
        })
    }
}
