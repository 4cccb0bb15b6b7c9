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
    let understood: UnderstoodDTO?
    /// With no results: variations of the search that find places (wider, a filter dropped, any name).
    let ways_out: [WayOutDTO]
    /// With few results near a place: programs by phone or video in its state (null otherwise).
    let telehealth: TelehealthDTO?
    let results: [FacilitySummaryDTO]
    let facets: [String: [FacetCountDTO]]

    init(total: Int, page: Int, per_page: Int, sort: String, place: PlaceDTO?, understood: UnderstoodDTO?,
         ways_out: [WayOutDTO], telehealth: TelehealthDTO?, results: [FacilitySummaryDTO], facets: [String: [FacetCountDTO]]) {
        self.total = total; self.page = page; self.per_page = per_page; self.sort = sort; self.place = place
        self.understood = understood; self.ways_out = ways_out; self.telehealth = telehealth; self.results = results; self.facets = facets
    }

    init(_ r: SearchResults, alternatives: SearchAlternatives, taxonomy: Taxonomy) {
        self.init(
            total: r.total, page: r.query.page, per_page: r.query.perPage, sort: r.sort.rawValue,
            place: r.place.map(PlaceDTO.init),
            understood: UnderstoodDTO(r),
            ways_out: alternatives.waysOut.map(WayOutDTO.init), telehealth: alternatives.telehealth.map(TelehealthDTO.init),
            results: r.items.map { FacilitySummaryDTO($0, taxonomy: taxonomy) },
            facets: Dictionary(uniqueKeysWithValues: taxonomy.facets.filter(\.isFilter).map { facet in
                (facet.slug, taxonomy.terms(in: facet).map { FacetCountDTO(slug: $0.slug, name: $0.name, count: r.count($0)) })
            } + [("open", OpenFilter.allCases.map { FacetCountDTO(slug: $0.rawValue, name: $0.label, count: r.count($0)) })]))
    }

    // `place` is always present, null when there was none.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(total, forKey: .total); try c.encode(page, forKey: .page); try c.encode(per_page, forKey: .per_page)
        try c.encode(sort, forKey: .sort); try c.encode(place, forKey: .place); try c.encode(understood, forKey: .understood)
        try c.encode(ways_out, forKey: .ways_out); try c.encode(telehealth, forKey: .telehealth)
        try c.encode(results, forKey: .results)
        try c.encode(facets, forKey: .facets)
    }
}

struct PlaceDTO: Codable, Equatable, Sendable {
    let label: String
    let latitude: Double
    let longitude: Double
    /// "point" (searched within the radius), "state" or "county" (searched across it).
    let kind: String
    let state: String?
    let note: String?
    /// What distances are measured from ("downtown Elko, NV", "the middle of ZIP code 89801"); null across a state.
    let from: String?
    let alternatives: [PlaceChoiceDTO]

    init(_ p: ResolvedPlace) {
        label = p.label; latitude = p.coordinate.latitude; longitude = p.coordinate.longitude
        switch p.area {
        case .state: kind = "state"
        case .county: kind = "county"
        case nil: kind = "point"
        }
        state = p.state; note = p.note; from = p.from
        alternatives = p.alternatives.map { PlaceChoiceDTO(label: $0.label, near: $0.query) }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label); try c.encode(latitude, forKey: .latitude); try c.encode(longitude, forKey: .longitude)
        try c.encode(kind, forKey: .kind); try c.encode(state, forKey: .state); try c.encode(note, forKey: .note)
        try c.encode(from, forKey: .from); try c.encode(alternatives, forKey: .alternatives)
    }
}

/// A variation of the search that finds places: what changed, how many it finds, and its API address.
struct WayOutDTO: Codable, Equatable, Sendable {
    /// "radius", "without" (a chosen term dropped), "any_name" (the name words dropped) or "without_hours" (an `open`
    /// filter dropped; `term` is its value).
    let kind: String
    let radius: Double?
    let term: String?
    let total: Int
    let url: String

    init(_ w: SearchAlternatives.WayOut) {
        switch w.change {
        case .radius(let miles): (kind, radius, term) = ("radius", miles, nil)
        case .without(let slug): (kind, radius, term) = ("without", nil, slug)
        case .anyName: (kind, radius, term) = ("any_name", nil, nil)
        case .withoutHours(let filter): (kind, radius, term) = ("without_hours", nil, filter.rawValue)
        }
        total = w.total
        url = APIURL.facilities.path + SiteURL.queryString(w.query.parameters(page: 1))
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind); try c.encode(radius, forKey: .radius); try c.encode(term, forKey: .term)
        try c.encode(total, forKey: .total); try c.encode(url, forKey: .url)
    }
}

/// Programs by phone or video in the searched place's state, with the same other filters.
struct TelehealthDTO: Codable, Equatable, Sendable {
    let state: String
    let total: Int
    let url: String

    init(_ t: SearchAlternatives.Telehealth) {
        state = t.state; total = t.total
        url = APIURL.facilities.path + SiteURL.queryString(t.query.parameters(page: 1))
    }
}

/// A place to search instead: its label, and the `near` value that picks exactly it.
struct PlaceChoiceDTO: Codable, Equatable, Sendable {
    let label: String
    let near: String
}

/// What the words in `q` were read as.
struct UnderstoodDTO: Codable, Equatable, Sendable {
    let text: String
    let terms: [String]
    /// The words that named no need, when they were searched in names (null when set aside or none).
    let name: String?
    let unused: [String]
    let narrow: [String]
    let notes: [String]
    /// Terms only staff set (a carrier named in the words): the listings with one come first.
    let prefer: [String]
    /// How many results have one of `prefer`.
    let preferred: Int

    init(_ r: NeedsReading, name: String?, preferred: Int) {
        text = r.text; terms = r.terms; self.name = name; unused = name == nil ? r.unused : []; narrow = r.narrow; notes = r.notes
        prefer = r.prefer; self.preferred = preferred
    }

    /// Words that named no need and no name near the place: set aside, so they are all `unused`.
    init(setAside text: String, _ words: [String]) {
        self.text = text; terms = []; name = nil; unused = words; narrow = []; notes = []; prefer = []; preferred = 0
    }

    /// What a search's words were read as, or nil when there were none or they were searched as a name.
    init?(_ r: SearchResults) {
        if let reading = r.reading {
            self.init(reading, name: r.applied.text, preferred: r.preferredCount)
        } else if !r.setAside.isEmpty, let text = r.query.text {
            self.init(setAside: text, r.setAside)
        } else {
            return nil
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text); try c.encode(terms, forKey: .terms); try c.encode(name, forKey: .name)
        try c.encode(unused, forKey: .unused); try c.encode(narrow, forKey: .narrow); try c.encode(notes, forKey: .notes)
        try c.encode(prefer, forKey: .prefer); try c.encode(preferred, forKey: .preferred)
    }
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
