import Testing
@testable import HavenCore

/// Every facet and term that code names by slug is in the catalog.
@Suite struct NamedSlugsTests {
    @Test func everyNamedSlugIsInTheTaxonomy() {
        for f in FacetSlug.allCases { #expect(Taxonomy.haven.facet(f.rawValue) != nil, "\(f.rawValue)") }
        for t in TermSlug.allCases { #expect(Taxonomy.haven.term(t.rawValue) != nil, "\(t.rawValue)") }
    }
}
