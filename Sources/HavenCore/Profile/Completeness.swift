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

    public let steps: [Step]

    public var score: Int { steps.filter(\.done).reduce(0) { $0 + $1.points } }
    /// The steps not done, most valuable first.
    public var nextSteps: [Step] { steps.filter { !$0.done }.sorted { $0.points > $1.points } }

    /// How long a "we take new patients" answer counts as current.
    public static let newPatientsFreshFor: TimeInterval = 90 * 24 * 3600

    public init(_ l: FacilityListing, taxonomy: Taxonomy = .haven, now: Date = Date()) {
        let terms = Set(l.terms)
        func has(_ facet: String) -> Bool { taxonomy.facet(facet).map { f in f.termSlugs.contains(where: terms.contains) } ?? false }
        let care = ["setting", "therapy", "medication", "detox"].reduce(0) { n, facet in
            n + (taxonomy.facet(facet)?.termSlugs.filter(terms.contains).count ?? 0)
        }
        let d = l.details
        let fresh = d.newPatients.map { now.timeIntervalSince($0.confirmedAt) < Self.newPatientsFreshFor } ?? false
        steps = [
            Step(id: "phone", points: 15, done: !(l.phone + l.intake1 + l.intake2).isEmpty,
                 advice: "Add a phone number people can call"),
            Step(id: "new-patients", points: 15, done: fresh,
                 advice: d.newPatients == nil ? "Say whether you take new patients" : "Confirm whether you still take new patients (last said over 90 days ago)"),
            Step(id: "hours", points: 10, done: !(d.hours?.isEmpty ?? true), advice: "Add your hours"),
            Step(id: "insurance", points: 10, done: has("insurance") || !d.otherPlans.isEmpty,
                 advice: "List the insurance carriers and plans you accept"),
            Step(id: "description", points: 10, done: d.description.count >= 40,
                 advice: "Describe your program in a few sentences"),
            Step(id: "services", points: 10, done: care >= 3, advice: "List the care you offer (setting, therapies, medications)"),
            Step(id: "location", points: 10, done: l.precision == .address || d.addressWithheld,
                 advice: "Confirm your street address and map point"),
            Step(id: "costs", points: 5, done: !d.costs.isEmpty || has("payment_assistance"),
                 advice: "Say what care costs, or how you help people pay"),
            Step(id: "ages", points: 5, done: has("age"), advice: "Say which ages you treat"),
            Step(id: "website", points: 5, done: !l.website.isEmpty, advice: "Add your website"),
            Step(id: "licenses", points: 5, done: has("accreditation") || !d.licenses.isEmpty,
                 advice: "Add your state license numbers or accreditation"),
        ]
    }
}
