import Foundation
import HavenCore

/// Everything the facility page shows, gathered by the controller.
struct FacilityPageModel {
    let listing: FacilityListing
    let origins: [String: ValueOrigin]
    let sources: [FacilityRepository.Provenance]
    let lastVerified: Date?
}

/// The facility profile: contact, location, every service grouped by facet, and where the data came from.
enum FacilityPage {
    static func render(_ m: FacilityPageModel, taxonomy: Taxonomy) -> String {
        let f = m.listing
        let terms = Set(f.terms)
        let groups = taxonomy.facets.compactMap { facet -> String? in
            let names = taxonomy.terms(in: facet).filter { terms.contains($0.slug) }
            guard !names.isEmpty else { return nil }
            return "<section class=\"facet\"><h3>\(esc(facet.name))</h3><ul>\(names.map { "<li>\(esc($0.name))</li>" }.joined())</ul></section>"
        }
        let address = "\(f.street1)\(f.street2.isEmpty ? "" : ", \(f.street2)"), \(f.city), \(f.state) \(f.zip)"
        let directions = f.coordinate.map {
            "https://www.openstreetmap.org/directions?to=\(String(format: "%.6f,%.6f", $0.latitude, $0.longitude))"
        } ?? "https://www.openstreetmap.org/search?query=\(SiteURL.percent(address))"
        var phones: [String] = []
        if !f.phone.isEmpty { phones.append("<li>Main: \(phoneLink(f.phone))</li>") }
        if !f.intake1.isEmpty { phones.append("<li>Intake: \(phoneLink(f.intake1))</li>") }
        if !f.intake2.isEmpty { phones.append("<li>Intake: \(phoneLink(f.intake2))</li>") }
        let body = """
        <article class="facility">
        <h1>\(esc(f.name))</h1>
        \(f.name2.isEmpty ? "" : "<p class=\"sub\">\(esc(f.name2))</p>")
        \(f.isListed ? "" : "<p class=\"warning\" role=\"note\">The latest data no longer lists this facility as open. It may have closed or moved: call before you go.</p>")
        <section aria-labelledby="contact"><h2 id="contact">Contact</h2>
        \(phones.isEmpty ? "<p>No phone number is listed.</p>" : "<ul class=\"phones\">\(phones.joined())</ul>")
        \(f.website.isEmpty ? "" : "<p><a href=\"\(esc(f.website))\" rel=\"nofollow noopener noreferrer\">Website</a></p>")
        </section>
        <section aria-labelledby="location"><h2 id="location">Location</h2>
        <address>\(esc(f.street1))<br>\(f.street2.isEmpty ? "" : "\(esc(f.street2))<br>")\(esc(f.city)), \(esc(f.state)) \(esc(f.zip))</address>
        <p><a href="\(esc(directions))" rel="noopener noreferrer">Directions (OpenStreetMap)</a></p>
        \(locationNote(f))
        </section>
        <section aria-labelledby="services"><h2 id="services">Services</h2>
        \(groups.isEmpty ? "<p>The directory lists no services for this facility.</p>" : groups.joined())
        \(otherTerms(f))
        </section>
        <section aria-labelledby="source"><h2 id="source">Where this information comes from</h2>
        \(sourceList(m))
        <p>Last verified: \(m.lastVerified.map { esc(day($0)) } ?? "not yet verified by the facility; the details are as the sources above give them")</p>
        </section>
        </article>
        """
        return Layout.page(title: f.name, description: "\(f.name), \(f.city), \(f.state): services, payment, contact.",
                           canonical: SiteURL.facility(f.id).path, body: body)
    }

    /// Terms of other taxonomies an HSDS package gave, by taxonomy: shown as the source named them.
    static func otherTerms(_ f: FacilityListing) -> String {
        guard !f.otherTerms.isEmpty else { return "" }
        let byTaxonomy = Dictionary(grouping: f.otherTerms, by: \.taxonomy).sorted { $0.key < $1.key }
        return byTaxonomy.map { taxonomy, terms in
            let title = taxonomy == "language" ? "Other languages" : "Also listed (\(taxonomy))"
            return "<section class=\"facet\"><h3>\(esc(title))</h3><ul>"
                + terms.map { "<li>\(esc($0.name.isEmpty ? $0.code : $0.name))\($0.value.isEmpty ? "" : ": \(esc($0.value))")</li>" }.joined()
                + "</ul></section>"
        }.joined()
    }

    static func locationNote(_ f: FacilityListing) -> String {
        switch f.precision {
        case .address: return ""
        case .zipCentroid: return "<p class=\"note\">Approximate location: the map point and distances use the center of ZIP code \(esc(f.zip)), not the street address.</p>"
        case .none: return "<p class=\"note\">This facility has no map location, so it does not appear in distance searches.</p>"
        }
    }

    static func sourceList(_ m: FacilityPageModel) -> String {
        var items = m.sources.map { s -> String in
            let what = s.directory == HSDSSource.directory
                ? "\(esc(s.title)) \u{201C}\(esc(s.sourceFile))\u{201D}\(s.edition.isEmpty ? "" : ", version \(esc(s.edition))") (locations, line \(s.line))"
                : "SAMHSA, \(esc(s.title)), \(esc(s.edition)) edition (\(esc(s.sourceFile)), line \(s.line))"
            return "<li>" + what + (s.present ? "; imported \(esc(day(s.importedAt)))" : "; not in the latest edition") + ".</li>"
        }
        let edited = m.origins.compactMap { key, origin -> String? in
            guard case .edit(let author, let at) = origin else { return nil }
            return "<li>\(esc(key.replacingOccurrences(of: "term:", with: "service ")))" + " edited by \(esc(author)) on \(esc(day(at))).</li>"
        }.sorted()
        items += edited
        let location: String
        switch m.listing.precision {
        case .address where m.sources.contains { $0.directory == HSDSSource.directory } && m.sources.count == 1:
            location = "Map location as the HSDS data package gives it."
        case .address: location = "Map location from the geocoded FindTreatment.gov locator files (street address match)."
        case .zipCentroid: location = "Map location from the ZIP code's center (GeoNames), approximate."
        case .none: location = "No map location."
        }
        return "<ul class=\"sources\">\(items.joined())<li>\(location)</li></ul>"
    }

    static func day(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "MMMM d, yyyy"
        return f.string(from: date)
    }
}
