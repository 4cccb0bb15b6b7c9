import Foundation
import HavenCore
import HavenHTML

/// One result: name, distance, address, phone, the main services and payment. A page has twenty: each is a
/// template filled with the listing's text (see `Template`), which keeps the results page as fast as before.
enum ResultCard {
    /// Facets whose terms a card sums up as services.
    static let serviceFacets = [FacetSlug.careType.rawValue, FacetSlug.setting.rawValue, FacetSlug.medication.rawValue]

    /// `chosen`: positions of the terms the search filters by; the card says which of them it has, and lists them first.
    /// `staleBefore`: a listing verified before then (or never) is flagged "may be out of date".
    /// `now`: the moment "open now" is judged at (only listings whose staff gave hours say anything).
    /// `list`: the seeker's list and its links (nil: no list links, as on the home page).
    static func view(_ item: SearchResults.Item, taxonomy: Taxonomy, chosen: Set<Int> = [], staleBefore: Date = .distantPast,
                     now: Date = Date(), list: ListLinks? = nil) -> Node {
        let f = item.listing
        let ranges = TermRanges.shared(taxonomy)
        var terms = item.termIndexes
        if !chosen.isEmpty { terms = terms.filter { chosen.contains($0) } + terms.filter { !chosen.contains($0) } }
        let services = terms.filter { ranges.services[$0] }.prefix(6).map { taxonomy.terms[$0].name }
        let payments = terms.filter { ranges.payment.contains($0) }.map { taxonomy.terms[$0].name }
        let matched = terms.prefix { chosen.contains($0) }.map { taxonomy.terms[$0].name }
        let assistance = terms.filter { ranges.assistance.contains($0) }.map { taxonomy.terms[$0].name }
        var top: [Node] = [], bottom: [Node] = []
        if !f.name2.isEmpty { top.append(Parts.sub(.text(f.name2))) }
        if f.isRemoteOnly {
            top.append(Parts.distance(.text("By phone or video, for people in \(f.state)")))
        } else if let miles = item.distanceMiles {
            top.append(Parts.distance(.text("\(Format.miles(miles)) away\(f.precision == .zipCentroid ? " (approximate)" : "")")))
        }
        if let v = f.verification, v.at >= staleBefore {
            bottom.append(Parts.verified(.text("Verified by \(v.by == .provider ? "the facility" : "a Haven moderator") on \(Format.day(v.at))")))
        }
        if let n = f.details.newPatients, n.confirmedAt >= staleBefore {
            bottom.append(Parts.availability(.text("\(n.summary) (as of \(Format.day(n.confirmedAt)))")))
        }
        if let status = item.openStatus(at: now) {
            bottom.append((status.isOpen ? Parts.open : Parts.closed)(.text(status.words)))
        }
        if !matched.isEmpty { bottom.append(Parts.matches(.text(matched.joined(separator: ", ")))) }
        if !f.phone.isEmpty {
            bottom.append(Phone.url(f.phone).map { Parts.phone(.url($0), .text(f.phone)) } ?? Parts.phoneText(.text(f.phone)))
        }
        if !services.isEmpty { bottom.append(Parts.services(.text(services.joined(separator: " · ")))) }
        if !payments.isEmpty {
            bottom.append(Parts.payment(.text((payments.prefix(5) + assistance).joined(separator: ", ") + (payments.count > 5 ? ", and more" : ""))))
        }
        if !f.source.isEmpty { bottom.append(Parts.source(.text(f.source))) }
        if (f.verification?.at).map({ $0 < staleBefore }) ?? true { bottom.append(Parts.stale) }
        if let list { bottom.append(list.line(f)) }
        return Parts.card(.url(list?.facility(f) ?? SiteURL.facility(f)), .text(f.name), .node(group(top)), .text(f.address.seekerLine), .node(group(bottom)))
    }

    /// The card's markup, rendered once.
    enum Parts {
        static let card = Template { h in
            li(.class("card")) {
                h2 { a(.href(h.url(0))) { h.text(1) } }
                h.node(2)
                p(.class("address")) { h.text(3) }
                h.node(4)
            }
        }
        static let sub = Template { h in p(.class("sub")) { h.text(0) } }
        static let distance = Template { h in p(.class("distance")) { h.text(0) } }
        static let phone = Template { h in p(.class("phone")) { "Call "; a(.href(h.url(0))) { h.text(1) } } }
        static let phoneText = Template { h in p(.class("phone")) { "Call "; h.text(0) } }
        static let services = Template { h in p(.class("services")) { h.text(0) } }
        static let matches = Template { h in p(.class("matches")) { span(.class("label")) { "Matches your filters:" }; " "; h.text(0) } }
        static let payment = Template { h in p(.class("payment")) { span(.class("label")) { "Accepts:" }; " "; h.text(0) } }
        static let source = Template { h in p(.class("source")) { "From "; h.text(0); "." } }
        static let verified = Template { h in p(.class("verified")) { span(.ariaHidden) { "\u{2713} " }; h.text(0) } }
        static let availability = Template { h in p(.class("availability")) { h.text(0) } }
        static let open = Template { h in p(.class("hours open")) { h.text(0) } }
        static let closed = Template { h in p(.class("hours closed")) { h.text(0) } }
        static let stale = trusted(TrustedHTML(p(.class("stale")) { "Not verified by the facility in the last year: may be out of date." }))
    }

    /// Which term positions a card shows as services and as payment (facets are contiguous in `Taxonomy.terms`).
    struct TermRanges: Sendable {
        let services: [Bool], payment: Range<Int>, assistance: Range<Int>
        let count: Int

        static let haven = TermRanges(Taxonomy.haven)
        static func shared(_ t: Taxonomy) -> TermRanges { t.terms.count == haven.count ? haven : TermRanges(t) }

        init(_ t: Taxonomy) {
            func range(_ slug: String) -> Range<Int> {
                let idx = t.facet(slug).map { t.terms(in: $0).map(\.index) } ?? []
                return (idx.first ?? 0)..<((idx.last ?? -1) + 1)
            }
            var mask = [Bool](repeating: false, count: t.terms.count)
            for i in serviceFacets.flatMap({ range($0) }) { mask[i] = true }
            services = mask
            payment = range(FacetSlug.payment.rawValue)
            assistance = range(FacetSlug.paymentAssistance.rawValue)
            count = t.terms.count
        }
    }
}
