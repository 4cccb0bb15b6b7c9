import Fluent
import Foundation
import HavenCore
import SQLKit

/// Guides and their revisions: the editorial workflow's reads and writes.
struct GuideStore {
    let db: any SQLDatabase

    init(_ database: any Database) throws { db = try database.sql }

    func guide(slug: String) async throws -> GuideRow? {
        try await db.select().column("*").from(GuideRow.table).where("slug", .equal, slug).first()?.decodeRow(GuideRow.self)
    }

    func guides() async throws -> [GuideRow] {
        try await db.select().column("*").from(GuideRow.table).orderBy("slug").all().map { try $0.decodeRow(GuideRow.self) }
    }

    /// A guide's revisions, newest first.
    func revisions(of guide: UUID) async throws -> [RevisionRow] {
        try await db.select().column("*").from(RevisionRow.table).where("guide_id", .equal, guide)
            .orderBy("number", .descending).all().map { try $0.decodeRow(RevisionRow.self) }
    }

    func revision(of guide: UUID, number: Int) async throws -> RevisionRow? {
        try await db.select().column("*").from(RevisionRow.table).where("guide_id", .equal, guide).where("number", .equal, number)
            .first()?.decodeRow(RevisionRow.self)
    }

    func revision(id: UUID) async throws -> RevisionRow? {
        try await db.select().column("*").from(RevisionRow.table).where("id", .equal, id).first()?.decodeRow(RevisionRow.self)
    }

    /// The newest revision of a guide.
    func newest(of guide: UUID) async throws -> RevisionRow? {
        try await db.select().column("*").from(RevisionRow.table).where("guide_id", .equal, guide)
            .orderBy("number", .descending).limit(1).first()?.decodeRow(RevisionRow.self)
    }

    /// Every revision of every guide, newest first within each (the editors' list).
    func revisionsByGuide() async throws -> [UUID: [RevisionRow]] {
        let rows = try await db.select().column("*").from(RevisionRow.table).orderBy("number", .descending).all()
        return Dictionary(grouping: try rows.map { try $0.decodeRow(RevisionRow.self) }, by: \.guideId)
    }

    /// Every guide the public can read, with the revision it reads (one query).
    func published() async throws -> [(guide: GuideRow, revision: RevisionRow)] {
        let revisions = try await db.select().column(SQLColumn(SQLLiteral.all, table: SQLIdentifier(RevisionRow.table)))
            .from(RevisionRow.table)
            .join(GuideRow.table, on: SQLColumn("public_revision_id", table: GuideRow.table), .equal, SQLColumn("id", table: RevisionRow.table))
            .all().map { try $0.decodeRow(RevisionRow.self) }
        let byID = Dictionary(uniqueKeysWithValues: revisions.map { ($0.guideId, $0) })
        return try await guides().compactMap { g in byID[g.id].map { (g, $0) } }
    }

    /// What changes whenever a guide or its public revision does: the shelf reloads when it moves.
    func stamp() async throws -> String {
        let row = try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .column(SQLFunction("MAX", args: SQLColumn("updated_at")), as: "latest").from(GuideRow.table).first()
        let n = try row?.decode(column: "n", as: Int.self) ?? 0
        let latest = try row?.decode(column: "latest", as: Date?.self)
        return "\(n) \(latest?.timeIntervalSince1970 ?? 0)"
    }

    func create(slug: String, now: Date = Date()) async throws -> GuideRow {
        let row = GuideRow(slug: slug, createdAt: now, updatedAt: now)
        try await db.insert(into: GuideRow.table).row(row).run()
        return row
    }

