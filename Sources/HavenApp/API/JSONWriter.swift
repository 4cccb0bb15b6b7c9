import Foundation
import HavenCore

/// A small, fast JSON writer for the hot search endpoint (Foundation's JSONEncoder costs more than the search).
struct JSONWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 16_384) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ s: StaticString) { s.withUTF8Buffer { bytes.append(contentsOf: $0) } }
    mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }

    mutating func string(_ s: String) {
        bytes.append(0x22)
        var plain = true
        for u in s.utf8 where u < 0x20 || u == 0x22 || u == 0x5C { plain = false; break }
        if plain {
            bytes.append(contentsOf: s.utf8)
            bytes.append(0x22)
            return
        }
        for u in s.utf8 {
            switch u {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(u >> 4)], hex[Int(u & 15)]])
            default: bytes.append(u)
            }
        }
        bytes.append(0x22)
    }

    mutating func optionalString(_ s: String?) { if let s { string(s) } else { raw("null") } }
    mutating func int(_ i: Int) { bytes.append(contentsOf: String(i).utf8) }
    mutating func double(_ d: Double?) {
        guard let d, d.isFinite else { raw("null"); return }
        bytes.append(contentsOf: d.description.utf8)
    }
}

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
    mutating func searchResponse(_ r: SearchResults, taxonomy: Taxonomy) {
        let cached = taxonomy.terms.count == TermJSON.fragments.count
        let items = r.items
        bytes.reserveCapacity(16_384 + items.count * 8_192)
        let offsets = TermJSON.offsets
        raw("{\"total\":"); int(r.total)
        raw(",\"page\":"); int(r.query.page)
        raw(",\"per_page\":"); int(r.query.perPage)
        raw(",\"sort\":"); string(r.sort.rawValue)
        raw(",\"place\":")
        if let p = r.place {
            raw("{\"label\":"); string(p.label); raw(",\"latitude\":"); double(p.coordinate.latitude)
            raw(",\"longitude\":"); double(p.coordinate.longitude); raw("}")
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
            raw("],\"url\":"); string(SiteURL.facility(f)); raw("}")
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
        raw("}}")
    }
}
