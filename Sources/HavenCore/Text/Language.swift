import Foundation

/// The languages Haven's pages are written in. A page's language comes from its path (`/es/...` is Spanish), so a
/// link keeps it; `Accept-Language` only picks the language of a first visit to the home page.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case en, es

    /// The language the current page is being made in. Bound around a page's handler (see `RoutesBuilder.get`), so
    /// views, links and the taxonomy's names read it without every model carrying it.
    @TaskLocal public static var current: Language = .en

    /// The path prefix that selects the language ("" for English, the default).
    public var pathPrefix: String { self == .en ? "" : "/" + rawValue }

    /// Its own name, in itself: what the language switch says.
    public var endonym: String { self == .en ? "English" : "Español" }

    /// The English or the Spanish, by the language of the page being made: for the few sentences domain code writes
    /// (a place's notes, where distances are measured from).
    public static func say(_ english: @autoclosure () -> String, _ spanish: @autoclosure () -> String) -> String {
        current == .es ? spanish() : english()
    }

    /// The language a request's path asks for, and the path without its prefix: "/es/search" -> (.es, "/search").
    public static func fromPath(_ path: String) -> (language: Language, rest: String) {
        for language in allCases where language != .en {
            let prefix = language.pathPrefix
            if path == prefix || path == prefix + "/" { return (language, "/") }
            if path.hasPrefix(prefix + "/") { return (language, String(path.dropFirst(prefix.count))) }
        }
        return (.en, path)
    }

    /// The language an `Accept-Language` header prefers among Haven's, by its q-values ("es-MX,es;q=0.9,en;q=0.8"
    /// -> .es); nil when it names neither. Ties go to the one named first.
    public static func preferred(acceptLanguage header: String) -> Language? {
        var best: (language: Language, q: Double, order: Int)?
        for (order, part) in header.split(separator: ",").enumerated() {
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = fields.first?.lowercased(), !tag.isEmpty else { continue }
            var q = 1.0
            for f in fields.dropFirst() where f.hasPrefix("q=") { q = Double(f.dropFirst(2)) ?? 0 }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard q > 0, let language = Language(rawValue: primary) else { continue }
            if best == nil || q > best!.q { best = (language, q, order) }
        }
        return best?.language
    }
}

/// A phrase with a count, in a language's plural forms: English and Spanish both say "one" for 1 and "other" for
/// every other number ("1 place", "0 places"; "1 lugar", "2 lugares"). `#` stands for the number, grouped.
public struct Plural: Sendable, Hashable {
    public let one: String
    public let other: String

    public init(one: String, other: String) {
        self.one = one
        self.other = other
    }

    public func callAsFunction(_ n: Int) -> String {
        (n == 1 ? one : other).replacingOccurrences(of: "#", with: Plural.grouped(n))
    }

    /// 19112 -> "19,112" (both languages' U.S. usage groups with commas).
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = n < 0 ? "-" : ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
