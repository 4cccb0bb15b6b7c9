import Fluent
import Foundation
import HavenCore

/// Messages to a facility: kept sealed and counted, with the managers told (once a burst); marked or deleted by a
/// manager, audited. Each in one transaction.
struct InquiryWorkflow: Sendable {
    let place: Workplace

    /// A held message (one of a flood) tells no one: the managers find it in their inbox, marked. Otherwise one
    /// notice for a burst: none when another message arrived in the last ten minutes.
    func receive(_ sealed: InquirySealer.Sealed, id: UUID, facility: UUID, facilityName: String, held: Bool,
                 managers: [String], inboxLink: String) async throws {
        try await place.run { work in
            let store = try InquiryStore(work.db)
            let quiet = held ? false : try await store.received(by: facility, since: work.now.addingTimeInterval(-600)) == 0
            try await store.add(InquiryRow(id: id, facilityId: facility, status: held ? .held : .new, keyId: sealed.keyID, sealed: sealed.box,
                                           createdAt: work.now, updatedAt: work.now))
            try await DailyCounts(work.db).add(1, .inquiry, facility: facility, day: DailyCounts.day(work.now))
            if quiet {
                for email in managers { try await work.mail(AccountMail.inquiryReceived(to: email, facility: facilityName, link: inboxLink)) }
            }
        }
    }

    func delete(_ row: InquiryRow, by user: UserRow) async throws {
        try await place.run { work in
            try await InquiryStore(work.db).delete(row.id)
            try await work.audit(.inquiryDeleted, by: user, subject: "facility \(row.facilityId)", detail: "inquiry \(row.id)")
        }
    }

    func mark(_ row: InquiryRow, _ status: InquiryStatus, by user: UserRow) async throws {
        guard status != row.status else { return }
        try await place.run { work in
            try await InquiryStore(work.db).setStatus(row.id, status)
            try await work.audit(.inquiryStatus, by: user, subject: "facility \(row.facilityId)", detail: "inquiry \(row.id): \(status.rawValue)")
        }
    }
}
