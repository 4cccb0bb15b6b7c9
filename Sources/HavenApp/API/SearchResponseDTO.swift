import Foundation
import HavenCore

/// The body of `GET /api/v1/facilities` as Codable types: the contract that `JSONWriter.searchResponse` writes by
/// hand (ten times faster than JSONEncoder for a page of results), and that a test holds it to.
struct SearchResponseDTO: Codable, Equatable, Sendable {
    let total: Int
    let page: Int
    let per_page: Int
    let sort: String
    let place: PlaceDTO?
    let results: [FacilitySummaryDTO]
    let facets: [String: [FacetCountDTO]]

    init(total: Int, page: Int, per_page: Int, sort: String, place: PlaceDTO?, results: [FacilitySummaryDTO], facets: [String: [FacetCountDTO]]) {
        self.total = total; self.page = page; self.per_page = per_page; self.sort = sort; self.place = place
        self.results = results; self.facets = facets
    }

    init(_ r: SearchResults, taxonomy: Taxonomy) {
        self.init(
            total: r.total, page: r.query.page, per_page: r.query.perPage, sort: r.sort.rawValue,
            place: r.place.map { PlaceDTO(label: $0.label, latitude: $0.coordinate.latitude, longitude: $0.coordinate.longitude) },
            results: r.items.map { FacilitySummaryDTO($0, taxonomy: taxonomy) },
            facets: Dictionary(uniqueKeysWithValues: taxonomy.facets.filter(\.isFilter).map { facet in
                (facet.slug, taxonomy.terms(in: facet).map { FacetCountDTO(slug: $0.slug, name: $0.name, count: r.count($0)) })
            }))
    }

    // `place` is always present, null when there was none.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(total, forKey: .total); try c.encode(page, forKey: .page); try c.encode(per_page, forKey: .per_page)
        try c.encode(sort, forKey: .sort); try c.encode(place, forKey: .place); try c.encode(results, forKey: .results)
        try c.encode(facets, forKey: .facets)
    }
}

struct PlaceDTO: Codable, Equatable, Sendable {
    let label: String
    let latitude: Double
    let longitude: Double
}

struct FacetCountDTO: Codable, Equatable, Sendable {
    let slug: String
    let name: String
    let count: Int
}

struct FacilitySummaryDTO: Codable, Equatable, Sendable {
    let id: String
    let name: String
    let address: PostalAddress
    let phone: String?
    let latitude: Double?
    let longitude: Double?
    let precision: String
    let distance_miles: Double?
    /// Reached only by phone or video (no published street, telehealth): never given a distance.
    let remote_only: Bool
    let terms: [TermRefDTO]
    let url: String

    init(_ item: SearchResults.Item, taxonomy: Taxonomy) {
        let f = item.listing
        id = f.idString; name = f.name; address = f.address; phone = f.phone.isEmpty ? nil : f.phone
        latitude = f.coordinate?.latitude; longitude = f.coordinate?.longitude; precision = f.precision.rawValue
        distance_miles = item.distanceMiles.map { ($0 * 100).rounded() / 100 }
        remote_only = f.isRemoteOnly
        terms = item.termIndexes.map { taxonomy.terms[$0] }.map { TermRefDTO(slug: $0.slug, name: $0.name, facet: $0.facet) }
        url = SiteURL.facility(f).value
    }

    // Every property is present (the OpenAPI document requires them); nil is written as null.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(name, forKey: .name); try c.encode(address, forKey: .address)
        try c.encode(phone, forKey: .phone); try c.encode(latitude, forKey: .latitude); try c.encode(longitude, forKey: .longitude)
        try c.encode(precision, forKey: .precision); try c.encode(distance_miles, forKey: .distance_miles)
        try c.encode(remote_only, forKey: .remote_only)
        try c.encode(terms, forKey: .terms); try c.encode(url, forKey: .url)
    }
}
