import Foundation
import Testing
@testable import HavenCore

/// Search must give exactly what a brute-force scan gives: same members, same order, same distances, same counts.
@Suite struct SearchPropertyTests {
    let taxonomy = Taxonomy.haven


    static let words = ["harbor", "new", "leaf", "recovery", "center", "st", "mary", "hope", "house", "valley", "clinic", "north"]

    func randomListings(_ n: Int, _ rng: inout SplitMix64) -> [FacilityListing] {
        let filterTerms = taxonomy.facets.filter(\.isFilter).flatMap { taxonomy.terms(in: $0) }.map(\.slug)
        return (0..<n).map { i in
            var coordinate: Coordinate?
            switch Int.random(in: 0..<20, using: &rng) {
            case 0: coordinate = nil
            case 1: coordinate = Coordinate(latitude: .random(in: -89...89, using: &rng), longitude: .random(in: -180...180, using: &rng))
            case 2: coordinate = Coordinate(latitude: .random(in: 50...72, using: &rng), longitude: Bool.random(using: &rng) ? .random(in: 170...180, using: &rng) : .random(in: -180 ... -160, using: &rng))
            default: coordinate = Coordinate(latitude: .random(in: 25...49, using: &rng), longitude: .random(in: -124 ... -67, using: &rng))
            }
            let name = (0..<Int.random(in: 1...4, using: &rng)).map { _ in Self.words.randomElement(using: &rng)! }.joined(separator: " ")
            let terms = Set((0..<Int.random(in: 0...25, using: &rng)).map { _ in filterTerms.randomElement(using: &rng)! })
            // Every 11th has no published street: with telehealth among its terms it is reached only by phone or video.
            return FacilityListing(id: StableID.uuid(for: "f\(i)"), name: name, street1: i % 11 == 0 ? "" : "\(i) Main St", city: "Town", state: "NY",
                                   zip: "10001", coordinate: coordinate, precision: coordinate == nil ? .none : .address,
                                   terms: terms.sorted(), isListed: i % 37 != 0,
                                   updatedAt: Date(timeIntervalSince1970: Double(Int.random(in: 0..<100, using: &rng)) * 86_400))
        }
    }

    func randomQuery(_ listings: [FacilityListing], _ rng: inout SplitMix64) -> (SearchQuery, Coordinate?) {
        var q = SearchQuery()
        var origin: Coordinate?
        if Int.random(in: 0..<5, using: &rng) > 0 {
            let anchor = listings.randomElement(using: &rng)!.coordinate ?? Coordinate(latitude: 40, longitude: -100)
            origin = Coordinate(latitude: min(89.9, max(-89.9, anchor.latitude + .random(in: -0.5...0.5, using: &rng))),
                                longitude: anchor.longitude)
            q.radiusMiles = [1, 5, 10, 25, 50, 100, 250, 500].randomElement(using: &rng)!
            if Int.random(in: 0..<4, using: &rng) == 0 { q.radiusMiles = .random(in: 1...500, using: &rng) }
        }
        let filterFacets = taxonomy.facets.filter(\.isFilter)
        for _ in 0..<Int.random(in: 0...3, using: &rng) {
            let facet = filterFacets.randomElement(using: &rng)!
            q.filters[facet.slug] = Array(Set((0..<Int.random(in: 1...3, using: &rng)).map { _ in facet.termSlugs.randomElement(using: &rng)! }))
        }
        // Needs read from words (set by the search service): each group required, any of its terms.
        if Int.random(in: 0..<4, using: &rng) == 0 {
            let terms = filterFacets.flatMap(\.termSlugs)
            q.needs = (0..<Int.random(in: 1...2, using: &rng)).map { _ in (0..<Int.random(in: 1...3, using: &rng)).map { _ in terms.randomElement(using: &rng)! } }
        }
        if Int.random(in: 0..<6, using: &rng) == 0 { q.prefer = [filterFacets.flatMap(\.termSlugs).randomElement(using: &rng)!] }
        if Int.random(in: 0..<6, using: &rng) == 0 { q.text = String(Self.words.randomElement(using: &rng)!.prefix(Int.random(in: 1...4, using: &rng))) }
        if Int.random(in: 0..<4, using: &rng) == 0 { q.sort = .name }
        if Int.random(in: 0..<5, using: &rng) == 0 { q.modifiedSince = Date(timeIntervalSince1970: Double(Int.random(in: 0..<100, using: &rng)) * 86_400) }
        q.perPage = [1, 5, 20, 100].randomElement(using: &rng)!
        q.page = Int.random(in: 1...3, using: &rng)
        return (q, origin)
    }

