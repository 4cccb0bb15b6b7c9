import Foundation

/// How results are ordered.
public enum SearchSort: String, Sendable, CaseIterable, Codable {
    case distance, name
}

/// One search, as the results page and the JSON API both take it.
public struct SearchQuery: Sendable, Hashable {
    public static let radiusRange: ClosedRange<Double> = 1...500
    public static let defaultRadius: Double = 25
    public static let maxPerPage = 100
    /// The last page a query may ask for: past it, narrow the search or use the CSV export.
    public static let maxPage = 100_000
    public static let defaultPerPage = 20

    public var near: String?
    public var radiusMiles: Double
    public var text: String?
    /// Facet slug -> selected term slugs. AND across facets, OR within one.
    public var filters: [String: [String]]
    /// nil: by distance when there is a place, else by name.
    public var sort: SearchSort?
    public var page: Int
    public var perPage: Int
    /// Only facilities changed at or after this time (for clients that sync).
    public var modifiedSince: Date?
    /// Needs read from the words in `text` (set by `SearchService`, never a parameter): each group's terms OR-ed,
    /// groups AND-ed with each other and with `filters`, so a chosen filter narrows what the words found.
    public var needs: [[String]] = []
    /// Terms whose listings come first, all else equal (a carrier named in the words).
    public var prefer: [String] = []
    /// Hours filters (`open=now`, `open=evenings-weekends`), OR-ed with each other, AND-ed with the rest.
    public var open: [OpenFilter] = []
    /// The moment "open now" is judged at (nil: when the search runs). Never a parameter; tests set it.
    public var at: Date?
    /// The seeker's short list, carried through the pages' links (`list`; not a search parameter of the API).
    public var list = PlaceList()

    public init(near: String? = nil, radiusMiles: Double = SearchQuery.defaultRadius, text: String? = nil,
                filters: [String: [String]] = [:], sort: SearchSort? = nil, page: Int = 1,
                perPage: Int = SearchQuery.defaultPerPage) {
        self.near = near; self.radiusMiles = radiusMiles; self.text = text; self.filters = filters
        self.sort = sort; self.page = page; self.perPage = perPage
    }

    public func selected(_ facet: String) -> [String] { filters[facet] ?? [] }
}

/// A parameter a seeker or client got wrong, named, with what would be right.
public struct QueryError: Error, Sendable, Equatable {
    public let parameter: String
    public let message: String
    /// The value is not one of the facet's terms: an API answer points to where the terms are listed.
    public let unknownTerm: Bool

    public init(_ parameter: String, _ message: String, unknownTerm: Bool = false) {
        self.parameter = parameter
        self.message = message
        self.unknownTerm = unknownTerm
    }
}

extension SearchQuery {
    /// Parameters every search understands besides one per facet.
    public static let baseParameters: Set<String> = ["near", "radius", "q", "sort", "page", "per_page", "modified_since", "open"]

    /// Reads query parameters (each name may repeat; facet values may also be comma-separated).
    /// Unknown names are the caller's business: the API rejects them, the HTML page ignores them.
    public static func parse(_ params: [String: [String]], taxonomy: Taxonomy = .haven) throws(QueryError) -> SearchQuery {
        func single(_ name: String) throws(QueryError) -> String? {
            let values = (params[name] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard values.count <= 1 else { throw QueryError(name, "give \(name) once, not \(values.count) times") }
            return values.first
        }
        var q = SearchQuery()
        q.near = try single("near")
        q.text = try single("q")
        if let r = try single("radius") {
            // Plain decimals only: Double() also reads "0x10" (16), "1e2" and "nan".
            guard r.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), r.filter({ $0 == "." }).count <= 1,
                  let miles = Double(r), miles.isFinite else { throw QueryError("radius", "radius must be a number of miles, not \"\(r)\"") }
            guard radiusRange.contains(miles) else { throw QueryError("radius", "radius must be between 1 and 500 miles (got \(r))") }
            q.radiusMiles = miles
        }
        if let s = try single("sort") {
            guard let sort = SearchSort(rawValue: s) else { throw QueryError("sort", "sort must be \"distance\" or \"name\", not \"\(s)\"") }
            // Without a place there is no distance: results come by name, and the response's `sort` says so.
            q.sort = sort
        }
        if let p = try single("page") {
            guard let page = Int(p), (1...maxPage).contains(page) else {
                throw QueryError("page", "page must be a whole number from 1 to \(maxPage), not \"\(p)\"")
            }
            q.page = page
        }
        if let p = try single("per_page") {
            guard let n = Int(p), (1...maxPerPage).contains(n) else { throw QueryError("per_page", "per_page must be a whole number from 1 to \(maxPerPage), not \"\(p)\"") }
            q.perPage = n
        }
        if let m = try single("modified_since") {
            guard let date = parseTimestamp(m) else {
                throw QueryError("modified_since", "modified_since must be a date (2026-01-31) or an ISO 8601 time (2026-01-31T12:00:00Z), not \"\(m)\"")
            }
            q.modifiedSince = date
        }
        for value in (params["open"] ?? []).flatMap({ $0.split(separator: ",") }) {
            let v = value.trimmingCharacters(in: .whitespaces)
            guard !v.isEmpty else { continue }
            guard let f = OpenFilter(rawValue: v) else {
                throw QueryError("open", "open must be \"now\" or \"evenings-weekends\", not \"\(v)\"")
            }
            if !q.open.contains(f) { q.open.append(f) }
        }
        q.open.sort { $0.rawValue > $1.rawValue }
        if let values = params["list"] { q.list = try PlaceList.parse(values) }
        for facet in taxonomy.facets {
            guard let raw = params[facet.slug] else { continue }
            var chosen: [String] = []
            // "" means no choice (a form's "any"); inside a list every item must be a term ("a,,b" is an error).
            for value in raw.filter({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }).flatMap({ $0.split(separator: ",", omittingEmptySubsequences: false) }) {
                let slug = value.trimmingCharacters(in: .whitespaces)
                guard !slug.isEmpty else { throw QueryError(facet.slug, "\(facet.slug) has an empty item; separate term slugs with single commas") }
                guard let term = taxonomy.term(slug), term.facet == facet.slug else {
                    throw QueryError(facet.slug, "\"\(slug)\" is not a term of \(facet.slug)", unknownTerm: true)
                }
                if !chosen.contains(slug) { chosen.append(slug) }
            }
            if !chosen.isEmpty { q.filters[facet.slug] = chosen }
        }
        return q
    }

