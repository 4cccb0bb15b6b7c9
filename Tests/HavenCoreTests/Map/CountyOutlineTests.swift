import Foundation
import Testing
@testable import HavenCore

/// Issue 22, item 3, first step: the county outlines Haven's own maps are drawn from, read from the shapefile in
/// `../shared/data/boundaries/` (skipped where the folder is absent), packed for storage and read back; bad files are
/// errors that say what is wrong.
@Suite struct CountyOutlineTests {
    static func file(_ name: String) -> [UInt8]? {
        guard TestData.available else { return nil }
        return FileManager.default.contents(atPath: TestData.url("boundaries/" + name).path).map(Array.init)
    }

    @Test func everyCountyIsReadWithItsStateNameAndOutline() throws {
        guard let shp = Self.file("UScounties.shp"), let dbf = Self.file("UScounties.dbf") else { return }
        #expect(shp.count == 13_575_408)
        let counties = try CountyOutline.read(shp: shp, dbf: dbf)
        #expect(counties.count == 3221)
        #expect(counties.reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.count } } == 837_022, "every point, as the README counts them")
        #expect(Set(counties.map(\.fips)).count == counties.count)
        let cook = try #require(counties.first { $0.fips == "17031" })
        #expect(cook.state == "IL" && cook.name == "Cook County")
        // Chicago's Loop lies inside Cook County's box; Denver does not.
        #expect(cook.overlaps(south: 41.88, west: -87.63, north: 41.89, east: -87.62))
        #expect(!cook.overlaps(south: 39.7, west: -105.0, north: 39.8, east: -104.9))
        #expect(counties.first { $0.fips == "22071" }?.name == "Orleans Parish")
        #expect(Set(counties.map(\.state)).count == 52, "50 states, DC and Puerto Rico")
    }

    @Test func packedRingsComeBackWithinAMetre() throws {
        let rings = [[Coordinate(latitude: 41.6445, longitude: -87.5245), Coordinate(latitude: 42.1543, longitude: -87.8849),
                      Coordinate(latitude: 41.4701, longitude: -88.2637)], [Coordinate(latitude: 41.9, longitude: -87.7)]]
        let county = CountyOutline(fips: "17031", state: "IL", name: "Cook County", rings: rings)
        let back = CountyOutline.unpack(county.packed)
        #expect(back.count == 2 && back.map(\.count) == [3, 1])
        for (a, b) in zip(rings.joined(), back.joined()) { #expect(Geo.miles(a, b) < 0.001) }
        #expect(county.south == 41.4701 && county.north == 42.1543 && county.west == -88.2637 && county.east == -87.5245)
    }

    @Test func badFilesAreErrorsThatSayWhatIsWrong() throws {
        #expect(throws: Shapefile.ReadError.notAShapefile) { try Shapefile.polygons(Array(repeating: 0, count: 120)) }
        #expect(throws: Shapefile.ReadError.notADBF) { try Shapefile.records([1, 2, 3]) }
        guard let shp = Self.file("UScounties.shp") else { return }
        // Cut off in the middle of a record: said so, with the record.
        do { _ = try Shapefile.polygons(Array(shp.prefix(50_000))); Issue.record("a cut-off file was read") } catch {
            guard case .truncated(let record) = error else { Issue.record("\(error)"); return }
            #expect(record > 1 && error.description.contains("cut off"))
        }
        // Random bytes after a good header never crash the reader.
        var rng = SplitMix64(seed: 7)
        for _ in 0..<200 {
            var bytes = Array(shp.prefix(100 + Int(rng.next() % 4000)))
            for _ in 0..<8 { bytes[100 + Int(rng.next() % UInt64(bytes.count - 100))] = UInt8(truncatingIfNeeded: rng.next()) }
            _ = try? Shapefile.polygons(bytes)
        }
    }
}
