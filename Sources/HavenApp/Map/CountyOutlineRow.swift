import Fluent
import Foundation
import HavenCore
import SQLKit

/// A `county_outlines` row.
struct CountyOutlineRow: Codable, Sendable {
    let fips: String
    let state: String
    let name: String
    let south: Double, west: Double, north: Double, east: Double
    let points: Data

    static let table = "county_outlines"

    init(_ c: CountyOutline) {
        fips = c.fips; state = c.state; name = c.name
        south = c.south; west = c.west; north = c.north; east = c.east
        points = Data(c.packed)
    }

    var outline: CountyOutline { CountyOutline(fips: fips, state: state, name: name, rings: CountyOutline.unpack(Array(points))) }
}

/// Every county outline, read from the database once and kept (they change only with `haven import boundaries`;
/// a server reads them again within an hour).
final class CountyOutlines: Sendable {
    private let cached = TimedValue<[CountyOutline]>()

    func all(_ db: any Database) async throws -> [CountyOutline] {
        try await cached.value(maxAge: 3600) {
            try await db.sql.select().column("*").from(CountyOutlineRow.table).all().map { try $0.decode(model: CountyOutlineRow.self).outline }
        }
    }

    func forget() { cached.forget() }
}

/// Writes the outlines in one transaction: the old ones replaced.
struct BoundaryImportWriter {
    let counties: [CountyOutline]

    func write(to database: any Database) async throws {
        try await database.transaction { tx in
            let db = try tx.sql
            try await db.delete(from: CountyOutlineRow.table).run()
            try await db.insertRows(CountyOutlineRow.table, counties.map(CountyOutlineRow.init), progress: { _, _, _ in })
        }
    }
}
