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
            let db = tx as! any SQLDatabase
            var existing: [String: String] = [:]
            for row in try await db.select().columns("zip", "city", "state", "county", "latitude", "longitude").from("zip_codes").all() {
                let z = ZipCode(zip: try row.decode(column: "zip", as: String.self), city: try row.decode(column: "city", as: String.self),
                                state: try row.decode(column: "state", as: String.self), county: try row.decode(column: "county", as: String.self),
                                coordinate: try Self.coordinate(row))
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
                    .set("latitude", to: z.coordinate?.latitude).set("longitude", to: z.coordinate?.longitude)
                    .where("zip", .equal, z.zip).run()
            }
            summary.created = inserts.count
            var start = 0
            while start < inserts.count {
                var builder = db.insert(into: "zip_codes").columns("zip", "city", "state", "county", "latitude", "longitude")
                for z in inserts[start..<min(inserts.count, start + 1000)] {
                    builder = builder.values(z.zip, z.city, z.state, z.county, z.coordinate?.latitude, z.coordinate?.longitude)
                }
                try await builder.run()
                start += 1000
            }
            progress("zip codes", result.zipCodes.count, result.zipCodes.count)
            if summary.created + summary.updated > 0 { try await DataRevision.bump(tx) }
            var out = ImportSummary()
            out.files = [summary]
            return out
        }
    }

    static func coordinate(_ row: any SQLRow) throws -> Coordinate? {
        let lat = try row.decode(column: "latitude", as: Double?.self), lon = try row.decode(column: "longitude", as: Double?.self)
        return lat.flatMap { la in lon.map { Coordinate(latitude: la, longitude: $0) } }
    }

    static func signature(_ z: ZipCode) -> String {
        let c = z.coordinate.map { String(format: "%.5f,%.5f", $0.latitude, $0.longitude) } ?? "-"
        return [z.city, z.state, z.county, c].joined(separator: "|")
    }
}
