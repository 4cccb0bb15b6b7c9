/// What Haven understood from the words a seeker typed in "What do you need help with?".
public struct NeedsReading: Sendable, Hashable {
    public struct Understood: Sendable, Hashable {
        /// The words as matched ("suboxone", "spanish speaking").
        public let phrase: String
        public let terms: [String]
    }

    public let text: String
    public let understood: [Understood]
    /// Typed words that named no need and are not filler ("Harbor" in "Harbor alcohol").
    public let unused: [String]
    /// Terms offered to narrow the results, not yet chosen.
    public let narrow: [String]
    /// Plain statements about what was understood (ketamine has no term of its own; a crisis line).
    public let notes: [String]
    public let guides: [String]
    /// Terms only a facility's staff set (a carrier, a syringe program): listings with one come first.
    public let prefer: [String]

    /// The terms understood, in the order first met, without repeats.
    public var terms: [String] {
        var seen = Set<String>(), out: [String] = []
        for u in understood { for t in u.terms where seen.insert(t).inserted { out.append(t) } }
        return out
    }

    /// Nothing was recognised: the text is searched as (part of) a program's name instead.
    public var isName: Bool { understood.isEmpty }

    /// What the search requires: each phrase's terms (any of them), every phrase (all of them), without repeats.
    /// "ketamine detox" is substance use *and* detox; "mat" is any of the three medications.
    public var groups: [[String]] {
        var out: [[String]] = []
        for u in understood where !u.terms.isEmpty && !out.contains(u.terms) { out.append(u.terms) }
        return out
    }

    /// The words again without the phrases that gave `term`, and the other terms those phrases gave (to be chosen
    /// as filters instead), so that a need read from words can be removed like a filter.
    public func removing(_ term: String) -> (text: String?, keep: [String]) {
        var words: [String] = [], keep: [String] = []
        for u in understood {
            if u.terms.contains(term) { keep += u.terms.filter { $0 != term && !keep.contains($0) } } else { words.append(u.phrase) }
        }
        words += unused
        return (words.isEmpty ? nil : words.joined(separator: " "), keep)
    }
}

/// Reads plain words into terms with `NeedWords`: longest phrases first, filler words skipped.
public enum NeedsReader {
    private static let table: [String: NeedWord] = {
        var t: [String: NeedWord] = [:]
        for entry in NeedWords.every { for p in entry.phrases { t[key(p)] = entry } }
        return t
    }()
    private static let longest = NeedWords.every.flatMap(\.phrases).map { key($0).split(separator: " ").count }.max() ?? 1

    static func key(_ text: String) -> String {
        AddressKey.words(text.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "-", with: " ")).joined(separator: " ")
    }

    public static func read(_ text: String, taxonomy: Taxonomy = .haven) -> NeedsReading {
        let words = key(text).split(separator: " ").map(String.init)
        var understood: [NeedsReading.Understood] = [], unused: [String] = []
        var narrow: [String] = [], notes: [String] = [], guides: [String] = [], prefer: [String] = []
        var i = 0
        while i < words.count {
            var matched = false
            for n in stride(from: min(longest, words.count - i), through: 1, by: -1) {
                let phrase = words[i..<(i + n)].joined(separator: " ")
                guard let entry = table[phrase] else { continue }
                let terms = entry.terms.filter { taxonomy.term($0) != nil }
                understood.append(.init(phrase: phrase, terms: terms))
                for t in entry.narrow where !narrow.contains(t) { narrow.append(t) }
                if let note = entry.note, !notes.contains(note) { notes.append(note) }
                if let g = entry.guide, !guides.contains(g) { guides.append(g) }
                for t in entry.prefer where !prefer.contains(t) && taxonomy.term(t) != nil { prefer.append(t) }
                i += n
                matched = true
                break
            }
            if !matched {
                if !NeedWords.ignored.contains(words[i]) && !NeedWords.spanishIgnored.contains(words[i]) { unused.append(words[i]) }
                i += 1
            }
        }
        let chosen = Set(understood.flatMap(\.terms))
        return NeedsReading(text: text, understood: understood, unused: unused,
                            narrow: narrow.filter { !chosen.contains($0) && taxonomy.term($0) != nil }, notes: notes, guides: guides,
                            prefer: prefer)
    }
}
