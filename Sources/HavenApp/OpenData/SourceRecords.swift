import Foundation
import HavenCore
import SQLKit

/// A `source_records` row: what one source (a SAMHSA directory, or an HSDS package) said about one facility.
/// Both importers sync the table the same way: read what is stored, insert new records, rewrite changed ones, mark
/// the ones a new edition dropped, stamp the rest as seen. Pages read it as `Provenance`.
struct SourceRecord: Codable, Sendable {
    var id = UUID()
    let facilityId: UUID
    /// A SAMHSA directory's raw value, or `hsds`.
    let directory: String
    /// The file, or for HSDS the package's name.
    let sourceFile: String
    let edition: String
    let line: Int
    let codes: String
    let terms: String
    /// The row(s) as read, as JSON.
    let payload: String
    var present = true
    let firstImportedAt: Date
    let importedAt: Date

    static let table = "source_records"

    /// Whether this record, stored, says what `new` says (the line may move: that is a cheaper update).
    func matches(_ new: SourceRecord) -> Bool {
        present && payload == new.payload && terms == new.terms && codes == new.codes && sourceFile == new.sourceFile
            && edition == new.edition
    }

    var provenance: Provenance {
        Provenance(directory: directory,
                   title: directory == HSDSSource.directory ? "HSDS 3.0 data package" : Directory(rawValue: directory)?.title ?? directory,
                   sourceFile: sourceFile, edition: edition, line: line, present: present, importedAt: importedAt,
                   terms: terms.split(separator: " ").map(String.init))
    }
}

extension SQLDatabase {
    /// Every stored source record.
    func storedSources() async throws -> [SourceRecord] {
        try await select().column("*").from(SourceRecord.table).all().map { try $0.decodeRow(SourceRecord.self) }
    }

    func insertSources(_ rows: [SourceRecord], progress: ProgressHandler) async throws {
        try await insertRows(SourceRecord.table, rows, progress: progress)
    }

    /// Rewrites a record whose source changed (the same facility and directory), marking it present.
    func rewriteSource(_ r: SourceRecord) async throws {
        try await update(SourceRecord.table)
            .set("source_file", to: r.sourceFile).set("edition", to: r.edition).set("line", to: r.line).set("codes", to: r.codes)
            .set("terms", to: r.terms).set("payload", to: r.payload).set("present", to: true).set("imported_at", to: r.importedAt)
            .where("facility_id", .equal, r.facilityId).where("directory", .equal, r.directory).run()
    }

    /// The record's source is unchanged but moved within its file.
    func moveSource(facility: UUID, directory: String, line: Int) async throws {
        try await update(SourceRecord.table).set("line", to: line)
            .where("facility_id", .equal, facility).where("directory", .equal, directory).run()
    }

    /// The latest edition no longer lists the facility: the record stays, marked.
    func markSourceDropped(facility: UUID, directory: String) async throws {
        try await update(SourceRecord.table).set("present", to: false)
            .where("facility_id", .equal, facility).where("directory", .equal, directory).run()
    }

    /// Every present record of a source (a directory, or one HSDS package) was seen in this import.
    func stampSources(directory: String, file: String, edition: String, now: Date, onlyFile: Bool) async throws {
        var q = update(SourceRecord.table).set("imported_at", to: now).set("edition", to: edition)
        if !onlyFile { q = q.set("source_file", to: file) }
        q = q.where("directory", .equal, directory).where("present", .equal, true)
        if onlyFile { q = q.where("source_file", .equal, file) }
        try await q.run()
    }
}
