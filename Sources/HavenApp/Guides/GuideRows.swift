import Foundation
import HavenCore

/// A `guides` row: the guide's address, the revision the public sees and when a medical reviewer last looked at it.
struct GuideRow: Codable, Sendable {
    var id = UUID()
    let slug: String
    var publicRevisionId: UUID?
    var lastReviewedAt: Date?
    var reviewedBy: String = ""
    var reviewerCredentials: String = ""
    var reviewDueAt: Date?
    var publishedAt: Date?
    let createdAt: Date
    var updatedAt: Date

    static let table = "guides"
}

/// A `guide_revisions` row: one version of the text (as `GuideContent` JSON) and what became of it.
struct RevisionRow: Codable, Sendable {
    var id = UUID()
    let guideId: UUID
    let number: Int
    var status: RevisionStatus
    let content: String
    let authorId: UUID?
    /// The editor's e-mail, or "haven" for files the command line loaded.
    let authorEmail: String
    let createdAt: Date
    var submittedAt: Date?
    var reviewerId: UUID?
    var reviewerName: String = ""
    var reviewerCredentials: String = ""
    var reviewedAt: Date?
    var reviewNote: String = ""

    static let table = "guide_revisions"

    var guideContent: GuideContent {
        (try? JSONDecoder().decode(GuideContent.self, from: Data(content.utf8)))
            ?? GuideContent(title: "(unreadable revision)", summary: "", body: "", author: "")
    }

    static func encode(_ content: GuideContent) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(content)) ?? Data(), as: UTF8.self)
    }
}

/// Who approved or returned a revision, as the guide page names them.
struct ReviewerName: Sendable {
    let id: UUID?
    let name: String
    let credentials: String
}
