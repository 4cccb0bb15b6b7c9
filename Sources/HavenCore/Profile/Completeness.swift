import Foundation

/// How complete a listing is for a seeker (0-100), from what people need most to choose and reach a place, with
/// the next steps that raise it. Providers see it on their dashboard; search uses it only to break exact ties
/// after distance (docs/ARCHITECTURE.md).
public struct Completeness: Sendable, Equatable {
    public struct Step: Sendable, Equatable {
        /// A stable name ("new-patients"), for tests and links to the form's section.
        public let id: String
        public let points: Int
        public let done: Bool
        /// What to do, said to the provider ("Confirm whether you take new patients").
        public let advice: String
    }

    /// What the score is made of, read from a listing (or, by the search index, from its term bits).
    public struct Facts: Sendable, Equatable {
        public var phone = false, newPatientsFresh = false, newPatientsGiven = false, hours = false, insurance = false
        public var description = false, careTerms = 0, location = false, costs = false, ages = false, website = false, licenses = false
        public init() {}
    }

    public let steps: [Step]

    public var score: Int { steps.filter(\.done).reduce(0) { $0 + $1.points } }
    /// The steps not done, most valuable first.
    public var nextSteps: [Step] { steps.filter { !$0.done }.sorted { $0.points > $1.points } }

    /// How long a "we take new patients" answer counts as current.
    public static let newPatientsFreshFor: TimeInterval = 90 * 24 * 3600
    /// Facets whose terms count as "the care you offer".
    public static let careFacets = [FacetSlug.setting.rawValue, FacetSlug.therapy.rawValue, FacetSlug.medication.rawValue, FacetSlug.detox.rawValue]

    public init(_ l: FacilityListing, taxonomy: Taxonomy = .haven, now: Date = Date()) {
        let terms = Set(l.terms)
        func has(_ facet: String) -> Bool { taxonomy.facet(facet).map { f in f.termSlugs.contains(where: terms.contains) } ?? false }
        let care = Self.careFacets.reduce(0) { n, facet in n + (taxonomy.facet(facet)?.termSlugs.filter(terms.contains).count ?? 0) }
        self.init(Self.facts(l, now: now, has: has, careTerms: care))
    }

    /// The facts that do not depend on terms, with `has(facet)` and the count of care terms given.
    public static func facts(_ l: FacilityListing, now: Date, has: (String) -> Bool, careTerms: Int) -> Facts {
        let d = l.details
        var f = Facts()
        f.phone = !(l.phone.isEmpty && l.intake1.isEmpty && l.intake2.isEmpty)
        f.newPatientsGiven = d.newPatients != nil
        f.newPatientsFresh = d.newPatients.map { now.timeIntervalSince($0.confirmedAt) < newPatientsFreshFor } ?? false
        f.hours = !(d.hours?.isEmpty ?? true)
        f.insurance = has(FacetSlug.insurance.rawValue) || !d.otherPlans.isEmpty
        f.description = d.description.count >= 40
        f.careTerms = careTerms
        f.location = l.precision == .address || d.addressWithheld
        f.costs = !d.costs.isEmpty || has(FacetSlug.paymentAssistance.rawValue)
        f.ages = has(FacetSlug.age.rawValue)
        f.website = !l.website.isEmpty
        f.licenses = has(FacetSlug.accreditation.rawValue) || !d.licenses.isEmpty
        return f
    }

    public init(_ f: Facts) {
        steps = [
            Step(id: "phone", points: 15, done: f.phone, advice: "Add a phone number people can call"),
            Step(id: "new-patients", points: 15, done: f.newPatientsFresh,
                 advice: f.newPatientsGiven ? "Confirm whether you still take new patients (last said over 90 days ago)" : "Say whether you take new patients"),
            Step(id: "hours", points: 10, done: f.hours, advice: "Add your hours"),
            Step(id: "insurance", points: 10, done: f.insurance, advice: "List the insurance carriers and plans you accept"),
            Step(id: "description", points: 10, done: f.description, advice: "Describe your program in a few sentences"),
            Step(id: "services", points: 10, done: f.careTerms >= 3, advice: "List the care you offer (setting, therapies, medications)"),
            Step(id: "location", points: 10, done: f.location, advice: "Confirm your street address and map point"),
            Step(id: "costs", points: 5, done: f.costs, advice: "Say what care costs, or how you help people pay"),
            Step(id: "ages", points: 5, done: f.ages, advice: "Say which ages you treat"),
            Step(id: "website", points: 5, done: f.website, advice: "Add your website"),
            Step(id: "licenses", points: 5, done: f.licenses, advice: "Add your state license numbers or accreditation"),
        ]
    }

    /// The score alone, without the steps' words (the search index computes it for every listing).
    public static func score(_ f: Facts) -> Int {
        (f.phone ? 15 : 0) + (f.newPatientsFresh ? 15 : 0) + (f.hours ? 10 : 0) + (f.insurance ? 10 : 0) + (f.description ? 10 : 0)
            + (f.careTerms >= 3 ? 10 : 0) + (f.location ? 10 : 0) + (f.costs ? 5 : 0) + (f.ages ? 5 : 0) + (f.website ? 5 : 0) + (f.licenses ? 5 : 0)
    }
}