    /// The specification, written as plainly as possible.
    /// `completeness` gives a listing's profile score (the index's own, as `CompletenessTests` checks it): at the same
    /// distance the more complete profile comes first.
    func bruteForce(_ listings: [FacilityListing], _ q: SearchQuery, _ origin: Coordinate?,
                    completeness: (FacilityListing) -> Int = { _ in 0 }) -> (ids: [String], distances: [Double], counts: [String: Int]) {
        let listed = listings.filter(\.isListed)
        let tokens = AddressKey.words(q.text ?? "")
        func nameOK(_ l: FacilityListing) -> Bool {
            let words = AddressKey.words(l.name + " " + l.name2)
            return tokens.allSatisfy { t in words.contains { $0.hasPrefix(t) } }
        }
        func distance(_ l: FacilityListing) -> Double? {
            guard let origin else { return -1 }
            guard let c = l.coordinate else { return nil }
            let d = Geo.miles(origin, c)
            return d <= q.radiusMiles ? (l.isRemoteOnly ? -1 : d) : nil
        }
        func passes(_ l: FacilityListing, except skip: String?) -> Bool {
            q.filters.allSatisfy { facet, chosen in facet == skip || !Set(chosen).isDisjoint(with: l.terms) }
        }
        let base = listed.compactMap { l -> (FacilityListing, Double)? in
            guard nameOK(l), let d = distance(l), q.modifiedSince.map({ l.updatedAt >= $0 }) ?? true,
                  q.needs.allSatisfy({ !Set($0).isDisjoint(with: l.terms) }) else { return nil }
            return (l, d)
        }
        let key = { (l: FacilityListing) in (TextMatch.fold(l.name + " " + l.name2), l.id.uuidString) }
        var hits = base.filter { passes($0.0, except: nil) }
        if origin != nil && q.sort != .name {
            // In person, nearest first; then reached only by phone or video, by name.
            hits.sort { ($0.0.isRemoteOnly ? 1 : 0, $0.1, -completeness($0.0), key($0.0).0, key($0.0).1)
                < ($1.0.isRemoteOnly ? 1 : 0, $1.1, -completeness($1.0), key($1.0).0, key($1.0).1) }
        } else {
            hits.sort { key($0.0) < key($1.0) }
        }
        // A preferred term's listings first, each part in its own order.
        if !q.prefer.isEmpty {
            let has = { (l: FacilityListing) in !Set(q.prefer).isDisjoint(with: l.terms) }
            hits = hits.filter { has($0.0) } + hits.filter { !has($0.0) }
        }
        var counts: [String: Int] = [:]
        for facet in taxonomy.facets where facet.isFilter {
            for (l, _) in base where passes(l, except: facet.slug) {
                for slug in l.terms where facet.termSlugs.contains(slug) { counts[slug, default: 0] += 1 }
            }
        }
        return (hits.map { $0.0.id.uuidString }, hits.map(\.1), counts)
    }

    @Test func matchesBruteForceOnRandomQueries() {
        var rng = SplitMix64(seed: 20261125)
        let listings = randomListings(2_000, &rng)
        let index = SearchIndex(listings: listings, taxonomy: taxonomy)
        for _ in 0..<300 {
            let (q, origin) = randomQuery(listings, &rng)
            let got = index.search(q, origin: origin)
            let want = bruteForce(listings, q, origin, completeness: { Int(index.completeness[index.byID[$0.id]!]) })
            #expect(got.total == want.ids.count, "total for \(q)")
            #expect(got.allIDs == want.ids, "order for \(q)")
            #expect(got.allDistances == want.distances)
            let start = (q.page - 1) * q.perPage
            let pageIDs = got.items.map { $0.listing.id.uuidString }
            #expect(pageIDs == Array(want.ids.dropFirst(start).prefix(q.perPage)))
            for term in taxonomy.facets.filter(\.isFilter).flatMap({ taxonomy.terms(in: $0) }) where got.count(term) != want.counts[term.slug, default: 0] {
                Issue.record("count of \(term.slug): \(got.count(term)) vs \(want.counts[term.slug] ?? -1) for \(q)")
                break
            }
        }
    }

