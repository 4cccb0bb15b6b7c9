import Foundation

/// The in-memory search index: term bitsets, a latitude/longitude grid and folded names.
/// Immutable once built; the app swaps in a new one when the data changes.
public final class SearchIndex: Sendable {
    public let taxonomy: Taxonomy
    /// Only listed facilities (not those dropped from every source).
    public let listings: [FacilityListing]
    let byID: [UUID: Int]
    let words: Int
    /// listings.count * words bits; bit t set when listing has term t.
    let bits: [UInt64]
    /// Listing order by name (rank per listing).
    let nameRank: [Int32]
    /// Folded " word word " names for free-text search.
    let foldedNames: [[UInt8]]
    let grid: GeoGrid
    /// Seconds since 1970 of each listing's last change, for `modified_since`.
    let updated: [Double]
    /// Term indexes of facets shown as filters (facet counts are computed for these).
    let filterTermMask: [UInt64]
    /// Per listing: reached only by phone or video (`FacilityListing.isRemoteOnly`).
    let remoteOnly: [Bool]
    /// Per listing: its state code and 5-digit ZIP, for searches across a state or county.
    let states: [String]
    let zips: [String]

    /// Per listing: its profile's completeness (0-100), used only to order places at the same distance.
    let completeness: [UInt8]
    /// Per listing: 0 when its staff gave no opening times; else its time zone's number in `timeZones` + 1
    /// (`PerListing.zoneUnknown` when neither its ZIP nor its state has one). "Open now" reads only these listings.
    let hoursZone: [UInt8]
    /// Where each place's clock is, for "open now".
    public let timeZones: TimeZoneTable
    /// "city|ST" (normalized city) -> the middle of the town's programs that have a street address (median latitude
    /// and longitude) and how many there are: where people mean by the town, unlike the average of its ZIP centres.
    let townCentres: [String: TownCentre]

    public struct TownCentre: Sendable {
        public let coordinate: Coordinate
        public let programs: Int
    }

    public convenience init(listings all: [FacilityListing], taxonomy: Taxonomy = .haven, timeZones: TimeZoneTable = TimeZoneTable()) {
        let listings = all.filter { $0.isListed && $0.suspensionReason == nil }
        let words = max(1, (taxonomy.terms.count + 63) / 64)
        var bits = [UInt64](repeating: 0, count: listings.count * words)
        for (i, l) in listings.enumerated() { Self.setBits(&bits, i * words, l, taxonomy) }
        let folded = listings.map { TextMatch.fold($0.name + " " + $0.name2) }
        let order = listings.indices.sorted { (folded[$0], listings[$0].id.uuidString) < (folded[$1], listings[$1].id.uuidString) }
        var rank = [Int32](repeating: 0, count: listings.count)
        for (r, i) in order.enumerated() { rank[i] = Int32(r) }
        var filterMask = [UInt64](repeating: 0, count: words)
        for f in taxonomy.facets where f.isFilter {
            for t in taxonomy.terms(in: f) { filterMask[t.index >> 6] |= 1 << UInt64(t.index & 63) }
        }
        self.init(taxonomy: taxonomy, listings: listings, words: words, bits: bits, nameRank: rank,
                  foldedNames: folded.map { Array((" " + $0 + " ").utf8) }, grid: GeoGrid(points: listings.map(\.coordinate)),
                  filterTermMask: filterMask, timeZones: timeZones)
    }

