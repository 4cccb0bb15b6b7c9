import Foundation
import HavenCore
import HavenHTML

/// Everything the facility page shows, gathered by the controller.
struct FacilityPageModel {
    let listing: FacilityListing
    let origins: [String: ValueOrigin]
    let sources: [Provenance]
    /// Verified before this (or never): the page says the listing may be out of date.
    let staleBefore: Date
    let taxonomy: Taxonomy
    /// Guides about what the facility offers.
    var guides: [GuideShelf.Entry] = []
    /// Whether someone at the facility reads messages sent through Haven.
    var takesMessages = false
    /// Days a message is kept (`HAVEN_INQUIRY_RETENTION_DAYS`).
    var messageRetentionDays = 90
    /// Open or closed now by the facility's own clock, and the name of that clock ("Mountain Time"); nil without hours.
    var open: (status: OpenStatus, zone: String?)?
    /// The seeker's list, when the page was reached with one (`?list=`).
    var list = PlaceList()

    /// The facility's terms grouped by facet, in taxonomy order; facets it has none of are left out.
    var serviceGroups: [(facet: Facet, terms: [Term])] {
        let terms = Set(listing.terms)
        return taxonomy.facets.compactMap { facet in
            let named = taxonomy.terms(in: facet).filter { terms.contains($0.slug) }
            return named.isEmpty ? nil : (facet, named)
        }
    }

    /// Where directions lead: the street's own map point; else a search for the street address as written (a ZIP
    /// centre is not where anyone should go); none when the address is not published.
    var directions: SafeURL? {
        let postal = listing.address
        guard postal.isStreetPublished else { return nil }
        if listing.precision == .address, let c = listing.coordinate {
            return SafeURL(external: "https://www.openstreetmap.org/directions?to=" + String(format: "%.6f,%.6f", c.latitude, c.longitude))
        }
        return SafeURL(external: "https://www.openstreetmap.org/search?query=" + SiteURL.percent(postal.line))
    }

    /// Where the listing comes from and how old that is, for seekers: "the SAMHSA national directory, 2022 edition
    /// (about 4 years old)". Import dates are for operators (the about-data page), not a sign of freshness.
    func origin(now: Date = Date()) -> String? {
        let year = Calendar(identifier: .gregorian).component(.year, from: now)
        let w = Words.current
        let named = sources.filter(\.present).map { s -> String in
            if s.isHSDS { return w.dataPackage(s.title, version: s.edition) }
            guard let edition = Int(s.edition) else { return w.samhsaDirectory }
            return w.samhsaEdition(edition, age: year - edition)
        }
        guard !named.isEmpty else { return nil }
        return Array(Set(named)).sorted().joined(separator: w.both)
    }

    /// Fields people edited, with who and when.
    var edits: [(field: String, author: String, at: Date)] {
        origins.compactMap { key, origin in
            guard case .edit(let author, let at) = origin else { return nil }
            return (key.replacingOccurrences(of: "term:", with: "service "), author, at)
        }.sorted { $0.field < $1.field }
    }

    /// Never verified by the facility or a moderator, or not within the configured period.
    var mayBeOutOfDate: Bool { (listing.verification?.at).map { $0 < staleBefore } ?? true }
}
