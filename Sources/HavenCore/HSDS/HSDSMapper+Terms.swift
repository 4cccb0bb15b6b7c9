import Foundation

/// How the mapper reads terms: Haven's own, SAMHSA's codes through the crosswalk, ages and languages;
/// anything else is another taxonomy's term, kept as it came.
extension HSDSMapper {
    enum TermMapping {
        case haven([String])
        case other(OtherTerm)
        /// Haven's own facet rows (parents of its terms): structure, not a term of any facility.
        case structure
    }

    /// A taxonomy term: Haven's own code, a SAMHSA service code ("SA:DT", or a code in a taxonomy named SAMHSA),
    /// or a term of another taxonomy.
    func mapTerm(_ row: Record, taxonomyName: String) -> TermMapping {
        let code = row["code"], name = row["name"]
        let taxonomyName = taxonomyName.isEmpty ? "unnamed" : taxonomyName
        if taxonomyName.caseInsensitiveCompare("Haven") == .orderedSame {
            if taxonomy.term(code) != nil { return .haven([code]) }
            if code.hasPrefix("facet:") { return .structure }
        }
        let parts = code.split(separator: ":", maxSplits: 1).map(String.init)
        var candidates: [SAMHSACode] = []
        if parts.count == 2, let dir = Directory.allCases.first(where: { $0.prefix == parts[0].uppercased() }) {
            candidates = [SAMHSACode(dir, parts[1].uppercased())]
        } else if taxonomyName.uppercased().contains("SAMHSA") {
            candidates = Directory.allCases.map { SAMHSACode($0, code.uppercased()) }
        }
        let slugs = candidates.flatMap { taxonomy.terms(for: $0)?.map(\.slug) ?? [] }
        if !slugs.isEmpty { return .haven(slugs) }
        return .other(OtherTerm(taxonomy: taxonomyName, code: code, name: name))
    }

    struct AgeProblem: Error { let reason: String }

    /// The age groups of SAMHSA's directories (children and teens under 18, young adults 18-25, adults 26-64,
    /// seniors 65 and over) that a service's age range reaches; none when the service gives no range.
    static func ageTerms(minimum: String, maximum: String) -> Result<[String], AgeProblem> {
        guard !minimum.isEmpty || !maximum.isEmpty else { return .success([]) }
        guard let low = minimum.isEmpty ? 0 : Double(minimum), let high = maximum.isEmpty ? .infinity : Double(maximum),
              low >= 0, low <= high else {
            return .failure(AgeProblem(reason: "minimum_age \"\(minimum)\", maximum_age \"\(maximum)\" are not an age range; ages ignored"))
        }
        let groups: [(String, Double, Double)] = [("children", 0, 17.999), ("young-adults", 18, 25.999), ("adults", 26, 64.999), ("seniors", 65, .infinity)]
        return .success(groups.filter { low <= $0.2 && high >= $0.1 }.map(\.0))
    }

    /// Haven's language term for an HSDS language row (ISO code or the term's name), if it has one.
    func languageTerm(code: String, name: String) -> String? {
        let code = code.lowercased()
        if let slug = HSDSExporter.languageCodes.first(where: { $0.value == code })?.key { return slug }
        return taxonomy.terms.first { $0.facet == FacetSlug.language.rawValue && $0.name.caseInsensitiveCompare(name) == .orderedSame }?.slug
    }
}