    /// The parts; the arrays kept per listing (`updated`, `remoteOnly`, `states`, `zips`, `completeness`) are read off
    /// `listings` unless given (an in-place update passes copies with one entry changed).
    init(taxonomy: Taxonomy, listings: [FacilityListing], words: Int, bits: [UInt64], nameRank: [Int32], foldedNames: [[UInt8]],
         grid: GeoGrid, filterTermMask: [UInt64], timeZones: TimeZoneTable, byID: [UUID: Int]? = nil,
         perListing: PerListing? = nil, townCentres: [String: TownCentre]? = nil) {
        self.taxonomy = taxonomy
        self.listings = listings
        self.words = words
        self.bits = bits
        self.byID = byID ?? Dictionary(listings.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.nameRank = nameRank
        self.foldedNames = foldedNames
        self.grid = grid
        let per = perListing ?? PerListing(listings, bits: bits, words: words, taxonomy: taxonomy, timeZones: timeZones)
        self.updated = per.updated
        self.remoteOnly = per.remoteOnly
        self.states = per.states
        self.zips = per.zips
        self.completeness = per.completeness
        self.hoursZone = per.hoursZone
        self.timeZones = timeZones
        self.filterTermMask = filterTermMask
        self.townCentres = townCentres ?? Self.townCentres(listings)
    }

    static func townKey(_ city: String, _ state: String) -> String { PlaceResolver.normalize(city) + "|" + state }

    static func townCentres(_ listings: [FacilityListing]) -> [String: TownCentre] {
        var points: [String: [Coordinate]] = [:]
        for l in listings where l.precision == .address && !l.isRemoteOnly {
            guard let c = l.coordinate else { continue }
            points[townKey(l.city, l.state), default: []].append(c)
        }
        func median(_ v: [Double]) -> Double {
            let s = v.sorted()
            return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
        }
        return points.mapValues {
            TownCentre(coordinate: Coordinate(latitude: median($0.map(\.latitude)), longitude: median($0.map(\.longitude))), programs: $0.count)
        }
    }

    /// The middle of a town's programs with street addresses, when it has any.
    public func townCentre(_ city: String, _ state: String) -> TownCentre? { townCentres[Self.townKey(city, state)] }

    /// The same by a key made as `townKey` makes it ("elko|NV").
    public func townCentre(key: String) -> TownCentre? { townCentres[key] }

    /// The small values kept per listing, in listing order.
    struct PerListing {
        var updated: [Double], remoteOnly: [Bool], states: [String], zips: [String], completeness: [UInt8], hoursZone: [UInt8]
        let timeZones: TimeZoneTable
        static let zoneUnknown: UInt8 = 255

        init(updated: [Double], remoteOnly: [Bool], states: [String], zips: [String], completeness: [UInt8], hoursZone: [UInt8],
             timeZones: TimeZoneTable) {
            self.updated = updated; self.remoteOnly = remoteOnly; self.states = states; self.zips = zips; self.completeness = completeness
            self.hoursZone = hoursZone; self.timeZones = timeZones
        }

        static func hoursZone(_ l: FacilityListing, _ timeZones: TimeZoneTable) -> UInt8 {
            guard l.details.hours?.hasTimes == true else { return 0 }
            return timeZones.zone(zip: l.zip, state: l.state).map { $0 + 1 } ?? zoneUnknown
        }

        init(_ listings: [FacilityListing], bits: [UInt64], words: Int, taxonomy: Taxonomy, timeZones: TimeZoneTable) {
            self.timeZones = timeZones
            hoursZone = listings.map { Self.hoursZone($0, timeZones) }
            let masks = CompletenessMasks(taxonomy, words: words)
            let now = Date()
            updated = listings.map { $0.updatedAt.timeIntervalSince1970 }
            remoteOnly = listings.map(\.isRemoteOnly)
            states = listings.map(\.state)
            zips = listings.map { String($0.zip.prefix(5)) }
            completeness = listings.indices.map { masks.score(listings[$0], bits[($0 * words)..<($0 * words + words)], now: now) }
        }

        mutating func set(_ i: Int, _ l: FacilityListing, bits: ArraySlice<UInt64>, masks: CompletenessMasks) {
            updated[i] = l.updatedAt.timeIntervalSince1970
            remoteOnly[i] = l.isRemoteOnly
            states[i] = l.state
            zips[i] = String(l.zip.prefix(5))
            completeness[i] = masks.score(l, bits, now: Date())
            hoursZone[i] = Self.hoursZone(l, timeZones)
        }
    }

    /// Completeness from a listing's term bits: each facet the score asks about as a mask, so no term is looked up
    /// by name (19,000 listings at every build).
    struct CompletenessMasks {
        let facets: [String: [UInt64]]
        let care: [UInt64]

        init(_ taxonomy: Taxonomy, words: Int) {
            func mask(_ slugs: [String]) -> [UInt64] {
                var m = [UInt64](repeating: 0, count: words)
                for slug in slugs { if let t = taxonomy.term(slug) { m[t.index >> 6] |= 1 << UInt64(t.index & 63) } }
                return m
            }
            var facets: [String: [UInt64]] = [:]
            for slug in [FacetSlug.insurance.rawValue, FacetSlug.paymentAssistance.rawValue, FacetSlug.age.rawValue, FacetSlug.accreditation.rawValue] { facets[slug] = mask(taxonomy.facet(slug)?.termSlugs ?? []) }
            self.facets = facets
            care = mask(Completeness.careFacets.flatMap { taxonomy.facet($0)?.termSlugs ?? [] })
        }

        func score(_ l: FacilityListing, _ bits: ArraySlice<UInt64>, now: Date) -> UInt8 {
            func any(_ m: [UInt64]) -> Bool { zip(bits, m).contains { $0 & $1 != 0 } }
            let care = zip(bits, self.care).reduce(0) { $0 + ($1.0 & $1.1).nonzeroBitCount }
            let facts = Completeness.facts(l, now: now, has: { facets[$0].map(any) ?? false }, careTerms: care)
            return UInt8(Completeness.score(facts))
        }
    }

    /// A listing's terms into its bitset at `base`.
    static func setBits(_ bits: inout [UInt64], _ base: Int, _ l: FacilityListing, _ taxonomy: Taxonomy) {
        for slug in l.terms {
            guard let t = taxonomy.term(slug) else { continue }
            bits[base + t.index >> 6] |= 1 << UInt64(t.index & 63)
        }
    }

    public var count: Int { listings.count }

    public func listing(_ id: UUID) -> FacilityListing? { byID[id].map { listings[$0] } }

    /// The term positions of the listing at `i`, in taxonomy order, read from its bitset.
    func termIndexes(at i: Int) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(64)
        for w in 0..<words {
            var x = bits[i * words + w]
            while x != 0 {
                out.append(w << 6 | x.trailingZeroBitCount)
                x &= x - 1
            }
        }
        return out
    }

