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