    /// The query as parameters again (for links: pagination, removing a filter), in a stable order.
    public func parameters(page: Int? = nil) -> [(String, String)] {
        var out: [(String, String)] = []
        if let near { out.append(("near", near)) }
        if radiusMiles != Self.defaultRadius { out.append(("radius", Self.format(radiusMiles))) }
        if let text { out.append(("q", text)) }
        for key in filters.keys.sorted() { out.append((key, filters[key]!.joined(separator: ","))) }
        if !open.isEmpty { out.append(("open", open.map(\.rawValue).joined(separator: ","))) }
        if let sort { out.append(("sort", sort.rawValue)) }
        let p = page ?? self.page
        if p != 1 { out.append(("page", String(p))) }
        if perPage != Self.defaultPerPage { out.append(("per_page", String(perPage))) }
        if let modifiedSince { out.append(("modified_since", Self.timestamp(modifiedSince))) }
        // Last, so a page can make "add to my list" links by appending an id.
        if !list.isEmpty { out.append(("list", list.parameter)) }
        return out
    }

    /// What `modified_since` accepts; any text matching it parses (an impossible day such as Feb 30 rolls over).
    public static let timestampPattern =
        "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?$"

    /// "2026-01-31" (midnight UTC) or an ISO 8601 time with a zone ("2026-01-31T12:00:00Z", "...T12:00+02:00",
    /// fractional seconds allowed); nil for anything else.
    public static func parseTimestamp(_ text: String) -> Date? {
        // The whole text: with `.regularExpression`, `$` also matches before a final newline ("2026-01-31\n"
        // matched and then read past the end; found by the fuzz pass).
        guard let match = text.range(of: timestampPattern, options: .regularExpression),
              match == text.startIndex..<text.endIndex, text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let u = Array(text.utf8)
        func num(_ from: Int, _ count: Int) -> Int { u[from..<(from + count)].reduce(0) { $0 * 10 + Int($1 - 48) } }
        var c = DateComponents()
        c.year = num(0, 4); c.month = num(5, 2); c.day = num(8, 2)
        var offset = 0
        if u.count > 10 {
            c.hour = num(11, 2); c.minute = num(14, 2)
            var i = 16
            if i < u.count, u[i] == UInt8(ascii: ":") {
                c.second = num(i + 1, 2)
                i += 3
                if i < u.count, u[i] == UInt8(ascii: ".") {
                    var j = i + 1
                    while j < u.count, u[j] >= 48, u[j] <= 57 { j += 1 }
                    c.nanosecond = Int((Double("0" + String(decoding: u[i..<j], as: UTF8.self)) ?? 0) * 1e9)
                    i = j
                }
            }
            if u[i] != UInt8(ascii: "Z") {
                offset = (num(i + 1, 2) * 3600 + num(i + 4, 2) * 60) * (u[i] == UInt8(ascii: "-") ? -1 : 1)
            }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar.date(from: c).map { $0.addingTimeInterval(TimeInterval(-offset)) }
    }

    public static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: date)
    }

    public static func format(_ miles: Double) -> String {
        miles == miles.rounded() ? String(Int(miles)) : String(miles)
    }
}