    /// Runs a query whose place is already resolved: around `origin` within the radius, or across `area`
    /// (a state or county, no distances); see `SearchService` for the whole path.
    public func search(_ query: SearchQuery, origin: Coordinate?, area: PlaceArea? = nil) -> SearchResults {
        // Across a county: inside it, measured from its middle (nearest first), within the radius when one was chosen.
        var countyOrigin: Coordinate?
        if case .county = area { countyOrigin = origin }
        let countyRadius = query.radiusMiles == SearchQuery.defaultRadius ? Double.infinity : query.radiusMiles
        let origin = area == nil ? origin : nil
        let selected = selectedFacets(query)
        let words = self.words
        // Masks laid out flat: facet f's chosen terms at [f*words ..< (f+1)*words]; likewise what it counts.
        // A result that fails only facet F still counts toward F's other terms (OR within a facet).
        // After the facets come the needs read from words: a result must pass each, and failing one counts nowhere.
        var chosen = selected.flatMap(\.chosen)
        if !query.needs.isEmpty { chosen += query.needs.flatMap(mask) }
        let countMasks = selected.flatMap { s in (0..<words).map { s.all[$0] & filterTermMask[$0] } }
        let facetCount = selected.count
        let groupCount = facetCount + query.needs.count
        let tokens = query.text.map(TextMatch.tokens) ?? []
        let since = query.modifiedSince?.timeIntervalSince1970
        var counts = [Int32](repeating: 0, count: taxonomy.terms.count)
        var hits: [SearchHit] = []
        hits.reserveCapacity(256)
        // Hours are one more group, OR within it like a facet: bit 0 open now, bit 1 evenings or weekends.
        var openWanted: UInt8 = 0
        for f in query.open { openWanted |= f == .now ? 1 : 2 }
        var openNow = 0, openEvenings = 0
        var hoursClock = HoursClock(timeZones, at: query.at)

        bits.withUnsafeBufferPointer { bits in
        chosen.withUnsafeBufferPointer { chosen in
        countMasks.withUnsafeBufferPointer { countMasks in
        filterTermMask.withUnsafeBufferPointer { filterMask in
        counts.withUnsafeMutableBufferPointer { counts in
            @inline(__always) func count(_ base: Int, _ mask: UnsafeBufferPointer<UInt64>, _ offset: Int) {
                for w in 0..<words {
                    var x = bits[base + w] & mask[offset + w]
                    while x != 0 {
                        counts[w << 6 | x.trailingZeroBitCount] &+= 1
                        x &= x - 1
                    }
                }
            }
            @inline(__always) func consider(_ i: Int, _ distance: Double) {
                if !tokens.isEmpty && !TextMatch.matches(foldedNames[i], tokens) { return }
                if let since, updated[i] < since { return }
                let zone = hoursZone[i]
                let hours: UInt8 = zone == 0 ? 0 : hoursClock.flags(listings[i].details.hours, zone: zone)
                let passesHours = openWanted == 0 || hours & openWanted != 0
                let base = i * words
                var failed = -1
                for f in 0..<groupCount {
                    var any = false
                    for w in 0..<words where bits[base + w] & chosen[f * words + w] != 0 { any = true; break }
                    if !any {
                        if failed >= 0 || f >= facetCount { return }
                        failed = f
                    }
                }
                if failed < 0 {
                    if hours != 0 { openNow += Int(hours & 1); openEvenings += Int(hours >> 1) }
                    guard passesHours else { return }
                    hits.append(SearchHit(index: Int32(i), distance: distance))
                    count(base, filterMask, 0)
                } else if passesHours {
                    count(base, countMasks, failed * words)
                }
            }
            if let origin {
                grid.within(query.radiusMiles, of: origin) { i, d in consider(i, d) }
            } else if case .state(let code) = area {
                for i in listings.indices where states[i] == code { consider(i, -1) }
            } else if case .county(_, let state, let inCounty) = area {
                for i in listings.indices where states[i] == state && inCounty.contains(zips[i]) {
                    guard let from = countyOrigin, let point = listings[i].coordinate else { consider(i, -1); continue }
                    let d = Geo.miles(from, point)
                    if d <= countyRadius { consider(i, d) }
                }
            } else {
                for i in listings.indices { consider(i, -1) }
            }
        }}}}}

        let measured = origin != nil || countyOrigin != nil
        let sort: SearchSort = measured ? (query.sort ?? .distance) : .name
        // Programs reached only by phone or video have no distance worth showing (their point is a ZIP centre):
        // no distance, and, nearest first, a group of their own after the in-person places, by name.
        if measured {
            for k in hits.indices where remoteOnly[Int(hits[k].index)] { hits[k] = SearchHit(index: hits[k].index, distance: -1) }
        }
        nameRank.withUnsafeBufferPointer { rank in
            if sort == .distance {
                hits.sort { a, b in
                    let ra = remoteOnly[Int(a.index)], rb = remoteOnly[Int(b.index)]
                    if ra != rb { return rb }
                    if a.distance != b.distance { return a.distance < b.distance }
                    // The same distance (places sharing a ZIP centre, or one building): the more complete profile
                    // first, then by name. Completeness never outranks distance or a match.
                    let ca = completeness[Int(a.index)], cb = completeness[Int(b.index)]
                    return ca != cb ? ca > cb : rank[Int(a.index)] < rank[Int(b.index)]
                }
            } else {
                hits.sort { rank[Int($0.index)] < rank[Int($1.index)] }
            }
        }
        // Listings whose staff named a preferred term (the carrier typed) first, each part in its order.
        var preferred = 0
        if !query.prefer.isEmpty {
            let m = mask(query.prefer)
            let (first, rest) = hits.reduce(into: ([SearchHit](), [SearchHit]())) { parts, h in
                let base = Int(h.index) * words
                if (0..<words).contains(where: { bits[base + $0] & m[$0] != 0 }) { parts.0.append(h) } else { parts.1.append(h) }
            }
            preferred = first.count
            if preferred > 0 { hits = first + rest }
        }
        var results = SearchResults(query: query, sort: sort, total: hits.count, hits: hits, termCounts: counts, index: self)
        results.preferredCount = preferred
        results.openCounts = (openNow, openEvenings)
        return results
    }

