import Foundation
import HavenCore

// In-process search benchmark at national size: builds the index from the real directories (the same
// pure pipeline the importer uses), then times random searches with filters and facet counts.
// Usage: swift run -c release haven-bench [queries]     (HAVEN_DATA_DIR or ../shared/data)

guard let data = SourceFiles.dataDirectory() else {
    FileHandle.standardError.write("no data folder: set HAVEN_DATA_DIR or run beside ../shared/data\n".data(using: .utf8)!)
    exit(2)
}
let queries = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 20_000

func seconds(_ start: DispatchTime) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }

var t = DispatchTime.now()
let sa = try SourceFiles.readDirectory(data.appendingPathComponent(SourceFiles.saWorkbook))
let mh = try SourceFiles.readDirectory(data.appendingPathComponent(SourceFiles.mhWorkbook))
let (locator, sites) = try SourceFiles.readLocator(SourceFiles.locatorFiles.map { data.appendingPathComponent($0) })
let zips = try ZipTableParser.parse(CSVReader.read(contentsOf: data.appendingPathComponent(SourceFiles.zipTable)), file: "zips").zipCodes
var centroids: [String: Coordinate] = [:]
for z in zips { centroids[z.zip] = z.coordinate }
let drafts = FacilityAssembler(locator: locator, zipCentroids: centroids, websites: sites).assemble([sa, mh])
print(String(format: "read and mapped %d facilities in %.2f s", drafts.count, seconds(t)))
let byPrecision = Dictionary(grouping: drafts, by: \.precision).mapValues(\.count)
print("located by street address \(byPrecision[.address] ?? 0), by ZIP center \(byPrecision[.zipCentroid] ?? 0), not at all \(byPrecision[.none] ?? 0)")

t = DispatchTime.now()
let listings = drafts.map {
    FacilityListing(id: $0.id, name: $0.name, name2: $0.name2, street1: $0.street1, city: $0.city, state: $0.state, zip: $0.zip,
                    coordinate: $0.coordinate, precision: $0.precision, terms: $0.terms)
}
let index = SearchIndex(listings: listings)
print(String(format: "built index in %.3f s", seconds(t)))
t = DispatchTime.now()
let places = PlaceResolver(zipCodes: zips)
print(String(format: "built place names in %.3f s", seconds(t)))

// Random queries: a populated ZIP (a facility's), a radius seekers use, 0-3 filter facets, sometimes a name.
var rng = SplitMix64(seed: 42)
let common: [(String, [String])] = [
    ("payment", ["medicaid", "medicare", "private-insurance", "self-pay", "military-insurance"]),
    ("medication", ["buprenorphine", "methadone", "naltrexone"]),
    ("care_type", ["substance-use", "mental-health", "detox"]),
    ("setting", ["outpatient", "residential", "intensive-outpatient"]),
    ("age", ["adults", "children", "young-adults", "seniors"]),
    ("language", ["spanish"]),
    ("payment_assistance", ["sliding-scale"]),
]
var work: [(SearchQuery, Coordinate)] = []
for _ in 0..<queries {
    let zip = drafts.randomElement(using: &rng)!.zip
    guard let origin = places.zip(zip)?.coordinate else { continue }
    var q = SearchQuery(near: zip, radiusMiles: [10, 25, 25, 25, 50].randomElement(using: &rng)!)
    for (facet, terms) in common.shuffled(using: &rng).prefix(Int.random(in: 0...3, using: &rng)) {
        q.filters[facet] = [terms.randomElement(using: &rng)!]
    }
    work.append((q, origin))
}

