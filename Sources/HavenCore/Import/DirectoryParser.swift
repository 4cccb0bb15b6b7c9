import Foundation

/// Reads a SAMHSA facility sheet with its own code sheet into checked `DirectoryRow`s.
public struct DirectoryParser: Sendable {
    public let directory: Directory
    public let codes: CodeSheet
    public let taxonomy: Taxonomy

    public init(codes: CodeSheet, taxonomy: Taxonomy = .haven) {
        self.directory = codes.directory
        self.codes = codes
        self.taxonomy = taxonomy
    }

    static let required = ["name1", "street1", "city", "state", "zip", "service_code_info"]

    public func parse(_ table: Table, file: String, edition: String) throws -> DirectoryEdition {
        let cols = table.columns()
        let missing = Self.required.filter { cols[$0] == nil }
        guard missing.isEmpty else { throw TableError.missingColumns(file, missing) }
        func cell(_ row: [String], _ name: String) -> String {
            guard let i = cols[name], i < row.count else { return "" }
            return row[i].trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var rows: [DirectoryRow] = []
        var byKey: [String: Int] = [:]
        var rejected: [ImportIssue] = [], warnings: [ImportIssue] = []
        for (i, raw) in table.rows.enumerated() {
            let line = i + 2
            func reject(_ why: String) { rejected.append(ImportIssue(file: file, line: line, reason: why)) }
            let name1 = cell(raw, "name1")
            guard !name1.isEmpty else { reject("no facility name (name1 is empty)"); continue }
            let zipText = cell(raw, "zip")
            guard let zip = AddressKey.zip5(zipText) else { reject("bad ZIP code \"\(zipText)\" for \(name1)"); continue }
            let stateText = cell(raw, "state")
            guard let state = USState.abbreviation(stateText) else { reject("unknown state \"\(stateText)\" for \(name1)"); continue }
            guard !cell(raw, "city").isEmpty else { reject("no city for \(name1)"); continue }
            var rowCodes: [String] = []
            var terms = Set<String>()
            for token in cell(raw, "service_code_info").split(whereSeparator: { $0 == " " || $0 == "*" }) {
                let code = String(token)
                guard codes.entries[code] != nil else {
                    warnings.append(ImportIssue(file: file, line: line, reason: "unknown service code \"\(code)\" (not in this file's code sheet) ignored for \(name1)"))
                    continue
                }
                guard !rowCodes.contains(code) else { continue }
                rowCodes.append(code)
                guard let mapped = taxonomy.terms(for: SAMHSACode(directory, code)) else {
                    warnings.append(ImportIssue(file: file, line: line, reason: "code \"\(code)\" is not yet in Haven's taxonomy; kept in the source record"))
                    continue
                }
                for t in mapped { terms.insert(t.slug) }
            }
            let row = DirectoryRow(
                directory: directory, line: line, name1: name1, name2: cell(raw, "name2"),
                street1: PostalAddress.publishedStreet(cell(raw, "street1")),
                street2: PostalAddress.publishedStreet(cell(raw, "street2")), city: cell(raw, "city"),
                state: state, zip: zip, phone: cell(raw, "phone"),
                intake1: Self.joinPhone(cell(raw, "intake1"), cell(raw, "intake1a")),
                intake2: Self.joinPhone(cell(raw, "intake2"), cell(raw, "intake2a")),
                codes: rowCodes, terms: terms.sorted())
            let key = row.facilityKey
            if let first = byKey[key] {
                // Same facility listed twice in one file: keep one, with every code either row listed.
                let previous = rows[first]
                let identical = previous.codes == row.codes && previous.phone == row.phone
                rows[first].codes += row.codes.filter { !previous.codes.contains($0) }
                rows[first].terms = Array(Set(previous.terms).union(row.terms)).sorted()
                warnings.append(ImportIssue(file: file, line: line, reason: identical
                    ? "exact duplicate of line \(previous.line) (\(name1)); counted once"
                    : "same facility as line \(previous.line) (\(name1)); services merged into it"))
                continue
            }
            byKey[key] = rows.count
            rows.append(row)
        }
        return DirectoryEdition(directory: directory, file: file, edition: edition, rowsRead: table.rows.count,
                                rows: rows, rejected: rejected, warnings: warnings)
    }

    /// SAMHSA gives some intake numbers in letters too ("888-85COMPA"): keep the digits, add the letters.
    static func joinPhone(_ number: String, _ lettered: String) -> String {
        guard !lettered.isEmpty, lettered != number else { return number }
        guard !number.isEmpty else { return lettered }
        return "\(number) (\(lettered))"
    }

    /// The edition year in a file name ("..._2022.xlsx" -> "2022"), or "unknown".
    public static func edition(fromFileName name: String) -> String {
        let digits = Array(name)
        var i = 0
        while i + 4 <= digits.count {
            let four = String(digits[i..<(i + 4)])
            if (four.hasPrefix("19") || four.hasPrefix("20")), four.allSatisfy(\.isNumber),
               (i == 0 || !digits[i - 1].isNumber), (i + 4 == digits.count || !digits[i + 4].isNumber) { return four }
            i += 1
        }
        return "unknown"
    }
}
