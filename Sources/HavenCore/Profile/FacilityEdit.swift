import Foundation

/// A change a person made to a facility (provider or moderator). Edits are stored apart from what the
/// directories say, so a re-import never overwrites them, and a page can tell where each value came from.
public struct FacilityEdit: Sendable, Hashable, Codable {
    public enum Field: String, Sendable, Codable, CaseIterable {
        case name, name2, street1, street2, city, state, zip, phone, intake1, intake2, website
        case addTerm = "add_term"
        case removeTerm = "remove_term"
    }

    public let field: Field
    public let value: String
    public let author: String
    public let createdAt: Date

    public init(field: Field, value: String, author: String, createdAt: Date) {
        self.field = field
        self.value = value
        self.author = author
        self.createdAt = createdAt
    }
}

/// Where a shown value came from.
public enum ValueOrigin: Sendable, Hashable {
    case directory
    case edit(author: String, at: Date)
}

extension FacilityListing {
    /// The listing with edits applied in time order (a later edit of a field wins).
    /// Returns the fields and terms each edit set, so pages can credit them.
    public func applying(_ edits: [FacilityEdit]) -> (listing: FacilityListing, origins: [String: ValueOrigin]) {
        var out = self
        var origins: [String: ValueOrigin] = [:]
        var terms = Set(terms)
        for edit in edits.sorted(by: { $0.createdAt < $1.createdAt }) {
            let origin = ValueOrigin.edit(author: edit.author, at: edit.createdAt)
            switch edit.field {
            case .name: out.name = edit.value
            case .name2: out.name2 = edit.value
            case .street1: out.street1 = edit.value
            case .street2: out.street2 = edit.value
            case .city: out.city = edit.value
            case .state: out.state = edit.value
            case .zip: out.zip = edit.value
            case .phone: out.phone = edit.value
            case .intake1: out.intake1 = edit.value
            case .intake2: out.intake2 = edit.value
            case .website: out.website = edit.value
            case .addTerm: terms.insert(edit.value); origins["term:" + edit.value] = origin; continue
            case .removeTerm: terms.remove(edit.value); origins["term:" + edit.value] = origin; continue
            }
            origins[edit.field.rawValue] = origin
            out.updatedAt = max(out.updatedAt, edit.createdAt)
        }
        out.terms = terms.sorted()
        return (out, origins)
    }
}