var times: [Double] = []
times.reserveCapacity(work.count)
var checksum = 0
for (q, origin) in work {
    let start = DispatchTime.now()
    let r = index.search(q, origin: origin)
    let page = r.items
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
    checksum &+= r.total &+ page.count
}
times.sort()
func pct(_ sorted: [Double], _ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
print(String(format: "search (filters + facet counts + first page), %d queries: median %.4f ms, p90 %.4f ms, p99 %.4f ms, max %.3f ms  [checksum %d]",
             times.count, pct(times, 0.5), pct(times, 0.9), pct(times, 0.99), times.last!, checksum))

// The same with place resolution, as the app runs it.
let service = SearchService(index: index, places: places)
t = DispatchTime.now()
for (q, _) in work { _ = try? service.search(q).items }
print(String(format: "with place resolution: mean %.4f ms", seconds(t) * 1000 / Double(work.count)))

// Places and needs as people type them: each kind resolved (and searched, with words) through the service.
let typed: [(kind: String, near: String, q: String?)] = [
    ("ZIP", "10001", nil), ("city, state", "Denver, CO", nil), ("city state", "st. louis mo", nil),
    ("nickname", "NYC", nil), ("nickname", "Philly", nil), ("alias", "Hollywood, CA", nil),
    ("county", "Cook County, IL", nil), ("county", "Los Angeles County", nil), ("state", "Colorado", nil), ("state", "Texas", nil),
    ("address", "350 5th Ave, New York, NY 10118", nil), ("address", "233 S Wacker Dr Chicago IL", nil),
    ("misspelt in a state", "Pittsburg, PA", nil), ("misspelt", "Albequerque", nil), ("misspelt", "Sacremento", nil),
    ("misspelt in a state", "Minneapolus, MN", nil), ("ambiguous", "Springfield", nil),
    ("old abbreviation", "Sacramento, Calif.", nil), ("part of a state", "rural Montana", nil),
    ("tribal nation", "Navajo Nation, AZ", nil), ("partial ZIP", "zip 606", nil),
    ("coordinates", "40.7484,-73.9967", nil), ("swapped", "-73.9967, 40.7484", nil),
    ("words", "Denver, CO", "suboxone"), ("words", "Colorado", "ketamine"), ("words", "NYC", "spanish teen medicaid"),
    ("words", "Cook County, IL", "alcohol detox for my son"), ("words", "10001", "New Hope women"),
]
var byKind: [String: [Double]] = [:]
for _ in 0..<200 {
    for entry in typed {
        var q = SearchQuery(near: entry.near)
        q.text = entry.q
        let start = DispatchTime.now()
        if entry.q == nil {
            _ = try? places.resolve(entry.near)
        } else {
            _ = try? service.search(q).items
        }
        byKind[entry.kind, default: []].append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
    }
}
for kind in byKind.keys.sorted() {
    let t = byKind[kind]!.sorted()
    let what = (kind == "words" ? "search with " : "resolve ") + kind
    print(what.padding(toLength: 26, withPad: " ", startingAt: 0) + String(format: "median %.4f ms, p99 %.4f ms", pct(t, 0.5), pct(t, 0.99)))
}

// A provider's edit: one listing replaced in the index (what every instance does for an edit), against a full
// rebuild (what it did before, and still does after an import).
var editTimes: [String: [Double]] = [:]
var edited = index
for round in 0..<60 {
    var l = edited.listings[Int.random(in: 0..<edited.count, using: &rng)]
    let kind: String
    switch round % 3 {
    case 0: kind = "terms"; l.terms = (l.terms + ["aetna", "accepting-new-patients"]).sorted()
    case 1: kind = "name"; l.name = "Zz renamed \(round) " + l.name
    default: kind = "map point"; l.coordinate = l.coordinate.map { Coordinate(latitude: $0.latitude + 0.001, longitude: $0.longitude) }
    }
    let start = DispatchTime.now()
    guard let next = edited.replacing(l) else { continue }
    editTimes[kind, default: []].append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
    edited = next
}
for kind in editTimes.keys.sorted() {
    let t = editTimes[kind]!.sorted()
    print(("edit in place: " + kind).padding(toLength: 26, withPad: " ", startingAt: 0) + String(format: "median %.2f ms, max %.2f ms", pct(t, 0.5), t.last!))
}
t = DispatchTime.now()
_ = SearchIndex(listings: edited.listings)
print(String(format: "full rebuild for comparison: %.3f s", seconds(t)))
