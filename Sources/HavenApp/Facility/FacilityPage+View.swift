import HavenCore
import HavenHTML

/// The facility profile: contact, location, every service grouped by facet, and where the data came from.
enum FacilityPage {
    static func view(_ m: FacilityPageModel) -> Node {
        let f = m.listing
        if let reason = f.suspensionReason { return suspended(f, reason) }
        let w = Words.current
        return Layout.page(.init(title: f.name, description: w.facilityDescription(f.name, f.city, f.state),
                                 canonical: .facility(.value(f.id)))) {
            article(.class("facility")) {
                h1 { text(f.name) }
                if !f.name2.isEmpty { p(.class("sub")) { text(f.name2) } }
                if !f.isListed {
                    p(.class("warning"), .role("note")) { text(w.noLongerListed) }
                }
                if m.mayBeOutOfDate {
                    p(.class("warning"), .role("note")) { text(f.verification.map { w.lastVerifiedMayBeOld(Format.day($0.at)) } ?? w.neverVerified) }
                }
                p(.class("freshness"), .role("note")) {
                    if let v = f.verification {
                        text(w.updatedBy(v.who, on: Format.day(v.at)))
                        if let origin = m.origin() { text(w.unchangedFrom(origin)) }
                    } else if let origin = m.origin() { text(w.from(origin)) }
                    text(w.detailsChange)
                }
                if let n = f.details.newPatients {
                    p(.class("availability")) { strong { text(n.summary) }; text(String(w.asOf("", Format.day(n.confirmedAt)))) }
                }
                myList(m)
                contact(f)
                message(m)
                about(f, open: m.open)
                location(m)
                section(.ariaLabelledBy("services")) {
                    h2(.id("services")) { text(w.services) }
                    if m.serviceGroups.isEmpty { p { text(w.noServices) } }
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
                    h2(.id("source")) { text(w.whereThisComesFrom) }
                    SourceList.view(m)
                    p {
                        text(w.lastVerified)
                        if let v = f.verification { text(w.verifiedOn(Format.day(v.at), by: v.who)) } else { text(w.notYetVerified) }
                    }
                    if !f.details.licenses.isEmpty { p { text(w.licenses); text(f.details.licenses) } }
                }
                GuideLinks.related(m.guides, heading: w.guidesThatMayHelp)
                p { a(.href(SiteURL.report(.value(f.id)).url)) { text(w.reportAProblem) } }
                section(.class("manage"), .ariaLabelledBy("manage")) {
                    h2(.id("manage")) { text(w.doYouWorkHere) }
                    p {
                        text(w.staffKeepItTrue)
                        a(.href(SiteURL.claim(.value(f.id)).url)) { text(w.manageThisListing) }
                    }
                }
            }
        }
    }

    /// A listing moderators took out of search: why, and where to look instead.
    static func suspended(_ f: FacilityListing, _ reason: String) -> Node {
        let w = Words.current
        return Layout.page(.init(title: f.name, description: w.suspendedDescription, canonical: .facility(.value(f.id)))) {
            h1 { text(f.name) }
            p(.class("warning"), .role("note")) { text(w.takenOutOfSearch); text(reason); "." }
            w.suspendedHelp(a(.href(Phone.helpline)) { "1-800-662-4357" })
            p { a(.href(SiteURL.home.url)) { text(w.searchOtherPlaces) } }
        }
    }

    static func contact(_ f: FacilityListing) -> Node {
        let w = Words.current
        let phones = [(w.mainPhone, f.phone), (w.intakePhone, f.intake1), (w.intakePhone, f.intake2)].filter { !$0.1.isEmpty }
        return section(.ariaLabelledBy("contact")) {
            h2(.id("contact")) { text(w.contact) }
            if phones.isEmpty {
                p { text(w.noPhoneListed) }
            } else {
                ul(.class("phones")) { for (label, number) in phones { li { text(label + ": "); Phone.link(number) } } }
            }
            if let site = SafeURL(external: f.website) {
                p { a(.href(site), .rel("nofollow noopener noreferrer")) { text(w.website) } }
            }
        }
    }

