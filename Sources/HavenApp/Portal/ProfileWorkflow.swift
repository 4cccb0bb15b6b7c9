import Fluent
import Foundation
import HavenCore

/// A managed listing's changes: edits (with the data revision bumped, so every instance's search follows) and a
/// manager leaving, each audited in its own transaction.
struct ProfileWorkflow: Sendable {
    let place: Workplace

    func save(_ edits: [FacilityEdit], to facility: UUID, by user: UserRow) async throws {
        try await place.run { work in
            let repo = try FacilityRepository(work.db)
            for edit in edits { try await repo.addEdit(edit, to: facility, by: user.id) }
            try await DataRevision.bump(work.db, facility: facility)
            try await work.audit(.listingEdited, by: user, subject: "facility \(facility)",
                                 detail: Set(edits.map(\.field.rawValue)).sorted().joined(separator: ", "))
        }
    }

    /// false when `user` does not manage the listing.
    func leave(_ facility: UUID, by user: UserRow) async throws -> Bool {
        try await place.run { work in
            let claims = try ClaimStore(work.db)
            guard try await claims.manages(user: user.id, facility: facility) else { return false }
            try await claims.removeManager(facility: facility, user: user.id)
            try await work.audit(.listingLeft, by: user, subject: "facility \(facility)")
            return true
        }
    }
}
