import Foundation
import Fluent
import HavenCore
import SQLKit

/// How an imported HSDS package is recorded in `source_records`.
enum HSDSSource {
    static let directory = "hsds"
}

/// Writes the facilities of one HSDS package in one transaction: creates, updates in place, marks the package's
/// earlier facilities it no longer lists, and never touches `facility_edits`. The package is known by its name, so
/// several packages (a city's, a state's) live side by side.
struct HSDSImportWriter {
    let package: String
    let version: String
    let title: String
    let licenses: [DataLicense]
    let facilities: [HSDSFacility]
    var shrinkGuard = ShrinkGuard.standard
    var progress: ProgressHandler = { _, _, _ in }

    func write(to database: any Database, summary: FileSummary, now: Date = Date()) async throws -> ImportSummary {
        try await database.transaction { tx in
            let result = try await write(try tx.sql, summary: summary, now: now)
            if result.changesListings { try await DataRevision.bump(tx) }
            return result
        }
    }

    private func write(_ db: any SQLDatabase, summary file: FileSummary, now: Date) async throws -> ImportSummary {
        var summary = ImportSummary()
        var file = file
        let existing = try await db.facilityValues()
        var sources: [UUID: SourceRecord] = [:]
        var listedElsewhere = Set<UUID>()
        for record in try await db.storedSources() {
            if record.directory == HSDSSource.directory {
                sources[record.facilityId] = record
            } else if record.present {
                listedElsewhere.insert(record.facilityId)
            }
        }

        // Before any write: would this version of the package drop too much of what it lists now?
        let incoming = Set(facilities.map(\.listing.id))
        let listed = sources.values.filter { $0.sourceFile == package && $0.present }
        try shrinkGuard.check("\(package) (\(file.file))", dropping: listed.filter { !incoming.contains($0.facilityId) }.count, of: listed.count)

        var facilityInserts: [FacilityInsert] = [], sourceInserts: [SourceRecord] = []
        var seen = Set<UUID>()
        for (n, f) in facilities.enumerated() {
            if n % 500 == 0 { progress("facilities", n, facilities.count) }
            let listing = f.listing
            seen.insert(listing.id)
            summary.precision[listing.precision.rawValue, default: 0] += 1
            let values = FacilityValues(listing, status: listing.isListed ? .listed : .inactive)
            if let old = existing[listing.id] {
                if old != values {
                    try await db.updateFacility(listing.id, values, now: now)
                    summary.facilitiesUpdated += 1
                } else {
                    summary.facilitiesUnchanged += 1
                }
            } else {
                facilityInserts.append(FacilityInsert(id: listing.id, sourceKey: "hsds:" + listing.idString, values: values, now: now))
                summary.facilitiesCreated += 1
            }
            let record = SourceRecord(facilityId: listing.id, directory: HSDSSource.directory, sourceFile: package, edition: version,
                                           line: f.line, codes: "", terms: listing.terms.joined(separator: " "), payload: f.payload,
                                           firstImportedAt: now, importedAt: now)
            if let old = sources[listing.id] {
                if old.matches(record) {
                    file.unchanged += 1
                    continue
                }
                file.updated += 1
                try await db.rewriteSource(record)
            } else {
                file.created += 1
                sourceInserts.append(record)
            }
        }
        progress("facilities", facilities.count, facilities.count)
        try await db.insertFacilities(facilityInserts, progress: progress)
        try await db.insertSources(sourceInserts, progress: progress)

        // This package's earlier places that it no longer lists: kept, marked, never deleted.
        for (id, source) in sources where source.sourceFile == package && source.present && !seen.contains(id) {
            file.noLongerListed += 1
            try await db.markSourceDropped(facility: id, directory: HSDSSource.directory)
            if !listedElsewhere.contains(id) {
                try await db.setStatus(.missing, of: id, now: now)
                summary.facilitiesMarkedMissing += 1
            }
        }
        try await db.stampSources(directory: HSDSSource.directory, file: package, edition: version, now: now, onlyFile: true)
        // The package's entry for attribution.
        try await db.delete(from: DataPackageRecord.table).where("name", .equal, package).run()
        try await db.insert(into: DataPackageRecord.table).row(DataPackageRecord(
            name: package, title: title, version: version, licenses: DataPackageRow.encode(licenses), places: facilities.count, importedAt: now)).run()
        summary.files = [file]
        return summary
    }
}
