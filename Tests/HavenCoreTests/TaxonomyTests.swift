import Testing
@testable import HavenCore

@Suite struct TaxonomyTests {
    let taxonomy = Taxonomy.haven

    @Test(.enabled(if: TestData.available), arguments: Directory.allCases)
    func everyCodeInTheSheetIsMappedOrDeliberatelyUnshown(_ dir: Directory) throws {
        let sheet = try TestData.codeSheet(dir)
        let unmapped = sheet.entries.keys.filter { taxonomy.terms(for: SAMHSACode(dir, $0)) == nil }.sorted()
        #expect(unmapped.isEmpty, "codes with no Haven term: \(unmapped)")
    }

    @Test(.enabled(if: TestData.available), arguments: Directory.allCases)
    func everyCrosswalkCodeExistsInItsSheet(_ dir: Directory) throws {
        let sheet = try TestData.codeSheet(dir)
        let stray = taxonomy.knownCodes.filter { $0.directory == dir && sheet.entries[$0.code] == nil }.map(\.code).sorted()
        #expect(stray.isEmpty, "crosswalk names codes the \(dir) sheet does not have: \(stray)")
    }

    @Test func slugsAreUniqueAndURLSafe() {
        let slugs = taxonomy.terms.map(\.slug)
        #expect(Set(slugs).count == slugs.count)
        for slug in slugs { #expect(slug.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(slug)") }
        for facet in taxonomy.facets {
            #expect(facet.slug.allSatisfy { $0.isLowercase || $0 == "_" })
            #expect(!facet.termSlugs.isEmpty)
            #expect(!SearchQuery.baseParameters.contains(facet.slug), "facet slug collides with a search parameter")
        }
    }

    @Test func providerOnlyTermsExistWithoutCodes() throws {
        for slug in ["syringe-services", "fentanyl-test-strips", "aetna", "cigna"] {
            let term = try #require(taxonomy.term(slug))
            #expect(term.codes.isEmpty)
        }
        #expect(taxonomy.term("individual-therapy")?.codes.contains(SAMHSACode(.mentalHealth, "IPT")) == true)
    }

    @Test func sameCodeIsReadPerDirectory() {
        // CBT exists in both sheets; DBT only in the mental-health one.
        #expect(taxonomy.terms(for: SAMHSACode(.substanceUse, "CBT"))?.map(\.slug) == ["cbt"])
        #expect(taxonomy.terms(for: SAMHSACode(.mentalHealth, "DBT"))?.map(\.slug) == ["dbt"])
        #expect(taxonomy.terms(for: SAMHSACode(.substanceUse, "DBT")) == nil)
        #expect(taxonomy.terms(for: SAMHSACode(.substanceUse, "BWN"))?.map(\.slug).contains("buprenorphine") == true)
    }
}
