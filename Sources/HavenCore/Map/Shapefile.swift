import Foundation

/// Reads an ESRI shapefile's polygons (`.shp`, shape type 5) and its dBASE III attributes (`.dbf`): what the county
/// outlines in `../shared/data/boundaries/` are. Bad or cut-off files are errors that say where, never a crash.
public enum Shapefile {
    public enum ReadError: Error, Equatable, CustomStringConvertible {
        case notAShapefile
        case truncated(record: Int)
        case unsupportedShape(Int32, record: Int)
        case notADBF
        case countsDiffer(shapes: Int, records: Int)

        public var description: String {
            switch self {
            case .notAShapefile: "not an ESRI shapefile (the file code is not 9994)"
            case .truncated(let r): "the file ends inside record \(r): it was cut off"
            case .unsupportedShape(let t, let r): "record \(r) has shape type \(t); only polygons (5) are read"
            case .notADBF: "not a dBASE III file"
            case .countsDiffer(let s, let r): "the .shp has \(s) shapes but the .dbf \(r) records"
            }
        }
    }

    /// Each record's rings (outer and holes alike), as (longitude, latitude) points; an empty array for a null shape.
    public static func polygons(_ data: [UInt8]) throws(ReadError) -> [[[Coordinate]]] {
        guard data.count >= 100, bigInt32(data, 0) == 9994 else { throw .notAShapefile }
        var out: [[[Coordinate]]] = []
        var at = 100
        while at + 8 <= data.count {
            let record = out.count + 1
            let length = Int(bigInt32(data, at + 4)) * 2
            let start = at + 8
            guard length >= 4, start + length <= data.count else { throw .truncated(record: record) }
            let type = littleInt32(data, start)
            if type == 0 { out.append([]); at = start + length; continue }
            guard type == 5 else { throw .unsupportedShape(type, record: record) }
            guard length >= 44 else { throw .truncated(record: record) }
            let parts = Int(littleInt32(data, start + 36)), points = Int(littleInt32(data, start + 40))
            let partsAt = start + 44, pointsAt = partsAt + parts * 4
            guard parts >= 0, points >= 0, pointsAt + points * 16 <= start + length else { throw .truncated(record: record) }
            var rings: [[Coordinate]] = []
            for p in 0..<parts {
                let from = Int(littleInt32(data, partsAt + p * 4))
                let to = p + 1 < parts ? Int(littleInt32(data, partsAt + (p + 1) * 4)) : points
                guard from >= 0, from <= to, to <= points else { throw .truncated(record: record) }
                rings.append((from..<to).map { i in
                    Coordinate(latitude: littleDouble(data, pointsAt + i * 16 + 8), longitude: littleDouble(data, pointsAt + i * 16))
                })
            }
            out.append(rings)
            at = start + length
        }
        return out
    }

    /// The `.dbf` records as field name -> trimmed text (Latin-1, as dBASE III writes it).
    public static func records(_ data: [UInt8]) throws(ReadError) -> [[String: String]] {
        guard data.count >= 32 else { throw .notADBF }
        let count = Int(littleUInt32(data, 4)), headerLength = Int(data[8]) | Int(data[9]) << 8
        let recordLength = Int(data[10]) | Int(data[11]) << 8
        var fields: [(name: String, offset: Int, length: Int)] = []
        var at = 32, offset = 1
        while at + 32 <= headerLength, at < data.count, data[at] != 0x0D {
            let name = String(decoding: data[at..<(at + 11)].prefix { $0 != 0 }, as: UTF8.self)
            let length = Int(data[at + 16])
            fields.append((name, offset, length))
            offset += length
            at += 32
        }
        guard !fields.isEmpty, recordLength >= offset, headerLength + count * recordLength <= data.count else { throw .notADBF }
        return (0..<count).compactMap { r in
            let base = headerLength + r * recordLength
            guard data[base] != 0x2A else { return nil }  // "*": deleted
            var row: [String: String] = [:]
            for f in fields {
                let bytes = data[(base + f.offset)..<(base + f.offset + f.length)]
                row[f.name] = String(bytes.map { Character(Unicode.Scalar($0)) }).trimmingCharacters(in: .whitespaces)
            }
            return row
        }
    }

    static func bigInt32(_ d: [UInt8], _ i: Int) -> Int32 {
        Int32(bitPattern: UInt32(d[i]) << 24 | UInt32(d[i + 1]) << 16 | UInt32(d[i + 2]) << 8 | UInt32(d[i + 3]))
    }

    static func littleUInt32(_ d: [UInt8], _ i: Int) -> UInt32 {
        UInt32(d[i]) | UInt32(d[i + 1]) << 8 | UInt32(d[i + 2]) << 16 | UInt32(d[i + 3]) << 24
    }

    static func littleInt32(_ d: [UInt8], _ i: Int) -> Int32 { Int32(bitPattern: littleUInt32(d, i)) }

    static func littleDouble(_ d: [UInt8], _ i: Int) -> Double {
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(d[i + k]) << (8 * UInt64(k)) }
        return Double(bitPattern: bits)
    }
}
