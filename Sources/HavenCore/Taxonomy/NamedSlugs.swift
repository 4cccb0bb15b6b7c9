/// The facets code names by slug (everything else about them is data in the catalog). Each must exist in
/// `Taxonomy.haven`: `NamedSlugsTests` checks, so a slug renamed in the catalog fails a test, not a page.
public enum FacetSlug: String, CaseIterable, Sendable {
    case careType = "care_type"
    case setting, payment, insurance, age, medication, therapy, detox, accreditation, availability, language
    case paymentAssistance = "payment_assistance"
}

/// The terms code names by slug.
public enum TermSlug: String, CaseIterable, Sendable {
    /// Care by phone or video: a listing with it and no street is reached only remotely.
    case telehealth
}
