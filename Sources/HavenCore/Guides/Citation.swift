import Foundation

/// A source a guide cites: numbered in the order listed, each with what a reader needs to find it.
public struct Citation: Sendable, Hashable, Codable {
    public var title: String
    public var publisher: String
    public var year: Int
    public var url: String

    public init(title: String, publisher: String, year: Int, url: String) {
        self.title = title
        self.publisher = publisher
        self.year = year
        self.url = url
    }

    /// One citation as an editor types it: `Title | Publisher | Year | https://...`.
    public var line: String { "\(title) | \(publisher) | \(year) | \(url)" }

    /// Reads `Title | Publisher | Year | URL`; the problem in words when it is not that.
    public static func parse(_ line: String) -> Result<Citation, GuideProblem> {
        let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 4 else {
            return .failure(GuideProblem("citations", "Write each source as: Title | Publisher | Year | https://address (this one has \(parts.count) part\(parts.count == 1 ? "" : "s")): \(line.prefix(80))"))
        }
        let (title, publisher, yearText, url) = (parts[0], parts[1], parts[2], parts[3])
        guard !title.isEmpty, !publisher.isEmpty else { return .failure(GuideProblem("citations", "Each source needs a title and a publisher: \(line.prefix(80))")) }
        guard let year = Int(yearText), (1800...2100).contains(year) else {
            return .failure(GuideProblem("citations", "The year of a source is four digits (\"\(yearText.prefix(20))\" is not): \(title.prefix(60))"))
        }
        guard isWebAddress(url) else {
            return .failure(GuideProblem("citations", "A source's address starts with https:// or http:// and has no spaces: \(title.prefix(60))"))
        }
        guard title.count <= 300, publisher.count <= 200, url.count <= 500 else {
            return .failure(GuideProblem("citations", "A source's title, publisher or address is too long: \(title.prefix(60))"))
        }
        return .success(Citation(title: title, publisher: publisher, year: year, url: url))
    }

    /// Several lines, one citation each (blank lines skipped): every problem, or the list.
    public static func parseLines(_ text: String) -> (citations: [Citation], problems: [GuideProblem]) {
        var out: [Citation] = [], problems: [GuideProblem] = []
        for line in text.split(whereSeparator: \.isNewline) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            switch parse(String(line)) {
            case .success(let c): out.append(c)
            case .failure(let p): problems.append(p)
            }
        }
        return (out, problems)
    }

    static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && lower.count > 10
            && !text.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\"" || $0 == "<" || $0 == ">" }
    }
}

/// What is wrong with a guide's field, in words an editor can act on.
public struct GuideProblem: Error, Sendable, Hashable {
    public let field: String
    public let message: String

    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }
}
