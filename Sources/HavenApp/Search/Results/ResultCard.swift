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
        let w = Words.current, parts = Parts.byLanguage.current
        let ranges = TermRanges.shared(taxonomy)
        var terms = item.termIndexes
        if !chosen.isEmpty { terms = terms.filter { chosen.contains($0) } + terms.filter { !chosen.contains($0) } }
        let language = Language.current
        let services = terms.filter { ranges.services[$0] }.prefix(6).map { taxonomy.terms[$0].name(language) }
        let payments = terms.filter { ranges.payment.contains($0) }.map { taxonomy.terms[$0].name(language) }
        let matched = terms.prefix { chosen.contains($0) }.map { taxonomy.terms[$0].name(language) }
        let assistance = terms.filter { ranges.assistance.contains($0) }.map { taxonomy.terms[$0].name(language) }
        var top: [Node] = [], bottom: [Node] = []
        if !f.name2.isEmpty { top.append(parts.sub(.text(f.name2))) }
        if f.isRemoteOnly {
            top.append(parts.distance(.text(w.byPhoneFor(state: f.state))))
        } else if let miles = item.distanceMiles {
            top.append(parts.distance(.text(w.away(Format.miles(miles), approximate: f.precision == .zipCentroid))))
        }
        if let v = f.verification, v.at >= staleBefore {
            bottom.append(parts.verified(.text(w.verifiedBy(facility: v.by == .provider, on: Format.day(v.at)))))
        }
        if let n = f.details.newPatients, n.confirmedAt >= staleBefore {
            bottom.append(parts.availability(.text(w.asOf(n.summary, Format.day(n.confirmedAt)))))
        }
        if let status = item.openStatus(at: now) {
            bottom.append((status.isOpen ? parts.open : parts.closed)(.text(status.words)))
        }
        if !matched.isEmpty { bottom.append(parts.matches(.text(matched.joined(separator: ", ")))) }
        if !f.phone.isEmpty {
            bottom.append(Phone.url(f.phone).map { parts.phone(.url($0), .text(f.phone)) } ?? parts.phoneText(.text(f.phone)))
        }
        if !services.isEmpty { bottom.append(parts.services(.text(services.joined(separator: " · ")))) }
        if !payments.isEmpty {
            bottom.append(parts.payment(.text((payments.prefix(5) + assistance).joined(separator: ", ") + (payments.count > 5 ? w.andMore : ""))))
        }
        if !f.source.isEmpty { bottom.append(parts.source(.text(w.listingSource(f.source)))) }
        if (f.verification?.at).map({ $0 < staleBefore }) ?? true { bottom.append(parts.stale) }
        if let list { bottom.append(list.line(f)) }
        return parts.card(.url(list?.facility(f) ?? SiteURL.facility(f)), .text(f.name), .node(group(top)), .text(f.address.seekerLine), .node(group(bottom)))
    }

    /// The card's markup, rendered once per language.
    final class Parts: Sendable {
        static let byLanguage = ByLanguage(Parts.init)

        let card = Template { h in
            li(.class("card")) {
                h2 { a(.href(h.url(0))) { h.text(1) } }
                h.node(2)
                p(.class("address")) { h.text(3) }
                h.node(4)
            }
        }
        let sub = Template { h in p(.class("sub")) { h.text(0) } }
        let distance = Template { h in p(.class("distance")) { h.text(0) } }
        let phone: Template, phoneText: Template, matches: Template, payment: Template, source: Template
        let services = Template { h in p(.class("services")) { h.text(0) } }
        let verified = Template { h in p(.class("verified")) { span(.ariaHidden) { "\u{2713} " }; h.text(0) } }
        let availability = Template { h in p(.class("availability")) { h.text(0) } }
        let open = Template { h in p(.class("hours open")) { h.text(0) } }
        let closed = Template { h in p(.class("hours closed")) { h.text(0) } }
        let stale: Node

        init(_ w: any Wording) {
            phone = Template { h in p(.class("phone")) { text(w.call); a(.href(h.url(0))) { h.text(1) } } }
            phoneText = Template { h in p(.class("phone")) { text(w.call); h.text(0) } }
            matches = Template { h in p(.class("matches")) { span(.class("label")) { text(w.matchesYourFilters) }; " "; h.text(0) } }
            payment = Template { h in p(.class("payment")) { span(.class("label")) { text(w.accepts) }; " "; h.text(0) } }
            source = Template { h in p(.class("source")) { text(w.fromSource.before); h.text(0); text(w.fromSource.after) } }
            stale = trusted(TrustedHTML(p(.class("stale")) { text(w.notVerifiedLately) }))
        }
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
