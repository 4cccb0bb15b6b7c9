import Foundation
import HavenCore
import Vapor

/// API shapes. Domain and storage types never go over the wire directly.
struct TermRefDTO: Content, Equatable {
    let slug: String
    let name: String
    let facet: String
}

/// A term of another taxonomy that an imported HSDS package gave the facility.
struct OtherTermDTO: Content {
    let taxonomy: String
    let code: String
    let name: String
    let value: String
}

struct SourceDTO: Content {
    let directory: String
    let title: String
    let file: String
    let edition: String
    let line: Int
    let present: Bool
    let imported_at: Date
}

struct FacilityDetailDTO: Content {
    // `id` is the lower-case UUID text, as in search results.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id.uuidString.lowercased(), forKey: .id); try c.encode(name, forKey: .name); try c.encode(name2, forKey: .name2)
        try c.encode(address, forKey: .address); try c.encode(phone, forKey: .phone); try c.encode(intake_phones, forKey: .intake_phones)
        try c.encode(website, forKey: .website); try c.encode(latitude, forKey: .latitude); try c.encode(longitude, forKey: .longitude)
        try c.encode(precision, forKey: .precision); try c.encode(listed, forKey: .listed); try c.encode(terms, forKey: .terms)
        try c.encode(sources, forKey: .sources); try c.encode(other_terms, forKey: .other_terms); try c.encode(last_verified_at, forKey: .last_verified_at)
        try c.encode(updated_at, forKey: .updated_at); try c.encode(url, forKey: .url)
        try c.encode(description, forKey: .description); try c.encode(hours, forKey: .hours); try c.encode(new_patients, forKey: .new_patients)
        try c.encode(other_plans, forKey: .other_plans); try c.encode(costs, forKey: .costs); try c.encode(licenses, forKey: .licenses)
    }

    let id: UUID
    let name: String
    let name2: String?
    let address: PostalAddress
    let phone: String?
    let intake_phones: [String]
    let website: String?
    let latitude: Double?
    let longitude: Double?
    let precision: String
    let listed: Bool
    let terms: [TermRefDTO]
    let sources: [SourceDTO]
    let other_terms: [OtherTermDTO]
    let last_verified_at: Date?
    let updated_at: Date
    let url: String
    // What the facility's staff keep current (nil when they have not said).
    var description: String?
    var hours: HoursDTO?
    var new_patients: NewPatientsDTO?
    var other_plans: String?
    var costs: String?
    var licenses: String?
}

extension FacilityDetailDTO {
    /// The resource for a stored listing: its merged values, its sources, and what the staff keep current.
    init(_ f: FacilityListing, lastVerifiedAt: Date?, sources: [Provenance], taxonomy: Taxonomy) {
        func said(_ text: String) -> String? { text.isEmpty ? nil : text }
        self.init(
            id: f.id, name: f.name, name2: said(f.name2), address: f.address,
            phone: said(f.phone), intake_phones: [f.intake1, f.intake2].filter { !$0.isEmpty },
            website: said(f.website), latitude: f.coordinate?.latitude, longitude: f.coordinate?.longitude,
            precision: f.precision.rawValue, listed: f.isListed,
            terms: f.terms.compactMap(taxonomy.term).map { TermRefDTO(slug: $0.slug, name: $0.name, facet: $0.facet) },
            sources: sources.map {
                SourceDTO(directory: $0.directory, title: $0.title, file: $0.sourceFile, edition: $0.edition,
                          line: $0.line, present: $0.present, imported_at: $0.importedAt)
            },
            other_terms: f.otherTerms.map { OtherTermDTO(taxonomy: $0.taxonomy, code: $0.code, name: $0.name, value: $0.value) },
            last_verified_at: f.verification?.at ?? lastVerifiedAt, updated_at: f.updatedAt, url: SiteURL.facility(.value(f.id)).path)
        let d = f.details
        description = said(d.description)
        hours = d.hours.flatMap { $0.isEmpty ? nil : HoursDTO($0) }
        new_patients = d.newPatients.map(NewPatientsDTO.init)
        other_plans = said(d.otherPlans)
        costs = said(d.costs)
        licenses = said(d.licenses)
    }
}

/// Opening hours as a facility's staff gave them: the open days only (a day not listed is closed), 24-hour "HH:MM".
struct HoursDTO: Content {
    struct Day: Content {
        let day: String
        let opens: String
        let closes: String
    }

    let around_the_clock: Bool
    let days: [Day]
    let note: String

    init(_ h: OpeningHours) {
        around_the_clock = h.aroundTheClock
        days = OpeningHours.Day.allCases.compactMap { d in
            h.days[d.rawValue].map { Day(day: d.name.lowercased(), opens: OpeningHours.clock($0.opens), closes: OpeningHours.clock($0.closes)) }
        }
        note = h.note
    }
}

/// Whether the facility takes new patients, and the day its staff said so.
struct NewPatientsDTO: Content {
    let status: String
    let wait_days: Int?
    let confirmed_at: Date

    init(_ n: NewPatients) {
        status = n.status.rawValue
        wait_days = n.waitDays
        confirmed_at = n.confirmedAt
    }

    // `wait_days` is written as null when there is none, as the document says.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(status, forKey: .status); try c.encode(wait_days, forKey: .wait_days); try c.encode(confirmed_at, forKey: .confirmed_at)
    }
}

struct TermDTO: Content {
    let slug: String
    let name: String
    let samhsa_codes: [CodeDTO]
}

struct CodeDTO: Content {
    let code: String
    let directory: String
}

struct FacetDTO: Content {
    let slug: String
    let name: String
    let description: String
    let filter: Bool
    let terms: [TermDTO]
}

struct TaxonomyDTO: Content {
    let facets: [FacetDTO]

    init(_ t: Taxonomy) {
        facets = t.facets.map { f in
            FacetDTO(slug: f.slug, name: f.name, description: f.summary, filter: f.isFilter, terms: t.terms(in: f).map { term in
                TermDTO(slug: term.slug, name: term.name, samhsa_codes: term.codes.map { CodeDTO(code: $0.code, directory: $0.directory.rawValue) })
            })
        }
    }
}
