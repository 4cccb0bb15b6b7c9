import Foundation

/// A table read from CSV or from an .xlsx sheet: a header and rows of text cells.
public struct Table: Sendable {
    public var header: [String]
    public var rows: [[String]]
    /// The text ended without a line break after its last row: some complete files do, and so does every file cut off
    /// in transfer. Readers of formats whose files always end with one refuse such a file (`requireCompleteLastRow`).
    public var endsMidLine = false

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// Column positions by trimmed, lower-cased header name.
    public func columns() -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            let key = name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if out[key] == nil { out[key] = i }
        }
        return out
    }
}

public enum TableError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(String, reason: String)
    case missingColumns(String, [String])
    case unterminatedQuote(String, line: Int)
    case cutOff(String, line: Int)

    public var description: String {
        switch self {
        case .unreadable(let f, let r): "\(f): cannot be read (\(r))"
        case .missingColumns(let f, let c): "\(f): missing column(s) \(c.joined(separator: ", "))"
        case .unterminatedQuote(let f, let l): "\(f): a quoted field opened on line \(l) never closes; the file is cut off or corrupt"
        case .cutOff(let f, let l): "\(f): line \(l) ends in the middle of a row (no line break after it); the file looks cut off, so nothing was imported"
        }
    }
}

/// RFC 4180 CSV (quotes, doubled quotes, CR/LF), UTF-8 with or without a byte-order mark.
public enum CSVReader {
    public static func read(contentsOf url: URL, separator: UInt8 = UInt8(ascii: ",")) throws -> Table {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw TableError.unreadable(url.lastPathComponent, reason: "\(error.localizedDescription)") }
        return try parse(data, name: url.lastPathComponent, separator: separator)
    }

    public static func parse(_ data: Data, name: String = "input", separator: UInt8 = UInt8(ascii: ",")) throws -> Table {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if String(validating: bytes, as: UTF8.self) == nil {
            // Some government extracts are Windows-1252/Latin-1: every byte is one character there.
            guard !bytes.contains(0) else { throw TableError.unreadable(name, reason: "binary data, not a CSV text file") }
            bytes = Array(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })).utf8)
        }
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var inQuotes = false, quotedLine = 0, line = 1
        var i = 0
        let n = bytes.count
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        func endField() { row.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        while i < n {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < n, bytes[i + 1] == quote { field.append(quote); i += 1 } else { inQuotes = false }
                } else {
                    if b == lf { line += 1 }
                    field.append(b)
                }
            } else if b == quote && field.isEmpty {
                inQuotes = true; quotedLine = line
            } else if b == separator {
                endField()
            } else if b == lf || b == cr {
                endField()
                if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
                row.removeAll(keepingCapacity: true)
                if b == cr, i + 1 < n, bytes[i + 1] == lf { i += 1 }
                line += 1
            } else {
                field.append(b)
            }
            i += 1
        }
        if inQuotes { throw TableError.unterminatedQuote(name, line: quotedLine) }
        var endsMidLine = false
        if !field.isEmpty || !row.isEmpty {
            endField()
            // A last row shorter than the header, with no line break after it: cut off in transfer.
            if rows.count >= 1, row.count < rows[0].count { throw TableError.cutOff(name, line: line) }
            rows.append(row)
            endsMidLine = true
        }
        guard let header = rows.first else { return Table(header: [], rows: []) }
        var table = Table(header: header, rows: Array(rows.dropFirst()))
        table.endsMidLine = endsMidLine
        return table
    }

    /// Reads a file of a format that always ends with a line break (SAMHSA's facility and code CSVs, HSDS tables that
    /// Haven writes): one that does not was cut off, even when its last row has every field.
    public static func read(contentsOf url: URL, requireCompleteLastRow: Bool) throws -> Table {
        let table = try read(contentsOf: url)
        if requireCompleteLastRow && table.endsMidLine { throw TableError.cutOff(url.lastPathComponent, line: table.rows.count + 1) }
        return table
    }
}
