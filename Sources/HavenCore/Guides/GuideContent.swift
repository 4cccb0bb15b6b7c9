import Foundation

/// What one revision of a guide says: the text, who wrote it, what it cites and what it links to. Editors change it
/// through the editorial form; the project's own guides are files with front matter (`GuideFile`).
public struct GuideContent: Sendable, Hashable, Codable {
    public var title: String
    public var summary: String
    /// Markdown. Rendered with raw HTML refused (see the app's `GuideMarkdown`); ```timeline blocks become a list.
    public var body: String
    public var author: String
    /// Words a seeker would type for the guide's subject ("ketamine"): the needs table reads them into the terms
    /// the guide's "find treatment" search opens with, and a search for them links back here.
    public var need: String
    /// Taxonomy terms the guide is about: related guides on results and facility pages; its search's filters.
    public var terms: [String]
    public var citations: [Citation]
    /// How often a medical reviewer should look at it again.
    public var reviewMonths: Int

    public init(title: String, summary: String, body: String, author: String, need: String = "", terms: [String] = [],
                citations: [Citation] = [], reviewMonths: Int = 12) {
        self.title = title
        self.summary = summary
        self.body = body
        self.author = author
        self.need = need
        self.terms = terms
        self.citations = citations
        self.reviewMonths = reviewMonths
    }

    public static let titleLimit = 120, summaryLimit = 320, bodyLimit = 60_000, authorLimit = 120, needLimit = 60

    /// Every problem, field by field, in the order the form shows them. `knownTerm` says whether a slug is a term.
    public func problems(knownTerm: (String) -> Bool) -> [GuideProblem] {
        var out: [GuideProblem] = []
        func check(_ field: String, _ value: String, _ limit: Int, required: Bool, _ what: String, oneLine: Bool = true) {
            if required && value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { out.append(GuideProblem(field, "Enter \(what).")) }
            else if oneLine ? !TypedText.isOneLine(value) : !TypedText.isBlock(value) {
                out.append(GuideProblem(field, oneLine ? TypedText.oneLineMessage(what) : "Write \(what) as plain text, without special characters."))
            }
            else if value.count > limit { out.append(GuideProblem(field, "Keep \(what) under \(limit) characters (it has \(value.count)).")) }
        }
        check("title", title, Self.titleLimit, required: true, "a title")
        check("summary", summary, Self.summaryLimit, required: true, "a summary", oneLine: false)
        check("body", body, Self.bodyLimit, required: true, "the guide's text", oneLine: false)
        check("author", author, Self.authorLimit, required: true, "the author's name")
        check("need", need, Self.needLimit, required: false, "the search words")
        let unknown = terms.filter { !knownTerm($0) }
        if !unknown.isEmpty { out.append(GuideProblem("terms", "Not Haven terms: \(unknown.joined(separator: ", ")). Use the slugs from /api/v1/taxonomy.")) }
        if terms.count > 12 { out.append(GuideProblem("terms", "Name at most 12 terms.")) }
        if citations.isEmpty { out.append(GuideProblem("citations", "Cite at least one source: a medical guide says where its facts come from.")) }
        if citations.count > 60 { out.append(GuideProblem("citations", "Cite at most 60 sources.")) }
        let refs = GuideBody.citationReferences(in: body)
        if let missing = refs.first(where: { $0 > citations.count }) {
            out.append(GuideProblem("body", "The text cites [\(missing)] but only \(citations.count) source\(citations.count == 1 ? " is" : "s are") listed."))
        }
        if !(1...60).contains(reviewMonths) { out.append(GuideProblem("review_months", "Review every 1 to 60 months.")) }
        return out
    }

    /// The guide as lines, for comparing two revisions: fields first, then the text, then the sources.
    public var comparableLines: [String] {
        ["Title: \(title)", "Summary: \(summary)", "Author: \(author)", "Search words: \(need)",
         "Terms: \(terms.joined(separator: ", "))", "Review every \(reviewMonths) months", ""]
            + body.components(separatedBy: "\n")
            + [""] + citations.enumerated().map { "[\($0.offset + 1)] \($0.element.line)" }
    }
}

/// A URL-safe name for a guide: lower-case letters, digits and single hyphens.
public enum GuideSlug {
    public static func isValid(_ slug: String) -> Bool {
        (2...80).contains(slug.count) && !slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--")
            && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A slug made from a title ("Ketamine withdrawal: what to expect" -> "ketamine-withdrawal-what-to-expect").
    public static func from(_ title: String) -> String {
        var out = "", dash = false
        for s in title.lowercased().folding(options: .diacriticInsensitive, locale: nil).unicodeScalars {
            if ("a"..."z").contains(s) || ("0"..."9").contains(s) {
                if dash && !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(s)
                dash = false
            } else { dash = true }
            if out.count >= 60 { break }
        }
        return out
    }
}
