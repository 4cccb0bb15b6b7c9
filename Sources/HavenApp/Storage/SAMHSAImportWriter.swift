import Foundation
import Fluent
import HavenCore
import SQLKit

/// Writes merged, geocoded facilities into the database in one transaction: creates, updates in place,
/// marks facilities no longer listed, and never touches `facility_edits`.
struct SAMHSAImportWriter {
    let editions: [DirectoryEdition]
    let drafts: [FacilityDraft]
    var progress: ProgressHandler = { _, _, _ in }

    private struct SourceState { var payload: String; var terms: [String]; var present: Bool; var line: Int }

    func write(to database: any Database, now: Date = Date()) async throws -> ImportSummary {
        try await database.transaction { tx in
            try await write(tx as! any SQLDatabase, now: now, fluent: tx)
        }
    }

    private func write(_ db: any SQLDatabase, now: Date, fluent: any Database) async throws -> ImportSummary {
        var summary = ImportSummary()
        var fileSummaries = Dictionary(uniqueKeysWithValues: editions.map { e in
            var s = FileSummary(file: e.file, edition: e.edition)
            s.read = e.rowsRead; s.rejected = e.rejected; s.warnings = e.warnings
            return (e.directory, s)
        })
        let imported = Set(editions.map(\.directory))

        // What the database holds now.
        var existing: [UUID: (signature: String, status: String)] = [:]
        for row in try await db.select().columns(FacilityRepository.columns.map { SQLIdentifier($0) }).from("facilities").all() {
            existing[try row.decode(column: "id", as: UUID.self)] = (try Self.signature(row), try row.decode(column: "status", as: String.self))
        }
        var sources: [UUID: [Directory: SourceState]] = [:]
        // Facilities an HSDS package still lists: a SAMHSA edition dropping them does not make them missing.
        var listedByPackage = Set<UUID>()
        for row in try await db.select().columns("facility_id", "directory", "payload", "terms", "present", "line").from("source_records").all() {
            guard let dir = Directory(rawValue: try row.decode(column: "directory", as: String.self)) else {
                if try row.decode(column: "present", as: Bool.self) { listedByPackage.insert(try row.decode(column: "facility_id", as: UUID.self)) }
                continue
            }
            sources[try row.decode(column: "facility_id", as: UUID.self), default: [:]][dir] = SourceState(
                payload: try row.decode(column: "payload", as: String.self),
                terms: try row.decode(column: "terms", as: String.self).split(separator: " ").map(String.init),
                present: try row.decode(column: "present", as: Bool.self), line: try row.decode(column: "line", as: Int.self))
        }

        var facilityInserts: [[any Encodable & Sendable]] = []
        var sourceInserts: [[any Encodable & Sendable]] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var seen = Set<UUID>()
        for (n, draft) in drafts.enumerated() {
            if n % 500 == 0 { progress("facilities", n, drafts.count) }
            seen.insert(draft.id)
            summary.precision[draft.precision.rawValue, default: 0] += 1
            // Terms from every directory that still lists the facility, including ones not imported this time.
            var terms = Set(draft.terms)
            for (dir, state) in sources[draft.id] ?? [:] where !imported.contains(dir) && state.present { terms.formUnion(state.terms) }
            let values = Self.values(draft, terms: terms.sorted())
            if let old = existing[draft.id] {
                if old.signature != Self.signature(values) || old.status != "listed" {
                    try await db.update("facilities").set(model: FacilityUpdate(values: values, now: now))
                        .where("id", .equal, draft.id).run()
                    summary.facilitiesUpdated += 1
                } else {
                    summary.facilitiesUnchanged += 1
                }
            } else {
                facilityInserts.append([draft.id, draft.key] + values.map { $0 as any Encodable & Sendable } + ["listed", now, now, now])
                summary.facilitiesCreated += 1
            }
            for row in draft.sources {
                var stored = row
                stored.line = 0
                let payload = String(decoding: try encoder.encode(stored), as: UTF8.self)
                let file = editions.first { $0.directory == row.directory }!
                if let old = sources[draft.id]?[row.directory] {
                    if old.payload == payload && old.present {
                        fileSummaries[row.directory]!.unchanged += 1
                        if old.line != row.line {
                            try await db.update("source_records").set("line", to: row.line)
                                .where("facility_id", .equal, draft.id).where("directory", .equal, row.directory.rawValue).run()
                        }
                    } else {
                        fileSummaries[row.directory]!.updated += 1
                        try await db.update("source_records").set("line", to: row.line).set("imported_at", to: now)
                            .set("source_file", to: file.file).set("edition", to: file.edition).set("payload", to: payload)
                            .set("codes", to: row.codes.joined(separator: " ")).set("terms", to: row.terms.joined(separator: " "))
                            .set("present", to: true)
                            .where("facility_id", .equal, draft.id).where("directory", .equal, row.directory.rawValue).run()
                    }
                } else {
                    fileSummaries[row.directory]!.created += 1
                    sourceInserts.append([UUID(), draft.id, row.directory.rawValue, file.file, file.edition, row.line,
                                          row.codes.joined(separator: " "), row.terms.joined(separator: " "), payload, true, now, now])
                }
            }
        }
        progress("facilities", drafts.count, drafts.count)
        try await db.insertBatched("facilities", ["id", "source_key"] + Self.valueColumns + ["status", "first_imported_at", "imported_at", "updated_at"], facilityInserts, progress: progress)
        try await db.insertBatched("source_records", ["id", "facility_id", "directory", "source_file", "edition", "line", "codes", "terms",
                                                "payload", "present", "first_imported_at", "imported_at"], sourceInserts, progress: progress)

        // Facilities the new editions no longer list: keep them, mark them, never delete.
        for (id, dirs) in sources where !seen.contains(id) {
            var stillListed = listedByPackage.contains(id)
            for (dir, state) in dirs {
                if imported.contains(dir) {
                    if state.present {
                        fileSummaries[dir]!.noLongerListed += 1
                        try await db.update("source_records").set("present", to: false)
                            .where("facility_id", .equal, id).where("directory", .equal, dir.rawValue).run()
                    }
                } else if state.present {
                    stillListed = true
                }
            }
            if !stillListed, existing[id]?.status == "listed" {
                try await db.update("facilities").set("status", to: "missing").set("updated_at", to: now).where("id", .equal, id).run()
                summary.facilitiesMarkedMissing += 1
            }
        }
        for e in editions {
            try await db.update("source_records").set("imported_at", to: now).set("source_file", to: e.file)
                .set("edition", to: e.edition).where("directory", .equal, e.directory.rawValue).where("present", .equal, true).run()
        }
        try await DataRevision.bump(fluent)
        summary.files = editions.map { fileSummaries[$0.directory]! }
        return summary
    }

