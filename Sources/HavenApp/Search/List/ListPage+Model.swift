import Foundation
import HavenCore
import HavenHTML

/// The seeker's list as a page to read, print, share or compare: each place's name, phones, address, hours, what it
/// offers, payment, distance and where the data comes from. Everything comes from the URL and the in-memory index.
struct ListPageModel {
    struct Place {
        let listing: FacilityListing
        let miles: Double?
        let open: OpenStatus?
    }

    let list: PlaceList
    let places: [Place]
    /// Ids on the list that are no longer listed (closed, suspended or removed).
    let missing: Int
    /// The place typed for the search the list came from (carried in its links), and where distances are from.
    let near: String?
    let from: String?
    let taxonomy: Taxonomy
    /// Haven's public address, for the link a shared list carries.
    let publicURL: String

    var shareLink: String { publicURL + SiteURL.list(list, near: near).value }

    /// A search near the same place that keeps the list, to add more.
    var backToSearch: SafeURL? {
        guard let near else { return nil }
        var q = SearchQuery(near: near)
        q.list = list
        return SiteURL.search(q)
    }

    /// Each place's terms of `facets`, by name, in taxonomy order.
    func names(_ l: FacilityListing, _ facets: [FacetSlug]) -> [String] {
        let terms = Set(l.terms)
        return facets.flatMap { slug in taxonomy.facet(slug.rawValue).map { taxonomy.terms(in: $0) } ?? [] }
            .filter { terms.contains($0.slug) }.map(\.name)
    }

    func offers(_ l: FacilityListing) -> [String] { names(l, [.careType, .setting, .medication]) }
    func payment(_ l: FacilityListing) -> [String] { names(l, [.payment, .paymentAssistance]) }
    func ages(_ l: FacilityListing) -> [String] { names(l, [.age]) }

    /// Where the listing's data comes from and how fresh: the directory's edition, and the staff's update if any.
    static func dataDate(_ l: FacilityListing) -> String {
        let w = Words.current
        var parts: [String] = []
        if !l.source.isEmpty { parts.append(w.fromSource.before + w.listingSource(l.source)) }
        if let v = l.verification { parts.append(w.updatedLower(v.who, on: Format.day(v.at))) }
        return parts.isEmpty ? "" : parts.joined(separator: "; ") + "."
    }

    /// The list as plain text for a message: a line per place (name, phone, address), then the link.
    var shareText: String {
        let w = Words.current
        var lines = [w.shareHeading]
        for (n, p) in places.enumerated() {
            let l = p.listing
            lines.append("\(n + 1). \(l.name)" + (l.phone.isEmpty ? "" : ", \(l.phone)") + ", \(l.address.seekerLine)")
        }
        lines.append(w.theList + shareLink)
        lines.append(w.inCrisisText)
        return lines.joined(separator: "\n")
    }

    /// Opens the person's own messages app with the list's text (nothing is sent by Haven).
    var smsURL: SafeURL? { SafeURL(external: "sms:?&body=" + SiteURL.percent(shareText)) }

    /// Opens the person's own mail app with the list's text.
    var mailURL: SafeURL? {
        SafeURL(external: "mailto:?subject=" + SiteURL.percent(Words.current.shareSubject) + "&body=" + SiteURL.percent(shareText))
    }
}
