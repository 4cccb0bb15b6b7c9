import Fluent
import HavenCore
import SQLKit

/// Writes the ZIP table in one transaction: new ZIPs inserted, changed ones updated, none deleted.
struct ZipImportWriter {
    let result: ZipTableParser.Result
    let file: String
    var progress: ProgressHandler = { _, _, _ in }

    func write(to database: any Database) async throws -> ImportSummary {
        try await database.transaction { tx in
            let db = try tx.sql
            var existing: [String: String] = [:]
            for raw in try await db.select().column("*").from(ZipCodeRow.table).all() {
                let z = try ZipCodeRow.decode(raw).zipCode
                existing[z.zip] = Self.signature(z)
            }
            var summary = FileSummary(file: file, edition: "")
            summary.read = result.rowsRead
            summary.rejected = result.rejected
            var inserts: [ZipCode] = []
            for (n, z) in result.zipCodes.enumerated() {
                if n % 2000 == 0 { progress("zip codes", n, result.zipCodes.count) }
                guard let old = existing[z.zip] else { inserts.append(z); continue }
                if old == Self.signature(z) { summary.unchanged += 1; continue }
                summary.updated += 1
                try await db.update("zip_codes").set("city", to: z.city).set("state", to: z.state).set("county", to: z.county)
                    .set("aliases", to: z.aliases.joined(separator: "|")).set("time_zone", to: z.timeZone)
                    .set("latitude", to: z.coordinate?.latitude).set("longitude", to: z.coordinate?.longitude)
                    .where("zip", .equal, z.zip).run()
            }
            summary.created = inserts.count
            try await db.insertRows(ZipCodeRow.table, inserts.map(ZipCodeRow.init), progress: { _, _, _ in })
            progress("zip codes", result.zipCodes.count, result.zipCodes.count)
            if summary.created + summary.updated > 0 { try await DataRevision.bump(tx) }
            var out = ImportSummary()
            out.files = [summary]
            return out
        }
    }

    static func signature(_ z: ZipCode) -> String {
        let c = z.coordinate.map { String(format: "%.5f,%.5f", $0.latitude, $0.longitude) } ?? "-"
        return [z.city, z.state, z.county, c, z.aliases.joined(separator: ","), z.timeZone].joined(separator: "|")
    }
}
