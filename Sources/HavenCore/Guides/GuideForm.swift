import Foundation

/// The editorial form's fields read into a guide's content, or every problem with them, field by field.
public enum GuideForm {
    public static func read(_ field: (String) -> String, knownTerm: (String) -> Bool) -> (content: GuideContent, problems: [GuideProblem]) {
        let (citations, citationProblems) = Citation.parseLines(field("citations"))
        let monthsText = field("review_months").trimmingCharacters(in: .whitespaces)
        let months = monthsText.isEmpty ? 12 : Int(monthsText) ?? 0
        let terms = field("terms").split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        var unique: [String] = []
        for t in terms where !unique.contains(t) { unique.append(t) }
        // The body keeps its own spacing (Markdown cares); only the ends are trimmed. Line ends are \n.
        let body = field("body").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let content = GuideContent(title: field("title").trimmingCharacters(in: .whitespacesAndNewlines),
                                   summary: field("summary").trimmingCharacters(in: .whitespacesAndNewlines),
                                   body: body, author: field("author").trimmingCharacters(in: .whitespacesAndNewlines),
                                   need: field("need").trimmingCharacters(in: .whitespacesAndNewlines),
                                   terms: unique, citations: citations, reviewMonths: months)
        var problems = content.problems(knownTerm: knownTerm)
        if let first = citationProblems.first {
            problems.removeAll { $0.field == "citations" }
            problems.append(first)
        }
        return (content, problems)
    }
}
