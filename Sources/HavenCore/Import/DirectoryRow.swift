/// One facility row of a SAMHSA directory, checked and mapped to Haven's terms.
public struct DirectoryRow: Sendable, Hashable, Codable {
    public var directory: Directory
    /// The row's line in its sheet (header is line 1), so an operator can find it.
    public var line: Int
    public var name1: String, name2: String
    public var street1: String, street2: String
    public var city: String, state: String, zip: String
    public var phone: String, intake1: String, intake2: String
    /// SAMHSA's codes as listed for this row (each valid in this directory's code sheet).
    public var codes: [String]
    /// Haven term slugs derived from `codes` through the crosswalk.
    public var terms: [String]

    /// The facility identity across files and editions: name, sub-name, street and ZIP, normalized.
    public var facilityKey: String {
        [AddressKey.name(name1), AddressKey.name(name2), AddressKey.street(street1), AddressKey.street(street2), zip]
            .joined(separator: "|")
    }
}

/// A row the importer refused, or one it took with a caveat; either way the operator is told.
public struct ImportIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// "file line 12: reason", or "file: reason" when the problem has no line (a whole file, a JSON object).
    public var description: String { line > 0 ? "\(file) line \(line): \(reason)" : "\(file): \(reason)" }
}

/// One directory file read and checked: its good rows, and every row it rejected or merged, with the reason.
public struct DirectoryEdition: Sendable {
    public let directory: Directory
    public let file: String
    public let edition: String
    public let rowsRead: Int
    public let rows: [DirectoryRow]
    public let rejected: [ImportIssue]
    public let warnings: [ImportIssue]
}
