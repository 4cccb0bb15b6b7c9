import Foundation
import Testing
@testable import HavenCore

/// Damaged packages: cells blanked or swapped, rows duplicated or dropped, bytes cut off, quotes thrown in.
/// Whatever the damage, reading either refuses the package with a clear error or maps it without crashing, and
/// every facility it gives comes from a location row that is really there.
@Suite struct HSDSImportFuzzTests {
    static let rounds = 300

    @Test func damagedPackagesNeverCrashAndNeverInventPlaces() throws {
        let clean = FileManager.default.temporaryDirectory.appendingPathComponent("hsds-fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: clean) }
        try HSDSExporter().write((0..<12).map(HSDSImportTests.listing), to: clean)
        let files = try FileManager.default.contentsOfDirectory(atPath: clean.path).filter { $0.hasSuffix(".csv") }.sorted()
        let original = try Dictionary(uniqueKeysWithValues: files.map { ($0, try String(contentsOf: clean.appendingPathComponent($0), encoding: .utf8)) })

        var rng = SplitMix64(seed: 20261125)
        var refused = 0, mapped = 0
        for round in 0..<Self.rounds {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hsds-fuzz-\(round)-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: dir) }
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            var texts = original
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let file = files.randomElement(using: &rng)!
                texts[file] = Self.damage(texts[file]!, using: &rng)
            }
            for (name, text) in texts where !text.isEmpty || Bool.random(using: &rng) {
                try Data(text.utf8).write(to: dir.appendingPathComponent(name))
            }
            let package: HSDSPackage
            do { package = try HSDSPackage.read(dir) } catch {
                #expect(error is TableError || error is HSDSPackage.ReadError, "round \(round): refused with \(error)")
                refused += 1
                continue
            }
            let result = HSDSMapper().map(package)
            mapped += 1
            let locationLines = Dictionary(package.rows("location").map { ($0.line, $0["id"]) }, uniquingKeysWith: { a, _ in a })
            for f in result.facilities {
                let id = try #require(locationLines[f.line], "round \(round): a facility from line \(f.line), which is not a location row")
                #expect(f.listing.id == UUID(uuidString: id) ?? StableID.uuid(for: "hsds|" + id))
                #expect(!f.listing.name.isEmpty)
            }
            #expect(Set(result.facilities.map(\.listing.id)).count == result.facilities.count, "round \(round): one facility per id")
            for issue in result.files.flatMap({ $0.rejected + $0.warnings }) { #expect(!issue.reason.isEmpty) }
        }
        #expect(refused > 0 && mapped > 50, "both outcomes are exercised (\(refused) refused, \(mapped) mapped)")
    }

    /// One random change to a CSV text.
    static func damage(_ text: String, using rng: inout SplitMix64) -> String {
        var lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        guard lines.count > 1 else { return text + "\r\n\"" }
        let row = Int.random(in: 1..<lines.count, using: &rng)
        switch Int.random(in: 0..<8, using: &rng) {
        case 0: lines.remove(at: row)                                   // a row dropped
        case 1: lines.append(lines[row])                                // a row twice (duplicate id)
        case 2:                                                         // a cell blanked
            var cells = lines[row].components(separatedBy: ",")
            cells[Int.random(in: 0..<cells.count, using: &rng)] = ""
            lines[row] = cells.joined(separator: ",")
        case 3:                                                         // two cells swapped (ids into names...)
            var cells = lines[row].components(separatedBy: ",")
            cells.swapAt(Int.random(in: 0..<cells.count, using: &rng), Int.random(in: 0..<cells.count, using: &rng))
            lines[row] = cells.joined(separator: ",")
        case 4:                                                         // cut off mid-file
            let cut = String(lines.joined(separator: "\r\n").prefix(Int.random(in: 0..<text.count, using: &rng)))
            return cut
        case 5: lines[row] += ",extra,cells"                            // too many cells
        case 6: lines[row] = String(lines[row].prefix(lines[row].count / 2)) // too few
        default:                                                        // a stray quote or a header renamed
            if Bool.random(using: &rng) { lines[row] = "\"" + lines[row] } else { lines[0] = lines[0].replacingOccurrences(of: "id", with: "ident") }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