    static let valueColumns = ["name", "name2", "street1", "street2", "city", "state", "zip", "phone", "intake1", "intake2",
                               "website", "latitude", "longitude", "geo_precision", "terms"]

    static func values(_ d: FacilityDraft, terms: [String]) -> [any Encodable & Sendable] {
        [d.name, d.name2, d.street1, d.street2, d.city, d.state, d.zip, d.phone, d.intake1, d.intake2, d.website,
         d.coordinate?.latitude, d.coordinate?.longitude, d.precision.rawValue, terms.joined(separator: " ")]
    }

    static func signature(_ values: [any Encodable & Sendable]) -> String {
        values.map { v in
            if let d = v as? Double? { return d.map { String(format: "%.7f", $0) } ?? "-" }
            return "\(v)"
        }.joined(separator: "\u{1F}")
    }

    static func signature(_ row: any SQLRow) throws -> String {
        var values: [any Encodable & Sendable] = []
        for c in valueColumns {
            if c == "latitude" || c == "longitude" { values.append(try row.decode(column: c, as: Double?.self)) }
            else { values.append(try row.decode(column: c, as: String.self)) }
        }
        return signature(values)
    }
}

/// The update of a facility's source columns, as an Encodable for SQLKit's `set(model:)`.
private struct FacilityUpdate: Encodable, Sendable {
    let values: [any Encodable & Sendable]
    let now: Date

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        for (name, value) in zip(SAMHSAImportWriter.valueColumns, values) {
            if let d = value as? Double? { try c.encode(d, forKey: Key(name)) } else { try c.encode(value, forKey: Key(name)) }
        }
        try c.encode("listed", forKey: Key("status"))
        try c.encode(now, forKey: Key("updated_at"))
        try c.encode(now, forKey: Key("imported_at"))
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

extension SQLDatabase {
    /// Inserts rows in batches that stay under SQLite's limit on bound values.
    func insertBatched(_ table: String, _ columns: [String], _ rows: [[any Encodable & Sendable]], progress: ProgressHandler) async throws {
        let batch = max(1, 8000 / columns.count)
        var start = 0
        while start < rows.count {
            progress("writing \(table)", start, rows.count)
            var builder = insert(into: table).columns(columns)
            for row in rows[start..<min(rows.count, start + batch)] { builder = builder.values(row) }
            try await builder.run()
            start += batch
        }
    }
}
