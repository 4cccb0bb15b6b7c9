/// Which of SAMHSA's two national directories a code sheet or a row belongs to.
/// The same code can mean different things in the two sheets, so every code is read with its directory.
public enum Directory: String, Sendable, Codable, CaseIterable, Hashable {
    case substanceUse = "substance-use"
    case mentalHealth = "mental-health"

    /// The short prefix used in crosswalk notation ("SA:BU", "MH:DBT").
    public var prefix: String { self == .substanceUse ? "SA" : "MH" }

    public var title: String {
        switch self {
        case .substanceUse: "National Directory of Drug and Alcohol Use Treatment Facilities"
        case .mentalHealth: "National Directory of Mental Health Treatment Facilities"
        }
    }
}

/// One SAMHSA service code as read in one directory's code sheet.
public struct SAMHSACode: Sendable, Hashable, Codable, Comparable {
    public let directory: Directory
    public let code: String

    public init(_ directory: Directory, _ code: String) {
        self.directory = directory
        self.code = code
    }

    public static func < (a: SAMHSACode, b: SAMHSACode) -> Bool {
        (a.directory.rawValue, a.code) < (b.directory.rawValue, b.code)
    }
}

/// A seeker-facing term: a stable slug, a plain-language name and the SAMHSA codes it comes from.
/// Terms with no codes exist for providers to set (no public file carries them).
public struct Term: Sendable, Hashable, Identifiable {
    public let slug: String
    /// The name in English (data files, the API, exports) and in Spanish (`/es/` pages).
    public let englishName: String
    public let spanishName: String
    public let facet: String
    public let codes: [SAMHSACode]
    /// Position in `Taxonomy.terms`; the search index keys bitsets by it.
    public let index: Int

    public var id: String { slug }

    /// The name in the language of the page being made.
    public var name: String { name(Language.current) }

    /// The name in `language` (a page with many names reads the language once).
    public func name(_ language: Language) -> String { language == .es ? spanishName : englishName }
}

/// A group of terms a seeker filters by (payment, setting...). Its slug is also the API parameter name.
public struct Facet: Sendable, Hashable, Identifiable {
    public let slug: String
    public let englishName: String
    public let englishSummary: String
    public let spanishName: String
    public let spanishSummary: String
    /// Facets shown as filters on the results page; the rest are shown only on facility pages.
    public let isFilter: Bool
    public let termSlugs: [String]
    /// Position in `Taxonomy.facets`.
    public let position: Int

    public var id: String { slug }

    /// The name and summary in the language of the page being made.
    public var name: String { Language.current == .es ? spanishName : englishName }
    public var summary: String { Language.current == .es ? spanishSummary : englishSummary }
}

/// Haven's vocabulary: facets of terms, with the crosswalk from both SAMHSA code sheets.
public struct Taxonomy: Sendable {
    public let facets: [Facet]
    public let terms: [Term]
    /// SAMHSA codes deliberately not shown, with the reason (prescriber contracts, negative statements).
    public let unshownCodes: [SAMHSACode: String]
    private let termBySlug: [String: Int]
    private let facetBySlug: [String: Int]
    private let termsByCode: [SAMHSACode: [Int]]
    private let termsByFacet: [[Term]]

    public init(facets specs: [FacetSpec], unshown: [SAMHSACode: String]) {
        var facets: [Facet] = []
        var terms: [Term] = []
        for spec in specs {
            for t in spec.terms {
                terms.append(Term(slug: t.slug, englishName: t.name, spanishName: Self.spanishTerms[t.slug] ?? t.name, facet: spec.slug,
                                  codes: t.codes, index: terms.count))
            }
            let spanish = Self.spanishFacets[spec.slug] ?? (spec.name, spec.summary)
            facets.append(Facet(slug: spec.slug, englishName: spec.name, englishSummary: spec.summary,
                                spanishName: spanish.0, spanishSummary: spanish.1,
                                isFilter: spec.isFilter, termSlugs: spec.terms.map(\.slug), position: facets.count))
        }
        self.facets = facets
        self.terms = terms
        self.unshownCodes = unshown
        self.termBySlug = Dictionary(terms.map { ($0.slug, $0.index) }, uniquingKeysWith: { a, _ in
            preconditionFailure("duplicate term slug \(terms[a].slug)")
        })
        self.facetBySlug = Dictionary(uniqueKeysWithValues: facets.enumerated().map { ($1.slug, $0) })
        self.termsByFacet = facets.map { f in terms.filter { $0.facet == f.slug } }
        var byCode: [SAMHSACode: [Int]] = [:]
        for term in terms { for code in term.codes { byCode[code, default: []].append(term.index) } }
        self.termsByCode = byCode
    }

    public func term(_ slug: String) -> Term? { termBySlug[slug].map { terms[$0] } }
    public func facet(_ slug: String) -> Facet? { facetBySlug[slug].map { facets[$0] } }
    public func terms(in facet: Facet) -> [Term] { termsByFacet[facet.position] }

    /// The terms a code maps to, or nil when the code is not in the crosswalk at all.
    public func terms(for code: SAMHSACode) -> [Term]? {
        if let idx = termsByCode[code] { return idx.map { terms[$0] } }
        return unshownCodes[code] != nil ? [] : nil
    }

    /// Every code the crosswalk knows, mapped or deliberately unshown.
    public var knownCodes: Set<SAMHSACode> { Set(termsByCode.keys).union(unshownCodes.keys) }
}

/// Builder types for the catalog: a facet and its terms as written in `Taxonomy+Catalog`.
public struct FacetSpec: Sendable {
    public let slug: String, name: String, summary: String, isFilter: Bool
    public let terms: [TermSpec]
}

public struct TermSpec: Sendable {
    public let slug: String, name: String
    public let codes: [SAMHSACode]
}

/// `t("buprenorphine", "Buprenorphine", sa: "BU BWN", mh: "...")`; `both:` lists codes present in both sheets.
func t(_ slug: String, _ name: String, sa: String = "", mh: String = "", both: String = "") -> TermSpec {
    func split(_ s: String) -> [String] { s.split(separator: " ").map(String.init) }
    let codes = (split(sa) + split(both)).map { SAMHSACode(.substanceUse, $0) }
        + (split(mh) + split(both)).map { SAMHSACode(.mentalHealth, $0) }
    return TermSpec(slug: slug, name: name, codes: codes)
}

func group(_ slug: String, _ name: String, _ summary: String, filter: Bool = true, _ terms: [TermSpec]) -> FacetSpec {
    FacetSpec(slug: slug, name: name, summary: summary, isFilter: filter, terms: terms)
}