    /// Saves a new revision (numbered after the last); older drafts and revisions in review are superseded, so a
    /// reviewer always reviews the newest text.
    @discardableResult
    func addRevision(_ guide: UUID, _ content: GuideContent, status: RevisionStatus, author: (id: UUID?, email: String),
                     now: Date = Date()) async throws -> RevisionRow {
        let last = try await db.select().column(SQLFunction("MAX", args: SQLColumn("number")), as: "n").from(RevisionRow.table)
            .where("guide_id", .equal, guide).first()?.decode(column: "n", as: Int?.self) ?? 0
        try await db.update(RevisionRow.table).set("status", to: RevisionStatus.superseded.rawValue)
            .where("guide_id", .equal, guide)
            .where("status", .in, RevisionStatus.allCases.filter(\.isOpen).map(\.rawValue)).run()
        let row = RevisionRow(guideId: guide, number: last + 1, status: status, content: RevisionRow.encode(content),
                              authorId: author.id, authorEmail: author.email, createdAt: now,
                              submittedAt: status == .inReview ? now : nil)
        try await db.insert(into: RevisionRow.table).row(row).run()
        try await touch(guide, now)
        return row
    }

    func submit(_ revision: UUID, now: Date = Date()) async throws {
        try await db.update(RevisionRow.table).set("status", to: RevisionStatus.inReview.rawValue).set("submitted_at", to: now)
            .where("id", .equal, revision).run()
    }

    /// A medical reviewer approves a revision (on `reviewed`, today unless a file says when): the public reads it
    /// from now on, and its review dates start.
    func approve(_ revision: RevisionRow, by reviewer: ReviewerName, note: String, reviewed: Date? = nil, now: Date = Date()) async throws {
        let date = reviewed ?? now
        try await db.update(RevisionRow.table).set("status", to: RevisionStatus.approved.rawValue)
            .set("reviewer_id", to: reviewer.id).set("reviewer_name", to: reviewer.name)
            .set("reviewer_credentials", to: reviewer.credentials).set("reviewed_at", to: date).set("review_note", to: note)
            .where("id", .equal, revision.id).run()
        try await publish(revision, reviewedBy: reviewer, at: date, now: now)
    }

    /// Makes `revision` the one the public reads; with a reviewer, records the review and when the next is due.
    func publish(_ revision: RevisionRow, reviewedBy reviewer: ReviewerName?, at date: Date, now: Date = Date()) async throws {
        let query = db.update(GuideRow.table).set("public_revision_id", to: revision.id).set("updated_at", to: now)
        if let reviewer {
            query.set("last_reviewed_at", to: date).set("reviewed_by", to: reviewer.name)
                .set("reviewer_credentials", to: reviewer.credentials)
                .set("review_due_at", to: ReviewSchedule.due(after: date, months: revision.guideContent.reviewMonths))
        }
        try await query.where("id", .equal, revision.guideId).run()
        try await db.update(GuideRow.table).set("published_at", to: date).where("id", .equal, revision.guideId)
            .where("published_at", .is, SQLLiteral.null).run()
    }

    func returnToEditor(_ revision: UUID, by reviewer: ReviewerName, note: String, now: Date = Date()) async throws {
        try await db.update(RevisionRow.table).set("status", to: RevisionStatus.returned.rawValue)
            .set("reviewer_id", to: reviewer.id).set("reviewer_name", to: reviewer.name)
            .set("reviewer_credentials", to: reviewer.credentials).set("reviewed_at", to: now).set("review_note", to: note)
            .where("id", .equal, revision).run()
    }

    /// A reviewer read the public text again and found it still right: a new review date, the text unchanged.
    func confirmCurrent(_ guide: GuideRow, months: Int, by reviewer: ReviewerName, now: Date = Date()) async throws {
        try await db.update(GuideRow.table).set("last_reviewed_at", to: now).set("reviewed_by", to: reviewer.name)
            .set("reviewer_credentials", to: reviewer.credentials).set("review_due_at", to: ReviewSchedule.due(after: now, months: months))
            .set("updated_at", to: now).where("id", .equal, guide.id).run()
    }

    private func touch(_ guide: UUID, _ now: Date) async throws {
        try await db.update(GuideRow.table).set("updated_at", to: now).where("id", .equal, guide).run()
    }
}
