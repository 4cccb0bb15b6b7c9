import Foundation
import PropertyBased
import Testing
import ZIPFoundation
@testable import HavenCore

/// Mutation fuzzing of everything that reads outside input: the CSV reader, the XLSX reader, the query parser and
/// the place resolver. Seeds are the committed corpus (`FuzzCorpus/`); each round applies a few byte-level
/// mutations (flip, insert a byte that matters to the format, delete, duplicate, truncate). Whatever comes in,
/// a reader either refuses it with its own error or returns something that holds its invariants; it never crashes.
/// Time-bounded: `HAVEN_FUZZ_SECONDS` per target (3 by default, CI sets more); the HSDS package reader has its own
/// damage rounds in `HSDSImportFuzzTests`.
@Suite struct FuzzTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzCorpus")
    static let seconds = Double(ProcessInfo.processInfo.environment["HAVEN_FUZZ_SECONDS"] ?? "") ?? 3

    static func seeds(_ folder: String) throws -> [[UInt8]] {
        let dir = corpus.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map {
            Array(try Data(contentsOf: dir.appendingPathComponent($0)))
        }
    }

    /// Bytes that mean something to CSV, XML, zip or query syntax, and a few that mean trouble.
    static let interesting: [UInt8] = Array("\",\r\n<>&;=%/\\'#+-.:".utf8) + [0x00, 0x7F, 0x80, 0xC3, 0xEF, 0xBB, 0xBF, 0xFF, 0x50, 0x4B]

    /// One round's damage: parallel arrays, so the generator shrinks each.
    static let mutations = (Gen.int(in: 0...5).array(of: 1...6), Gen.int(in: 0...Int(Int32.max)).array(of: 6), Gen.uint8().array(of: 6))

    static func mutate(_ input: [UInt8], kinds: [Int], positions: [Int], bytes: [UInt8]) -> [UInt8] {
        var out = input
        for (k, kind) in kinds.enumerated() {
            let at = positions[k] % (out.count + 1)
            let byte = bytes[k] % 3 == 0 ? interesting[Int(bytes[k]) % interesting.count] : bytes[k]
            switch kind {
            case 0 where at < out.count: out[at] = byte
            case 1: out.insert(byte, at: at)
            case 2 where at < out.count: out.removeSubrange(at..<min(out.count, at + 1 + Int(byte % 16)))
            case 3 where at < out.count: out.insert(contentsOf: out[at..<min(out.count, at + 1 + Int(byte % 32))], at: at)
            case 4: out = Array(out.prefix(at))
            default: out.insert(contentsOf: Array(repeating: byte, count: 1 + Int(byte % 8)), at: at)
            }
        }
        return out
    }

    /// Runs batches of `check` until the time budget is spent; returns how many inputs were tried.
    static func forBudget(_ batch: Int = 200, _ check: () async -> Void) async -> Int {
        let start = Date()
        var tried = 0
        repeat {
            await check()
            tried += batch
        } while Date().timeIntervalSince(start) < seconds
        return tried
    }

    // MARK: CSV

    /// Haven's own CSV quoting, CRLF line ends: what the reader must read back to the same table.
    static func write(_ table: Table) -> Data {
        let lines = ([table.header] + table.rows).map { $0.map(CSVField.quoted).joined(separator: ",") }
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    @Test func csvReaderRefusesOrReadsBackWhatItRead() async throws {
        let seeds = try Self.seeds("csv")
        // Regression (found by this pass): a quote or comma followed by a combining mark is one Character.
        for field in ["b\"\u{64B}\"y", "x,\u{301}z", "=\u{301}1+1"] {
            let written = Self.write(Table(header: ["a", field], rows: [[field, "c"]]))
            let read = try CSVReader.parse(written)
            #expect(read.header == ["a", field] && read.rows == [[field, "c"]], "\(field.unicodeScalars.map(\.value))")
        }
        let tried = await Self.forBudget {
            await propertyCheck(count: 200, input: Gen.int(in: 0...(seeds.count - 1)), Self.mutations.0, Self.mutations.1, Self.mutations.2) { seed, kinds, positions, bytes in
                let input = Self.mutate(seeds[seed], kinds: kinds, positions: positions, bytes: bytes)
                let table: Table
                do { table = try CSVReader.parse(Data(input)) } catch {
                    #expect(error is TableError, "refused with its own error, not \(error)")
                    return
                }
                // What it read is what it reads again, written plainly: no field merged, split or changed.
                let again = try? CSVReader.parse(Self.write(table))
                #expect(again?.header == table.header && again?.rows == table.rows, "input \(input)")
            }
        }
        #expect(tried > 0)
    }

    // MARK: XLSX

    static func readWorkbook(_ bytes: [UInt8]) throws -> Table {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(bytes).write(to: url)
        return try XLSXWorkbook(url: url).table(sheet: "Facilities")
    }

    /// The seed workbook's entries, to damage the XML inside a valid zip (damaging the zip mostly breaks its CRC).
    static func entries(_ xlsx: [UInt8]) throws -> [(String, [UInt8])] {
        let archive = try Archive(data: Data(xlsx), accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, Array(data))
        }
    }

    static func zip(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                Data(bytes[Int(position)..<Int(position) + size])
            }
        }
        return Array(archive.data ?? Data())
    }

    @Test func xlsxReaderRefusesOrReadsDamagedWorkbooks() async throws {
        let seed = try #require(Self.seeds("xlsx").first)
        let clean = try Self.readWorkbook(seed)
        #expect(clean.header == ["name", "city", " zip "] && clean.rows.first == ["Hope & Home", "Denver", "80202"], "the seed reads")
        let entries = try Self.entries(seed)
        // Regression (found by this pass): damaged workbook XML gave a bare "malformed XML near byte N".
        var cut = entries
        let workbook = try #require(cut.firstIndex { $0.0 == "xl/workbook.xml" })
        cut[workbook].1 = Array(cut[workbook].1.prefix(191)) + Array("<".utf8)
        #expect(throws: TableError.self) { try Self.readWorkbook(Self.zip(cut)) }
        let tried = await Self.forBudget {
            await propertyCheck(count: 200, input: Gen.int(in: 0...entries.count), Self.mutations.0, Self.mutations.1, Self.mutations.2) { which, kinds, positions, bytes in
                let input: [UInt8]
                if which == entries.count {
                    input = Self.mutate(seed, kinds: kinds, positions: positions, bytes: bytes)  // the zip itself
                } else {
                    var damaged = entries
                    damaged[which].1 = Self.mutate(entries[which].1, kinds: kinds, positions: positions, bytes: bytes)
                    guard let zipped = try? Self.zip(damaged) else { return }
                    input = zipped
                }
                do {
                    let table = try Self.readWorkbook(input)
                    #expect(table.rows.allSatisfy { $0.count <= max(table.header.count, 16_384) }, "no row wider than a sheet")
                } catch {
                    #expect(error is TableError, "refused with its own error, not \(error)")
                }
            }
        }
        #expect(tried > 0)
    }

    // MARK: Query and place

    static let queries: [[String: [String]]] = {
        let text = (try? String(contentsOf: corpus.appendingPathComponent("query/params.txt"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            var params: [String: [String]] = [:]
            for item in URLComponents(string: "?" + line)?.queryItems ?? [] { params[item.name, default: []].append(item.value ?? "") }
            return params
        }
    }()

    static let places = PlaceResolver(zipCodes: [
        ZipCode(zip: "10001", city: "New York", state: "NY", county: "New York", coordinate: Coordinate(latitude: 40.75, longitude: -73.99)),
        ZipCode(zip: "80202", city: "Denver", state: "CO", county: "Denver", coordinate: Coordinate(latitude: 39.75, longitude: -105.0)),
        ZipCode(zip: "98101", city: "Seattle", state: "WA", county: "King", coordinate: nil),
        ZipCode(zip: "20001", city: "Washington", state: "DC", county: "District of Columbia", coordinate: Coordinate(latitude: 38.9, longitude: -77.0)),
        ZipCode(zip: "27889", city: "Washington", state: "NC", county: "Beaufort", coordinate: Coordinate(latitude: 35.5, longitude: -77.0)),
    ])

    @Test func queryParserAndPlaceResolverRefuseOrStayInBounds() async throws {
        let seeds = Self.queries
        try #require(!seeds.isEmpty)
        let keys = Array(SearchQuery.baseParameters) + Taxonomy.haven.facets.map(\.slug) + ["", "near[]", "PAGE"]
        let tried = await Self.forBudget {
            await propertyCheck(count: 200, input: Gen.int(in: 0...(seeds.count - 1)), Gen.int(in: 0...(keys.count - 1)),
                                Self.mutations.0, Self.mutations.1, Self.mutations.2) { seed, key, kinds, positions, bytes in
                var params = seeds[seed]
                let name = keys[key]
                let value = Array((params[name]?.first ?? "10001").utf8)
                params[name] = [String(decoding: Self.mutate(value, kinds: kinds, positions: positions, bytes: bytes), as: UTF8.self)]
                do throws(QueryError) {
                    let q = try SearchQuery.parse(params)
                    #expect(SearchQuery.radiusRange.contains(q.radiusMiles) && q.radiusMiles.isFinite)
                    #expect((1...SearchQuery.maxPage).contains(q.page) && (1...SearchQuery.maxPerPage).contains(q.perPage))
                    if let near = q.near {
                        do throws(PlaceError) {
                            let place = try Self.places.resolve(near)
                            #expect(place.coordinate.latitude.isFinite && abs(place.coordinate.latitude) <= 90)
                            #expect(place.coordinate.longitude.isFinite && abs(place.coordinate.longitude) <= 180)
                        } catch {
                            #expect(!error.message.isEmpty)
                        }
                    }
                } catch {
                    #expect(!error.message.isEmpty && params.keys.contains(error.parameter), "the error names a parameter that was sent: \(error.parameter)")
                }
            }
        }
        #expect(tried > 0)
    }
}
