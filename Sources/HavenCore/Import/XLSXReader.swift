import Foundation
import ZIPFoundation

/// Reads sheets of an Office Open XML workbook (.xlsx) as text tables: shared and inline strings,
/// numbers as written, empty cells kept in their columns.
public struct XLSXWorkbook {
    public let name: String
    private let archive: Archive
    /// Sheet name -> path inside the archive.
    public private(set) var sheets: [(name: String, path: String)] = []
    private var sharedStrings: [String] = []

    public init(url: URL) throws {
        name = url.lastPathComponent
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw TableError.unreadable(name, reason: "not a valid .xlsx (zip) file")
        }
        // Found by the fuzz pass: damaged XML here surfaced as a bare "malformed XML near byte 191", naming no file.
        do {
            let rels = try relationships()
            try XMLScanner.scan(entry("xl/workbook.xml")) { event in
                if case .start("sheet", let attrs, _) = event, let sheetName = attrs["name"], let rid = attrs["id"], let target = rels[rid] {
                    sheets.append((sheetName, target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target))
                }
            }
            if archive["xl/sharedStrings.xml"] != nil { sharedStrings = try readSharedStrings() }
        } catch let e as XMLScanner.Malformed {
            throw TableError.unreadable(name, reason: "its workbook, relationships or shared strings are damaged (\(e))")
        }
    }

    /// The named sheet; its first row is the header.
    public func table(sheet sheetName: String) throws -> Table {
        guard let sheet = sheets.first(where: { $0.name == sheetName }) else {
            throw TableError.unreadable(name, reason: "no sheet named \"\(sheetName)\" (has: \(sheets.map(\.name).joined(separator: ", ")))")
        }
        var rows: [[String]] = []
        var row: [String] = []
        var column = 0, cellType = "", value = "", inValue = false
        do {
            try XMLScanner.scan(entry(sheet.path)) { event in
                switch event {
                case .start("row", _, _): row = []
                case .end("row"): rows.append(row)
                case .start("c", let attrs, _):
                    column = row.count
                    if let ref = attrs["r"] {
                        guard let index = Self.columnIndex(ref) else {
                            throw TableError.unreadable(name, reason: "sheet \"\(sheetName)\": cell \(ref.prefix(24)) is past the \(Self.maxColumns) columns a sheet can have")
                        }
                        column = index
                    }
                    cellType = attrs["t"] ?? "n"
                    value = ""
                case .start("v", _, _), .start("t", _, _): inValue = true
                case .end("v"), .end("t"): inValue = false
                case .text(let s) where inValue: value += s
                case .end("c"):
                    var text = value
                    if cellType == "s" {
                        guard let idx = Int(value), sharedStrings.indices.contains(idx) else {
                            throw TableError.unreadable(name, reason: "cell refers to missing shared string \(value)")
                        }
                        text = sharedStrings[idx]
                    } else if cellType == "b" {
                        text = value == "1" ? "TRUE" : "FALSE"
                    }
                    while row.count < column { row.append("") }
                    if row.count == column { row.append(text) } else { row[column] = text }
                default: break
                }
            }
        } catch let e as XMLScanner.Malformed {
            throw TableError.unreadable(name, reason: "sheet \"\(sheetName)\": \(e)")
        }
        guard let header = rows.first else { return Table(header: [], rows: []) }
        let width = header.count
        let body = rows.dropFirst().map { r in r.count < width ? r + Array(repeating: "", count: width - r.count) : r }
        return Table(header: header, rows: body.filter { !$0.allSatisfy(\.isEmpty) })
    }

    /// "A1" -> 0, "AB12" -> 27.
    /// nil past the last column a sheet can have (XFD, 16,384): found by the fuzz pass, a damaged reference such
    /// as "GKDKKC7" made the reader pad a row to billions of cells.
    static func columnIndex(_ ref: String) -> Int? {
        var n = 0
        for u in ref.utf8 {
            guard u >= 65 && u <= 90 else { break }
            n = n * 26 + Int(u - 64)
            guard n <= maxColumns else { return nil }
        }
        return max(0, n - 1)
    }

    static let maxColumns = 16_384

    private func entry(_ path: String) throws -> [UInt8] {
        guard let e = archive[path] else { throw TableError.unreadable(name, reason: "missing \(path)") }
        var data = Data()
        do { _ = try archive.extract(e, skipCRC32: false) { data.append($0) } } catch {
            throw TableError.unreadable(name, reason: "\(path) is damaged (\(error))")
        }
        return [UInt8](data)
    }

    private func relationships() throws -> [String: String] {
        var out: [String: String] = [:]
        try XMLScanner.scan(entry("xl/_rels/workbook.xml.rels")) { event in
            if case .start("Relationship", let a, _) = event, let id = a["Id"], let target = a["Target"] { out[id] = target }
        }
        return out
    }

    private func readSharedStrings() throws -> [String] {
        var out: [String] = []
        var current = "", inText = false, phonetic = false
        try XMLScanner.scan(entry("xl/sharedStrings.xml")) { event in
            switch event {
            case .start("si", _, _): current = ""
            case .end("si"): out.append(current)
            case .start("rPh", _, _): phonetic = true
            case .end("rPh"): phonetic = false
            case .start("t", _, let selfClosing): inText = !selfClosing && !phonetic
            case .end("t"): inText = false
            case .text(let s) where inText: current += s
            default: break
            }
        }
        return out
    }
}
