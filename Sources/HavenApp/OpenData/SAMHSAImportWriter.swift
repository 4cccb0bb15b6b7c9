import Foundation
import Fluent
import HavenCore
import SQLKit

/// Writes merged, geocoded facilities into the database in one transaction: creates, updates in place,
/// marks facilities no longer listed, and never touches `facility_edits`.
struct SAMHSAImportWriter {
    let editions: [DirectoryEdition]
    let drafts: [FacilityDraft]
    var shrinkGuard = ShrinkGuard.standard
    var progress: ProgressHandler = { _, _, _ in }

    func write(to database: any Database, now: Date = Date()) async throws -> ImportSummary {
        try await database.transaction { tx in
            try await write(try tx.sql, now: now, fluent: tx)
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
        let existing = try await db.facilityValues()
        var sources: [UUID: [Directory: SourceRecord]] = [:]
        // Facilities an HSDS package still lists: a SAMHSA edition dropping them does not make them missing.
        var listedByPackage = Set<UUID>()
        for record in try await db.storedSources() {
            guard let dir = Directory(rawValue: record.directory) else {
                if record.present { listedByPackage.insert(record.facilityId) }
                continue
            }
            sources[record.facilityId, default: [:]][dir] = record
        }

        // Before any write: would this edition drop too much of what each directory lists now?
        for edition in editions {
            let incoming = Set(drafts.filter { $0.sources.contains { $0.directory == edition.directory } }.map(\.id))
            let listed = sources.values.compactMap { $0[edition.directory] }.filter(\.present)
            try shrinkGuard.check(edition.file, dropping: listed.filter { !incoming.contains($0.facilityId) }.count, of: listed.count)
        }

        var facilityInserts: [FacilityInsert] = []
        var sourceInserts: [SourceRecord] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var seen = Set<UUID>()
        for (n, draft) in drafts.enumerated() {
            if n % 500 == 0 { progress("facilities", n, drafts.count) }
            seen.insert(draft.id)
            summary.precision[draft.precision.rawValue, default: 0] += 1
            // Terms from every directory that still lists the facility, including ones not imported this time.
            var terms = Set(draft.terms)
            for (dir, record) in sources[draft.id] ?? [:] where !imported.contains(dir) && record.present {
                terms.formUnion(record.terms.split(separator: " ").map(String.init))
            }
            if let old = existing[draft.id] {
                // A facility an HSDS package also describes keeps the other terms the package gave.
                let values = FacilityValues(draft, terms: terms.sorted(), otherTerms: old.otherTerms)
                if old != values {
                    try await db.updateFacility(draft.id, values, now: now)
                    summary.facilitiesUpdated += 1
                } else {
                    summary.facilitiesUnchanged += 1
                }
            } else {
                facilityInserts.append(FacilityInsert(id: draft.id, sourceKey: draft.key,
                                                      values: FacilityValues(draft, terms: terms.sorted(), otherTerms: "[]"), now: now))
                summary.facilitiesCreated += 1
            }
            // A directory imported now that listed the facility before and no longer does (another still does).
            for (dir, record) in sources[draft.id] ?? [:]
            where imported.contains(dir) && record.present && !draft.sources.contains(where: { $0.directory == dir }) {
                fileSummaries[dir]!.noLongerListed += 1
                try await db.markSourceDropped(facility: draft.id, directory: dir.rawValue)
            }
            for row in draft.sources {
                var stored = row
                stored.line = 0
                let payload = String(decoding: try encoder.encode(stored), as: UTF8.self)
                let file = editions.first { $0.directory == row.directory }!
                let record = SourceRecord(facilityId: draft.id, directory: row.directory.rawValue, sourceFile: file.file,
                                               edition: file.edition, line: row.line, codes: row.codes.joined(separator: " "),
                                               terms: row.terms.joined(separator: " "), payload: payload, firstImportedAt: now, importedAt: now)
                if let old = sources[draft.id]?[row.directory] {
                    if old.matches(record) {
                        fileSummaries[row.directory]!.unchanged += 1
                        if old.line != row.line { try await db.moveSource(facility: draft.id, directory: record.directory, line: row.line) }
                    } else {
                        fileSummaries[row.directory]!.updated += 1
                        try await db.rewriteSource(record)
                    }
                } else {
                    fileSummaries[row.directory]!.created += 1
                    sourceInserts.append(record)
                }
            }
        }
        progress("facilities", drafts.count, drafts.count)
        try await db.insertFacilities(facilityInserts, progress: progress)
        try await db.insertSources(sourceInserts, progress: progress)

        // Facilities the new editions no longer list: keep them, mark them, never delete.
        for (id, dirs) in sources where !seen.contains(id) {
            var stillListed = listedByPackage.contains(id)
            for (dir, record) in dirs {
                if imported.contains(dir) {
                    if record.present {
                        fileSummaries[dir]!.noLongerListed += 1
                        try await db.markSourceDropped(facility: id, directory: dir.rawValue)
                    }
                } else if record.present {
                    stillListed = true
                }
            }
            if !stillListed, existing[id]?.status == .listed {
                try await db.setStatus(.missing, of: id, now: now)
                summary.facilitiesMarkedMissing += 1
            }
        }
        for e in editions {
            try await db.stampSources(directory: e.directory.rawValue, file: e.file, edition: e.edition, now: now, onlyFile: false)
        }
        // Only a change search can see moves the revision: an unchanged edition makes no instance rebuild its index.
        if summary.changesListings { try await DataRevision.bump(fluent) }
        summary.files = editions.map { fileSummaries[$0.directory]! }
        return summary
    }
}
