import Fluent
import Foundation
import HavenCore

/// Reported problems and suspensions: each action checks who may, writes, audits, notifies and bumps the data
/// revision in one transaction.
struct ReportWorkflow: Sendable {
    let place: Workplace

    /// Anyone's report: kept, audited, and mailed to the facility's managers.
    func receive(_ report: ReportRow, facilityName: String) async throws {
        try await place.run { work in
            try await ReportStore(work.db).add(report)
            try await work.audit(.reportReceived, by: nil, anonymous: "a visitor", subject: "facility \(report.facilityId)", detail: "report \(report.id): \(report.kind)")
            for email in try await ClaimStore(work.db).managerEmails(of: report.facilityId) {
                try await work.mail(AccountMail.reportReceived(to: email, facility: facilityName, link: work.link(.manage(.value(report.facilityId)))))
            }
        }
    }

    enum Resolved: Sendable, Equatable {
        case resolved(facility: UUID)
        case notFound
        /// Neither a manager of the report's facility nor a moderator.
        case notYours
        /// Separation of duties: a moderator does not close a report they sent (unless it is their own listing's).
        case ownReport
    }

    func resolve(_ id: UUID, note: String, by who: SignedIn) async throws -> Resolved {
        try await place.run { work in
            let store = try ReportStore(work.db)
            guard let report = try await store.report(id) else { return .notFound }
            let manages = try await ClaimStore(work.db).manages(user: who.user.id, facility: report.facilityId)
            guard who.role.includes(.moderator) || manages else { return .notYours }
            guard manages || report.email.isEmpty || report.email.lowercased() != who.user.email.lowercased() else { return .ownReport }
            if report.status == .open {
                try await store.resolve(id, note: note, by: who.user.id)
                try await work.audit(.reportResolved, by: who.user, subject: "facility \(report.facilityId)",
                                     detail: "report \(id)" + (note.isEmpty ? "" : ": \(note)"))
            }
            return .resolved(facility: report.facilityId)
        }
    }

    /// What a moderator does to a listing's place in search.
    enum Suspension: String, Sendable, CaseIterable {
        case suspend
        /// Reinstate.
        case lift
    }

    enum Suspended: Sendable, Equatable {
        case done
        case notFound
        /// A suspension says why on the listing's page: no reason, no suspension.
        case reasonNeeded
    }

    func apply(_ action: Suspension, to facility: UUID, reason: String, by moderator: UserRow) async throws -> Suspended {
        try await place.run { work in
            guard try await FacilityRepository(work.db).facility(facility) != nil else { return .notFound }
            let store = try ReportStore(work.db)
            switch action {
            case .suspend:
                guard !reason.isEmpty else { return .reasonNeeded }
                try await store.suspend(facility, reason: reason, by: moderator.id)
                try await work.audit(.listingSuspended, by: moderator, subject: "facility \(facility)", detail: reason)
            case .lift:
                try await store.lift(facility)
                try await work.audit(.listingReinstated, by: moderator, subject: "facility \(facility)")
            }
            try await DataRevision.bump(work.db)
            return .done
        }
    }
}
