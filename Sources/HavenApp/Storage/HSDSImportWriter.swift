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
    var progress: ProgressHandler = { _, _, _ in }

    static let columns = SAMHSAImportWriter.valueColumns + ["other_terms", "status"]

    func write(to database: any Database, summary: FileSummary, now: Date = Date()) async throws -> ImportSummary {
        try await database.transaction { tx in
            let result = try await write(tx as! any SQLDatabase, summary: summary, now: now)
            try await DataRevision.bump(tx)
            return result
        }
    }

    static func values(_ f: FacilityListing) -> [any Encodable & Sendable] {
        [f.name, f.name2, f.street1, f.street2, f.city, f.state, f.zip, f.phone, f.intake1, f.intake2, f.website,
         f.coordinate?.latitude, f.coordinate?.longitude, f.precision.rawValue, f.terms.joined(separator: " "),
         OtherTerm.encode(f.otherTerms), f.isListed ? "listed" : "inactive"]
    }

    private func write(_ db: any SQLDatabase, summary file: FileSummary, now: Date) async throws -> ImportSummary {
        var summary = ImportSummary()
        var file = file
        var existing: [UUID: String] = [:]
        for row in try await db.select().columns((["id"] + Self.columns).map { SQLIdentifier($0) }).from("facilities").all() {
            existing[try row.decode(column: "id", as: UUID.self)] = try SAMHSAImportWriter.signature(row)
                + "\u{1F}" + row.decode(column: "other_terms", as: String.self) + "\u{1F}" + row.decode(column: "status", as: String.self)
        }
        struct Source { var payload: String; var present: Bool; var package: String }
        var sources: [UUID: Source] = [:]
        var listedElsewhere = Set<UUID>()
        for row in try await db.select().columns("facility_id", "directory", "payload", "present", "source_file").from("source_records").all() {
            let id = try row.decode(column: "facility_id", as: UUID.self)
            if try row.decode(column: "directory", as: String.self) == HSDSSource.directory {
                sources[id] = Source(payload: try row.decode(column: "payload", as: String.self), present: try row.decode(column: "present", as: Bool.self),
                                     package: try row.decode(column: "source_file", as: String.self))
            } else if try row.decode(column: "present", as: Bool.self) {
                listedElsewhere.insert(id)
            }
        }

        var facilityInserts: [[any Encodable & Sendable]] = [], sourceInserts: [[any Encodable & Sendable]] = []
        var seen = Set<UUID>()
        for (n, f) in facilities.enumerated() {
            if n % 500 == 0 { progress("facilities", n, facilities.count) }
            let listing = f.listing
            seen.insert(listing.id)
            summary.precision[listing.precision.rawValue, default: 0] += 1
            let values = Self.values(listing)
            let signature = SAMHSAImportWriter.signature(Array(values.dropLast(2))) + "\u{1F}" + OtherTerm.encode(listing.otherTerms)
                + "\u{1F}" + (listing.isListed ? "listed" : "inactive")
            if let old = existing[listing.id] {
                if old != signature {
                    var update = db.update("facilities")
                    for (column, value) in zip(Self.columns, values) { update = update.set(column, to: value) }
                    try await update.set("updated_at", to: now).set("imported_at", to: now).where("id", .equal, listing.id).run()
                    summary.facilitiesUpdated += 1
                } else {
                    summary.facilitiesUnchanged += 1
                }
            } else {
                facilityInserts.append([listing.id, "hsds:" + listing.idString] + values + [now, now, now])
                summary.facilitiesCreated += 1
            }
            let terms = listing.terms.joined(separator: " ")
            if let old = sources[listing.id] {
                if old.payload == f.payload && old.present && old.package == package {
                    file.unchanged += 1
                    continue
                }
                file.updated += 1
                try await db.update("source_records").set("payload", to: f.payload).set("present", to: true)
                    .set("source_file", to: package).set("edition", to: version).set("line", to: f.line).set("terms", to: terms)
                    .set("imported_at", to: now)
                    .where("facility_id", .equal, listing.id).where("directory", .equal, HSDSSource.directory).run()
            } else {
                file.created += 1
                sourceInserts.append([UUID(), listing.id, HSDSSource.directory, package, version, f.line, "", terms, f.payload, true, now, now])
            }
        }
        progress("facilities", facilities.count, facilities.count)
        try await db.insertBatched("facilities", ["id", "source_key"] + Self.columns + ["first_imported_at", "imported_at", "updated_at"],
                                   facilityInserts, progress: progress)
        try await db.insertBatched("source_records", ["id", "facility_id", "directory", "source_file", "edition", "line", "codes", "terms",
                                                      "payload", "present", "first_imported_at", "imported_at"], sourceInserts, progress: progress)

        // This package's earlier places that it no longer lists: kept, marked, never deleted.
        for (id, source) in sources where source.package == package && source.present && !seen.contains(id) {
            file.noLongerListed += 1
            try await db.update("source_records").set("present", to: false)
                .where("facility_id", .equal, id).where("directory", .equal, HSDSSource.directory).run()
            if !listedElsewhere.contains(id) {
                try await db.update("facilities").set("status", to: "missing").set("updated_at", to: now).where("id", .equal, id).run()
                summary.facilitiesMarkedMissing += 1
            }
        }
        try await db.update("source_records").set("imported_at", to: now).set("edition", to: version)
            .where("directory", .equal, HSDSSource.directory).where("source_file", .equal, package).where("present", .equal, true).run()
        // The package's entry for attribution.
        try await db.delete(from: "data_packages").where("name", .equal, package).run()
        try await db.insert(into: "data_packages").columns("id", "name", "title", "version", "licenses", "places", "imported_at")
            .values(UUID(), package, title, version, DataPackageRow.encode(licenses), facilities.count, now).run()
        summary.files = [file]
        return summary
    }
}
