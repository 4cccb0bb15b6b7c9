import Foundation
import HavenCore

/// Term objects pre-rendered once, in one flat buffer: a results page repeats them hundreds of times.
enum TermJSON {
    static let fragments: [[UInt8]] = Taxonomy.haven.terms.map { t in
        var w = JSONWriter(capacity: 128)
        w.raw("{\"facet\":"); w.string(t.facet); w.raw(",\"name\":"); w.string(t.name); w.raw(",\"slug\":"); w.string(t.slug); w.raw("}")
        return w.bytes
    }
    static let flat: [UInt8] = fragments.flatMap { $0 }
    static let offsets: [Int] = fragments.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    /// `{"slug":...,"name":...,"count":` for each term; the count and `}` follow.
    static let countPrefixes: [[UInt8]] = Taxonomy.haven.terms.map { t in
        var w = JSONWriter(capacity: 128)
        w.raw("{\"slug\":"); w.string(t.slug); w.raw(",\"name\":"); w.string(t.name); w.raw(",\"count\":")
        return w.bytes
    }
}

extension JSONWriter {
    /// The body of `GET /api/v1/facilities`; the shape is `SearchResponse` in the OpenAPI document.
    mutating func searchResponse(_ r: SearchResults, alternatives: SearchAlternatives, taxonomy: Taxonomy) {
        let cached = taxonomy.terms.count == TermJSON.fragments.count
        let items = r.items
        bytes.reserveCapacity(16_384 + items.count * 8_192)
        let offsets = TermJSON.offsets
        raw("{\"total\":"); int(r.total)
        raw(",\"page\":"); int(r.query.page)
        raw(",\"per_page\":"); int(r.query.perPage)
        raw(",\"sort\":"); string(r.sort.rawValue)
        raw(",\"place\":")
        if let p = r.place { place(PlaceDTO(p)) } else { raw("null") }
        raw(",\"understood\":")
        if let u = UnderstoodDTO(r) { understood(u) } else { raw("null") }
        raw(",\"ways_out\":[")
        for (i, w) in alternatives.waysOut.map(WayOutDTO.init).enumerated() {
            if i > 0 { raw(",") }
            raw("{\"kind\":"); string(w.kind); raw(",\"radius\":"); double(w.radius); raw(",\"term\":"); optionalString(w.term)
            raw(",\"total\":"); int(w.total); raw(",\"url\":"); string(w.url); raw("}")
        }
        raw("],\"telehealth\":")
        if let t = alternatives.telehealth.map(TelehealthDTO.init) {
            raw("{\"state\":"); string(t.state); raw(",\"total\":"); int(t.total); raw(",\"url\":"); string(t.url); raw("}")
        } else { raw("null") }
        raw(",\"results\":[")
        for (i, item) in items.enumerated() {
            if i > 0 { raw(",") }
            let f = item.listing
            raw("{\"id\":"); string(f.idString)
            raw(",\"name\":"); string(f.name)
            raw(",\"address\":{\"street1\":"); string(f.street1); raw(",\"street2\":"); string(f.street2)
            raw(",\"city\":"); string(f.city); raw(",\"state\":"); string(f.state); raw(",\"zip\":"); string(f.zip); raw("}")
            raw(",\"phone\":"); optionalString(f.phone.isEmpty ? nil : f.phone)
            raw(",\"latitude\":"); double(f.coordinate?.latitude)
            raw(",\"longitude\":"); double(f.coordinate?.longitude)
            raw(",\"precision\":"); string(f.precision.rawValue)
            raw(",\"distance_miles\":"); double(item.distanceMiles.map { ($0 * 100).rounded() / 100 })
            raw(f.isRemoteOnly ? ",\"remote_only\":true" : ",\"remote_only\":false")
            raw(",\"terms\":[")
            if cached {
                TermJSON.flat.withUnsafeBufferPointer { flat in
                    for (j, t) in item.termIndexes.enumerated() {
                        if j > 0 { bytes.append(0x2C) }
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: flat[offsets[t]..<offsets[t + 1]]))
                    }
                }
            } else {
                for (j, t) in item.termIndexes.enumerated() {
                    if j > 0 { raw(",") }
                    let term = taxonomy.terms[t]
                    raw("{\"facet\":"); string(term.facet); raw(",\"name\":"); string(term.name); raw(",\"slug\":"); string(term.slug); raw("}")
                }
            }
            raw("],\"url\":"); string(SiteURL.facility(f).value); raw("}")
        }
        raw("],\"facets\":{")
        var firstFacet = true
        for facet in taxonomy.facets where facet.isFilter {
            if !firstFacet { raw(",") }
            firstFacet = false
            string(facet.slug); raw(":[")
            for (j, t) in taxonomy.terms(in: facet).enumerated() {
                if j > 0 { raw(",") }
                if cached { raw(TermJSON.countPrefixes[t.index]) } else {
                    raw("{\"slug\":"); string(t.slug); raw(",\"name\":"); string(t.name); raw(",\"count\":")
                }
                int(r.count(t)); raw("}")
            }
            raw("]")
        }
        // The hours filters, counted as a facet is (the `open` parameter).
        raw(",\"open\":[")
        for (j, f) in OpenFilter.allCases.enumerated() {
            if j > 0 { raw(",") }
            raw("{\"slug\":"); string(f.rawValue); raw(",\"name\":"); string(f.label); raw(",\"count\":"); int(r.count(f)); raw("}")
        }
        raw("]}}")
    }

    mutating func place(_ p: PlaceDTO) {
        raw("{\"label\":"); string(p.label); raw(",\"latitude\":"); double(p.latitude)
        raw(",\"longitude\":"); double(p.longitude); raw(",\"kind\":"); string(p.kind)
        raw(",\"state\":"); optionalString(p.state); raw(",\"note\":"); optionalString(p.note)
        raw(",\"from\":"); optionalString(p.from)
        raw(",\"alternatives\":[")
        for (i, a) in p.alternatives.enumerated() {
            if i > 0 { raw(",") }
            raw("{\"label\":"); string(a.label); raw(",\"near\":"); string(a.near); raw("}")
        }
        raw("]}")
    }

    mutating func understood(_ u: UnderstoodDTO) {
        func strings(_ list: [String]) {
            raw("[")
            for (i, s) in list.enumerated() { if i > 0 { raw(",") }; string(s) }
            raw("]")
        }
        raw("{\"text\":"); string(u.text); raw(",\"terms\":"); strings(u.terms); raw(",\"name\":"); optionalString(u.name)
        raw(",\"unused\":"); strings(u.unused); raw(",\"narrow\":"); strings(u.narrow); raw(",\"notes\":"); strings(u.notes)
        raw(",\"prefer\":"); strings(u.prefer); raw(",\"preferred\":"); int(u.preferred); raw("}")
    }
}