    @Test func emptyIndexAndUnlistedFacilities() {
        let index = SearchIndex(listings: [], taxonomy: taxonomy)
        #expect(index.search(SearchQuery(), origin: Coordinate(latitude: 40, longitude: -74)).total == 0)
        let gone = FacilityListing(id: StableID.uuid(for: "x"), name: "Closed", street1: "", city: "", state: "NY", zip: "10001",
                                   coordinate: Coordinate(latitude: 40, longitude: -74), precision: .address, terms: [], isListed: false)
        #expect(SearchIndex(listings: [gone]).search(SearchQuery(), origin: nil).total == 0)
    }

    @Test func queryParsingNamesTheBadParameter() throws {
        #expect(throws: QueryError.self) { try SearchQuery.parse(["radius": ["0"]]) }
        #expect(throws: QueryError.self) { try SearchQuery.parse(["radius": ["501"]]) }
        #expect(throws: QueryError.self) { try SearchQuery.parse(["per_page": ["101"]]) }
        #expect(SearchIndex(listings: []).search(try SearchQuery.parse(["sort": ["distance"]]), origin: nil).sort == .name, "no place: by name")
        #expect(throws: QueryError.self) { try SearchQuery.parse(["payment": ["medicaid,buprenorphine"]]) }
        #expect(throws: QueryError.self) { try SearchQuery.parse(["payment": [","]]) }
        #expect(try SearchQuery.parse(["payment": [""]]).filters.isEmpty, "an empty choice is no filter")
        let q = try SearchQuery.parse(["near": ["10001"], "payment": ["medicaid,medicare", "medicaid"], "medication": ["buprenorphine"], "radius": ["10"]])
        #expect(q.filters == ["payment": ["medicaid", "medicare"], "medication": ["buprenorphine"]])
        #expect(q.radiusMiles == 10)
        #expect(try SearchQuery.parse(Dictionary(uniqueKeysWithValues: q.parameters().map { ($0.0, [$0.1]) })) == q)
        #expect(throws: QueryError.self) { try SearchQuery.parse(["modified_since": ["yesterday"]]) }
        let synced = try SearchQuery.parse(["modified_since": ["2026-01-31T12:00:00Z"]])
        #expect(synced.modifiedSince == Date(timeIntervalSince1970: 1_769_860_800))
        #expect(try SearchQuery.parse(["modified_since": ["2026-01-31"]]).modifiedSince == Date(timeIntervalSince1970: 1_769_817_600))
        #expect(try SearchQuery.parse(Dictionary(uniqueKeysWithValues: synced.parameters().map { ($0.0, [$0.1]) })) == synced)
        #expect(SearchQuery.parseTimestamp("2026-01-31T14:00+02:00") == Date(timeIntervalSince1970: 1_769_860_800))
        #expect(SearchQuery.parseTimestamp("2026-02-30") == SearchQuery.parseTimestamp("2026-03-02"), "impossible days roll over")
        // Found by the fuzz pass: a final newline matched the pattern's `$` and the reader ran past the end.
        for text in ["2026-01-31\n", "2026-01-31T12:00Z\n", "2026-01-31T12:00:00\n", "2026-01-31T12:00:00.5\n"] {
            #expect(SearchQuery.parseTimestamp(text) == nil, "\(text.debugDescription)")
            #expect(throws: QueryError.self) { try SearchQuery.parse(["modified_since": [text]]) }
        }
        #expect(SearchQuery.parseTimestamp("2026-13-01") == nil)
    }
}
