import Foundation
import HavenCore
import SQLKit

/// `source_records`: what each source said about each facility. Both importers sync it the same way: read what is
/// stored, insert new records, rewrite changed ones, mark the ones a new edition dropped, stamp the rest as seen.
struct StoredSource: Codable, Sendable {
    let facilityId: UUID
    /// A SAMHSA directory's raw value, or `hsds`.
    let directory: String
    /// The file, or for HSDS the package's name.
    let sourceFile: String
    let edition: String
    let line: Int
    let codes: String
    let terms: String
    /// The row(s) as read, as JSON: with the other fields, what decides whether a record must be written again.
    let payload: String
    let present: Bool

    static let columns: [any SQLExpression] = ["facility_id", "directory", "source_file", "edition", "line", "codes", "terms", "payload", "present"]
        .map { SQLIdentifier($0) }
}

/// A new or rewritten record.
struct SourceRecordWrite: Codable, Sendable {
    var id = UUID()
    let facilityId: UUID
    let directory: String
    let sourceFile: String
    let edition: String
    let line: Int
    let codes: String
    let terms: String
    let payload: String
    var present = true
    let firstImportedAt: Date
    let importedAt: Date
}

extension SQLDatabase {
    /// Every stored source record.
    func storedSources() async throws -> [StoredSource] {
        try await select().columns(StoredSource.columns).from(SourceRecordRow.table).all().map { try $0.decodeRow(StoredSource.self) }
    }

    func insertSources(_ rows: [SourceRecordWrite], progress: ProgressHandler) async throws {
        try await insertRows(SourceRecordRow.table, rows, progress: progress)
    }

    /// Rewrites a record whose source changed (the same facility and directory), marking it present.
    func rewriteSource(_ r: SourceRecordWrite) async throws {
        try await update(SourceRecordRow.table)
            .set("source_file", to: r.sourceFile).set("edition", to: r.edition).set("line", to: r.line).set("codes", to: r.codes)
            .set("terms", to: r.terms).set("payload", to: r.payload).set("present", to: true).set("imported_at", to: r.importedAt)
            .where("facility_id", .equal, r.facilityId).where("directory", .equal, r.directory).run()
    }

    /// The record's source is unchanged but moved within its file.
    func moveSource(facility: UUID, directory: String, line: Int) async throws {
        try await update(SourceRecordRow.table).set("line", to: line)
            .where("facility_id", .equal, facility).where("directory", .equal, directory).run()
    }

    /// The latest edition no longer lists the facility: the record stays, marked.
    func markSourceDropped(facility: UUID, directory: String) async throws {
        try await update(SourceRecordRow.table).set("present", to: false)
            .where("facility_id", .equal, facility).where("directory", .equal, directory).run()
    }

    /// Every present record of a source (a directory, or one HSDS package) was seen in this import.
    func stampSources(directory: String, file: String, edition: String, now: Date, onlyFile: Bool) async throws {
        var q = update(SourceRecordRow.table).set("imported_at", to: now).set("edition", to: edition)
        if !onlyFile { q = q.set("source_file", to: file) }
        q = q.where("directory", .equal, directory).where("present", .equal, true)
        if onlyFile { q = q.where("source_file", .equal, file) }
        try await q.run()
    }
}
