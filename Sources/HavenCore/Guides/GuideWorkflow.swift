import Foundation

/// Where a revision stands. Editors save drafts and send one for medical review; a medical reviewer approves it
/// (the public sees it from then on) or returns it with a note. Saving a newer revision supersedes an older one
/// that was still a draft or in review: the reviewer always reviews the newest text.
public enum RevisionStatus: String, Sendable, Codable, CaseIterable {
    case draft
    case inReview = "in_review"
    case approved
    case returned
    case superseded

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .inReview: "In medical review"
        case .approved: "Approved"
        case .returned: "Returned to the editor"
        case .superseded: "Superseded by a newer revision"
        }
    }

    /// Whether a newer revision replaces this one in the queue.
    public var isOpen: Bool { self == .draft || self == .inReview || self == .returned }
}

/// A guide's standing as editors see it, from its newest revision, the revision the public sees and its review dates.
public enum GuideStanding: Sendable, Hashable {
    case draft
    case inReview
    /// Public, approved by a medical reviewer, review not yet due.
    case published
    /// Public and past its next review date.
    case reviewDue
    /// Public from the project's files without a licensed reviewer's approval yet (said on the page).
    case awaitingReview

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .inReview: "In medical review"
        case .published: "Published"
        case .reviewDue: "Review due"
        case .awaitingReview: "Published, awaiting medical review"
        }
    }

    /// - Parameters:
    ///   - newest: the newest revision's status.
    ///   - publicRevisionApproved: nil when the public sees no revision; else whether that one was approved by a reviewer.
    ///   - reviewDue: the next review date of the approved text.
    public static func of(newest: RevisionStatus, publicRevisionApproved: Bool?, reviewDue: Date?, now: Date) -> GuideStanding {
        switch publicRevisionApproved {
        case nil: return newest == .inReview ? .inReview : .draft
        case false?: return .awaitingReview
        case true?:
            if let reviewDue, now >= reviewDue { return .reviewDue }
            return .published
        }
    }
}

/// When a guide's medical review falls due, and when readers are told it is overdue.
public enum ReviewSchedule {
    /// Days past the due date before readers see "this guide is past its review date" (editors see it at once).
    public static let readerGraceDays = 30

    public static func due(after reviewed: Date, months: Int) -> Date {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        return cal.date(byAdding: .month, value: months, to: reviewed) ?? reviewed.addingTimeInterval(Double(months) * 30 * 86_400)
    }

    public static func readersToldOverdue(due: Date?, now: Date, graceDays: Int = readerGraceDays) -> Bool {
        guard let due else { return false }
        return now >= due.addingTimeInterval(Double(graceDays) * 86_400)
    }
}
