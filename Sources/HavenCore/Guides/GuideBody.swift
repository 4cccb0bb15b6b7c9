/// A guide's Markdown split into what the renderer handles differently: ordinary Markdown, and "what to expect"
/// timelines written as a fenced block, one stage per line (`When | What happens`), which pages show as a list.
///
///     ```timeline
///     Within about 72 hours | The first symptoms: ...
///     Days 2-4 | Usually the hardest days ...
///     ```
public enum GuideBody {
    public enum Segment: Sendable, Hashable {
        case markdown(String)
        case timeline([Stage])
    }

    public struct Stage: Sendable, Hashable {
        public let when: String
        public let what: String
    }

    public static func segments(_ body: String) -> [Segment] {
        var out: [Segment] = [], markdown: [Substring] = [], stages: [Stage]? = nil
        func flush() {
            if !markdown.isEmpty { out.append(.markdown(markdown.joined(separator: "\n"))) }
            markdown = []
        }
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if stages == nil, trimmed == "```timeline" {
                flush()
                stages = []
            } else if stages != nil, trimmed == "```" {
                out.append(.timeline(stages ?? []))
                stages = nil
            } else if stages != nil {
                guard !trimmed.isEmpty else { continue }
                let parts = trimmed.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                stages?.append(parts.count == 2 ? Stage(when: parts[0], what: parts[1]) : Stage(when: "", what: trimmed))
            } else {
                markdown.append(line.hasSuffix("\r") ? line.dropLast() : line)
            }
        }
        // An unclosed timeline is still a timeline: nothing typed is lost.
        if let stages { out.append(.timeline(stages)) }
        flush()
        return out
    }

    /// The citation numbers the text refers to as `[n]`, in order, without repeats.
    public static func citationReferences(in text: String) -> [Int] {
        var out: [Int] = []
        for piece in references(in: text) {
            if case .reference(let n) = piece, !out.contains(n) { out.append(n) }
        }
        return out
    }

    public enum Piece: Sendable, Hashable {
        case text(String)
        case reference(Int)
    }

    /// Text cut at its `[n]` references (1-999), so a page can link each to its source. `⟦n⟧` (see `marked`)
    /// counts too.
    public static func references(in text: String) -> [Piece] {
        var out: [Piece] = [], current = ""
        var i = text.startIndex
        while i < text.endIndex {
            let open = text[i], close: Character = open == "[" ? "]" : "\u{27E7}"
            if open == "[" || open == "\u{27E6}", let end = text[i...].prefix(5).firstIndex(of: close),
               text.index(after: i) < end, let n = Int(text[text.index(after: i)..<end]), (1...999).contains(n),
               text[text.index(after: i)].isNumber {
                if !current.isEmpty { out.append(.text(current)); current = "" }
                out.append(.reference(n))
                i = text.index(after: end)
            } else {
                current.append(text[i])
                i = text.index(after: i)
            }
        }
        if !current.isEmpty { out.append(.text(current)) }
        return out
    }

    /// The text with each `[n]` written `⟦n⟧`: Markdown renderers read `[1][2]` as a reference link and drop it;
    /// these brackets they leave alone, and the page links them after.
    public static func marked(_ text: String) -> String {
        var out = ""
        for piece in references(in: text) {
            switch piece {
            case .text(let s): out += s
            case .reference(let n): out += "\u{27E6}\(n)\u{27E7}"
            }
        }
        return out
    }
}