    /// "Contact this provider": a private message when someone at the facility reads them; else, said before
    /// anyone types, to call.
    static func message(_ m: FacilityPageModel) -> Node {
        let w = Words.current
        return section(.class("message-us"), .ariaLabelledBy("message")) {
            h2(.id("message")) { text(w.contactThisProvider) }
            if m.takesMessages {
                p { text(w.messagesKept(m.messageRetentionDays)) }
                p { a(.class("button-link"), .href(SiteURL.contact(.value(m.listing.id)).url)) { text(w.sendAPrivateMessage) } }
            } else {
                let phone = [m.listing.phone, m.listing.intake1, m.listing.intake2].contains { !$0.isEmpty }
                p {
                    text(w.noMessagesYet)
                    if phone { text(w.callTheNumberAbove) } else { w.noPhoneAskHelpline(a(.href(Phone.helpline)) { "1-800-662-4357" }) }
                }
            }
        }
    }

    /// Add this place to the seeker's list (kept in the address), or say it is on it; and the way to the list.
    static func myList(_ m: FacilityPageModel) -> Node {
        let f = m.listing, list = m.list
        let w = Words.current
        let toList = a(.href(SiteURL.list(list, near: nil))) { text(w.seeYourList(list.count)) }
        if list.contains(f.id) {
            return p(.class("list-add on"), .id("my-list")) { span(.ariaHidden) { "\u{2713} " }; text(w.onYourListShort); toList }
        }
        return p(.class("list-add"), .id("my-list")) {
            if !list.isFull {
                a(.href(SafeURL(path: SiteURL.facility(.value(f.id)).linkPath + "?list=" + list.adding(f.id).parameter + "#my-list"))) { text(w.addThisToMyList) }
                if !list.isEmpty { " \u{00B7} " }
            }
            if !list.isEmpty { toList }
        }
    }

    /// What the facility's staff wrote about the program, and its hours.
    static func about(_ f: FacilityListing, open: (status: OpenStatus, zone: String?)? = nil) -> Node {
        let d = f.details
        let w = Words.current
        let paragraphs = d.description.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return group([
            paragraphs.isEmpty ? .empty : section(.ariaLabelledBy("about")) {
                h2(.id("about")) { text(w.about) }
                for para in paragraphs { p { text(para) } }
            },
            (d.hours.map { !$0.isEmpty } ?? false) ? section(.ariaLabelledBy("hours")) {
                h2(.id("hours")) { text(w.hours) }
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
        let w = Words.current
        return section(.class("facet")) {
            h3 { text(w.payingInTheirWords) }
            if !d.otherPlans.isEmpty { p { text(w.otherPlans); text(d.otherPlans) } }
            if !d.costs.isEmpty { p { text(w.costs); text(d.costs) } }
        }
    }

    static func location(_ m: FacilityPageModel) -> Node {
        let postal = m.listing.address
        let w = Words.current
        return section(.ariaLabelledBy("location")) {
            h2(.id("location")) { text(w.location) }
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
                        alt: w.facilityMapAlt(m.listing.name, zip: m.listing.precision == .zipCentroid ? postal.zip : nil, city: m.listing.city, state: m.listing.state),
                        Attribute("width", "400"), Attribute("height", "240"), Attribute("loading", "lazy"))
                    if m.listing.precision == .zipCentroid { element("figcaption", []) { text(w.dashedRingZip) } }
                }
            }
            if let directions = m.directions {
                p { a(.href(directions), .rel("noopener noreferrer")) { text(w.directions) } }
            }
            switch m.listing.precision {
            case .address: Node.empty
            case .zipCentroid where !postal.isStreetPublished:
                p(.class("note")) { text(w.streetNotPublished(zip: postal.zip)) }
            case .zipCentroid:
                p(.class("note")) { text(w.approximateLocation(zip: postal.zip)) }
            case .none:
                p(.class("note")) { text(w.noMapLocation) }
            }
        }
    }

    /// Terms of other taxonomies an HSDS package gave, by taxonomy: shown as the source named them.
    static func otherTerms(_ f: FacilityListing) -> Node {
        let byTaxonomy = Dictionary(grouping: f.otherTerms, by: \.taxonomy).sorted { $0.key < $1.key }
        return group(byTaxonomy.map { taxonomy, terms in
            section(.class("facet")) {
                h3 { text(taxonomy == "language" ? Words.current.otherLanguages : Words.current.alsoListed(taxonomy)) }
                ul { for t in terms { li { text((t.name.isEmpty ? t.code : t.name) + (t.value.isEmpty ? "" : ": \(t.value)")) } } }
            }
        })
    }
}