    /// Whether `listing` is open at `date` by its own clock; nil when its staff gave no times.
    public func openStatus(_ listing: FacilityListing, at date: Date = Date()) -> OpenStatus? {
        guard let hours = listing.details.hours, hours.hasTimes else { return nil }
        if hours.aroundTheClock { return .aroundTheClock }
        return timeZones.clock(zip: listing.zip, state: listing.state, at: date).map(hours.status)
    }

    /// For each facet with a selection: the chosen terms' mask (OR-ed) and the whole facet's mask.
    private func selectedFacets(_ query: SearchQuery) -> [(chosen: [UInt64], all: [UInt64])] {
        var out: [(chosen: [UInt64], all: [UInt64])] = []
        for facet in taxonomy.facets {
            let chosen = query.selected(facet.slug)
            guard !chosen.isEmpty else { continue }
            out.append((mask(chosen), mask(facet.termSlugs)))
        }
        return out
    }

    private func mask(_ slugs: [String]) -> [UInt64] {
        var mask = [UInt64](repeating: 0, count: words)
        for slug in slugs {
            if let t = taxonomy.term(slug) { mask[t.index >> 6] |= 1 << UInt64(t.index & 63) }
        }
        return mask
    }
}

/// Each zone's clock at the moment of a search, read the first time a listing there has hours.
struct HoursClock {
    let timeZones: TimeZoneTable
    let at: Date?
    var clocks: [LocalClock?] = []

    init(_ timeZones: TimeZoneTable, at: Date?) {
        self.timeZones = timeZones
        self.at = at
    }

    /// Bit 0: open at the moment; bit 1: open evenings or weekends.
    mutating func flags(_ hours: OpeningHours?, zone: UInt8) -> UInt8 {
        guard let hours else { return 0 }
        var out: UInt8 = hours.eveningsOrWeekends ? 2 : 0
        if hours.aroundTheClock { return out | 1 }
        guard zone != SearchIndex.PerListing.zoneUnknown else { return out }
        let z = Int(zone) - 1
        if clocks.isEmpty { clocks = Array(repeating: nil, count: timeZones.identifiers.count) }
        let clock = clocks[z] ?? LocalClock(at ?? Date(), in: timeZones.timeZone(UInt8(z)))
        clocks[z] = clock
        if hours.status(at: clock).isOpen { out |= 1 }
        return out
    }
}

/// One matching facility: its position in the index and its distance in miles (-1 with no place).
public struct SearchHit: Sendable, Hashable {
    let index: Int32
    public let distance: Double
}
