import Foundation

/// A guide as a Markdown file with front matter, as the project ships its own guides (`guides/*.md`) and
/// `haven import guides DIR` reads them:
///
///     ---
///     slug: ketamine-withdrawal
///     title: Ketamine withdrawal: what to expect
///     summary: One or two sentences.
///     author: Haven editorial team
///     need: ketamine
///     terms: detox, individual-therapy
///     review-months: 12
///     reviewer: Jane Doe | MD | 2026-11-30      (optional: only when a licensed reviewer has approved this text)
///     citation: Title | Publisher | Year | https://...
///     citation: ...
///     ---
///     The guide's Markdown.
public struct GuideFile: Sendable, Hashable {
    public var slug: String
    public var content: GuideContent
    /// The licensed professional who approved this text, when the file says so.
    public var reviewer: Reviewer?

    public struct Reviewer: Sendable, Hashable {
        public let name: String
        public let credentials: String
        public let date: Date
    }

    public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "line \(line): \(message)" }
    }

    private static let keys: Set<String> = ["slug", "title", "summary", "author", "need", "terms", "review-months", "reviewer", "citation"]

    public static func parse(_ text: String) throws(ReadError) -> GuideFile {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            throw ReadError(line: 1, message: "a guide file starts with front matter: a line \"---\", then \"key: value\" lines, then \"---\"")
        }
        guard let end = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" }) else {
            throw ReadError(line: lines.count, message: "the front matter has no closing \"---\" line")
        }
        var fields: [String: (value: String, line: Int)] = [:], citations: [Citation] = []
        for n in 1..<end {
            let line = lines[n]
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty, !line.hasPrefix("#") else { continue }
            guard let colon = line.firstIndex(of: ":") else { throw ReadError(line: n + 1, message: "expected \"key: value\"") }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard keys.contains(key) else {
                throw ReadError(line: n + 1, message: "unknown key \"\(key)\" (known: \(keys.sorted().joined(separator: ", ")))")
            }
            if key == "citation" {
                switch Citation.parse(value) {
                case .success(let c): citations.append(c)
                case .failure(let p): throw ReadError(line: n + 1, message: p.message)
                }
            } else {
                guard fields[key] == nil else { throw ReadError(line: n + 1, message: "\"\(key)\" is given twice") }
                fields[key] = (value, n + 1)
            }
        }
        func required(_ key: String) throws(ReadError) -> String {
            guard let v = fields[key]?.value, !v.isEmpty else { throw ReadError(line: end + 1, message: "the front matter needs \"\(key):\"") }
            return v
        }
        let slug = try required("slug")
        guard GuideSlug.isValid(slug) else {
            throw ReadError(line: fields["slug"]!.line, message: "a slug is lower-case letters, digits and hyphens (\"\(slug)\")")
        }
        var months = 12
        if let m = fields["review-months"] {
            guard let v = Int(m.value) else { throw ReadError(line: m.line, message: "review-months is a whole number") }
            months = v
        }
        var reviewer: Reviewer?
        if let r = fields["reviewer"] {
            let parts = r.value.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, let date = Self.day(parts[2]) else {
                throw ReadError(line: r.line, message: "reviewer is: Name | Credentials | YYYY-MM-DD")
            }
            reviewer = Reviewer(name: parts[0], credentials: parts[1], date: date)
        }
        let terms = (fields["terms"]?.value ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let body = lines[(end + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let content = GuideContent(title: try required("title"), summary: try required("summary"), body: body,
                                   author: try required("author"), need: fields["need"]?.value ?? "", terms: terms,
                                   citations: citations, reviewMonths: months)
        return GuideFile(slug: slug, content: content, reviewer: reviewer)
    }

    /// A calendar day (`2026-11-30`) as midnight UTC; nil for a day that does not exist (the query parser rolls
    /// February 30 over to March; a reviewer's date must be a real one).
    public static func day(_ text: String) -> Date? {
        guard text.count == 10, let date = SearchQuery.parseTimestamp(text) else { return nil }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        return cal.component(.day, from: date) == Int(text.suffix(2)) ? date : nil
    }
}
