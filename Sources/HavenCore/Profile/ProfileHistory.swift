import Foundation

/// A listing's edits as a history: for each, what the field said before and after, in words.
public enum ProfileHistory {
    public struct Entry: Sendable {
        public let edit: FacilityEdit
        public let label: String
        public let before: String
        public let after: String
    }

    public static func entries(base: FacilityListing, edits: [FacilityEdit], taxonomy: Taxonomy = .haven) -> [Entry] {
        var current = base
        var applied: [FacilityEdit] = []
        return edits.sorted { $0.createdAt < $1.createdAt }.map { edit in
            let before = describe(edit.field, edit.value, current, taxonomy)
            applied.append(edit)
            current = base.applying(applied).listing
            let after = describe(edit.field, edit.value, current, taxonomy)
            return Entry(edit: edit, label: label(edit, taxonomy), before: before, after: after)
        }
    }

    public static func label(_ e: FacilityEdit, _ taxonomy: Taxonomy) -> String {
        switch e.field {
        case .addTerm, .removeTerm:
            let t = taxonomy.term(e.value)
            return (t.flatMap { taxonomy.facet($0.facet)?.name } ?? "Services") + ": " + (t?.name ?? e.value)
        case .newPatients: return "New patients"
        case .addressWithheld: return "Street address published"
        case .otherPlans: return "Other plans"
        case .intake1: return "Intake phone"
        case .street1: return "Street address"
        case .street2: return "Street address, line 2"
        case .verified: return "Confirmed as it stands"
        default: return e.field.rawValue.prefix(1).uppercased() + e.field.rawValue.dropFirst()
        }
    }

    static func describe(_ field: FacilityEdit.Field, _ value: String, _ l: FacilityListing, _ taxonomy: Taxonomy) -> String {
        switch field {
        case .name: l.name
        case .name2: l.name2
        case .street1: l.street1
        case .street2: l.street2
        case .city: l.city
        case .state: l.state
        case .zip: l.zip
        case .phone: l.phone
        case .intake1: l.intake1
        case .intake2: l.intake2
        case .website: l.website
        case .addTerm, .removeTerm: l.terms.contains(value) ? "yes" : "no"
        case .description: l.details.description
        case .costs: l.details.costs
        case .licenses: l.details.licenses
        case .otherPlans: l.details.otherPlans
        case .hours: l.details.hours.map { h in h.lines.map { "\($0.day): \($0.hours)" }.joined(separator: "; ") + (h.note.isEmpty ? "" : "; \(h.note)") } ?? ""
        case .newPatients: l.details.newPatients.map { "\($0.summary) (confirmed \(day($0.confirmedAt)))" } ?? ""
        case .addressWithheld: l.details.addressWithheld ? "no" : "yes"
        case .location: l.coordinate.map { String(format: "%.5f, %.5f", $0.latitude, $0.longitude) + (l.precision == .address ? " (exact)" : " (ZIP centre)") } ?? ""
        case .verified: ""
        }
    }

    static func day(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: d)
    }
}
