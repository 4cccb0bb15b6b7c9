import HavenCore
import HavenHTML

/// One result: name, distance, address, phone, the main services and payment.
enum ResultCard {
    /// Facets whose terms a card sums up as services.
    static let serviceFacets = ["care_type", "setting", "medication"]

    static func view(_ item: SearchResults.Item, taxonomy: Taxonomy) -> Node {
        let f = item.listing
        let ranges = TermRanges.shared(taxonomy)
        let services = item.termIndexes.filter { ranges.services[$0] }.prefix(6).map { taxonomy.terms[$0].name }
        let payments = item.termIndexes.filter { ranges.payment.contains($0) }.map { taxonomy.terms[$0].name }
        let assistance = item.termIndexes.filter { ranges.assistance.contains($0) }.map { taxonomy.terms[$0].name }
        return li(.class("card")) {
            h2 { a(.href(SiteURL.facility(f))) { text(f.name) } }
            if !f.name2.isEmpty { p(.class("sub")) { text(f.name2) } }
            if let miles = item.distanceMiles {
                p(.class("distance")) { "\(Format.miles(miles)) away\(f.precision == .zipCentroid ? " (approximate)" : "")" }
            }
            p(.class("address")) { text(f.address.line) }
            if !f.phone.isEmpty { p(.class("phone")) { "Call "; Phone.link(f.phone) } }
            if !services.isEmpty { p(.class("services")) { text(services.joined(separator: " · ")) } }
            if !payments.isEmpty {
                p(.class("payment")) {
                    span(.class("label")) { "Accepts:" }
                    " \((payments.prefix(5) + assistance).joined(separator: ", "))\(payments.count > 5 ? ", and more" : "")"
                }
            }
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
            payment = range("payment")
            assistance = range("payment_assistance")
            count = t.terms.count
        }
    }
}
