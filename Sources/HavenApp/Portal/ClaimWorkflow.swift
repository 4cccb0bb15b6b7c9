import Fluent
import Foundation
import HavenCore

/// What a moderator decides about a request to manage a listing.
enum ClaimDecision: String, Sendable, CaseIterable {
    case approve, decline
}

/// Asking to manage a listing, and a moderator's decision: each checks, writes, audits and notifies in one
/// transaction, and says what happened.
struct ClaimWorkflow: Sendable {
    let place: Workplace

    /// `user` asks to manage the claim's facility. With a mail server (`sealer`), a link proving the work e-mail is
    /// mailed (`confirmLink` makes it from its token); the moderators are told a request waits.
    func request(_ claim: ClaimRow, by user: UserRow, facilityName: String, sealer: InquirySealer?,
                 confirmLink: @escaping @Sendable (String) -> String) async throws {
        try await place.run { work in
            try await ClaimStore(work.db).add(claim)
            try await work.audit(.claimRequested, by: user, subject: "facility \(claim.facilityId)", detail: "claim \(claim.id)")
            try await work.mail(AccountMail.claimReceived(to: user, facility: facilityName, portal: work.link(.portal)))
            if let sealer {
                let token = try await EmailConfirmations(work.db).start(.claimWorkEmail, subject: claim.id, email: claim.workEmail, now: work.now)
                try await work.mail(AccountMail.confirmWorkEmail(to: claim.workEmail, facility: facilityName, link: confirmLink(token)), sealer: sealer)
            }
            let accounts = try AccountStore(work.db)
            for moderator in try await accounts.users(role: .moderator) + accounts.users(role: .admin) {
                try await work.mail(AccountMail.claimWaiting(to: moderator, link: work.link(.moderationClaims)))
            }
        }
    }

    enum Decided: Sendable, Equatable {
        case decided
        case notFound
        /// Separation of duties: nobody decides their own request.
        case ownRequest
        /// Two moderators on one request: the second is told, not applied.
        case alreadyDecided(ClaimRow.Status)
    }

    func decide(_ id: UUID, _ decision: ClaimDecision, reason: String, by moderator: UserRow) async throws -> Decided {
        try await place.run { work in
            let claims = try ClaimStore(work.db), accounts = try AccountStore(work.db)
            guard let claim = try await claims.claim(id) else { return .notFound }
            guard claim.userId != moderator.id else { return .ownRequest }
            guard claim.status == .pending else { return .alreadyDecided(claim.status) }
            let approve = decision == .approve
            try await claims.decide(id, approve: approve, reason: reason, by: moderator.id)
            if approve { try await claims.addManager(facility: claim.facilityId, user: claim.userId, claim: id) }
            try await work.audit(approve ? .claimApproved : .claimDeclined, by: moderator, subject: "facility \(claim.facilityId)",
                                 detail: "claim \(id); user \(claim.userId)" + (reason.isEmpty ? "" : "; reason: \(reason)"))
            if let claimant = try await accounts.user(id: claim.userId) {
                let name = try await FacilityRepository(work.db).facility(claim.facilityId)?.listing.name ?? "a facility"
                try await work.mail(AccountMail.claimDecided(to: claimant, facility: name, approved: approve, reason: reason,
                                                                  link: work.link(approve ? .manage(.value(claim.facilityId)) : .facility(.value(claim.facilityId)))))
            }
            return .decided
        }
    }
}
