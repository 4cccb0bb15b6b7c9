import Foundation

/// An HSDS 3.0 tabular data package read from a folder: the tables Haven uses, each row with its position in its file.
/// Files are found through `datapackage.json` when it lists them, else by the standard HSDS file names.
public struct HSDSPackage: Sendable {
    public init(name: String, version: String, title: String = "", licenses: [DataLicense] = [], tables: [String: [Record]],
                files: [String: String], notes: [ImportIssue]) {
        self.name = name; self.version = version; self.title = title; self.licenses = licenses
        self.tables = tables; self.files = files; self.notes = notes
    }

    /// One CSV row, cells trimmed; `line` counts records with the header as line 1 (a quoted field may span lines).
    public struct Record: Sendable {
        public let line: Int
        let cells: [String]
        let columns: [String: Int]
        let header: [String]
        /// Where a JSON object came from ("service_full.json: service_at_locations[0].location"); nil for CSV rows.
        public var origin: String? = nil

        public subscript(_ column: String) -> String {
            guard let i = columns[column], i < cells.count else { return "" }
            return cells[i]
        }

        /// The row's non-empty cells, by column name, in file order.
        public var fields: [(String, String)] {
            zip(header, cells).filter { !$0.1.isEmpty }
        }
    }

    /// Trims surrounding white space; most cells have none, and checking the ends avoids Foundation's slow path.
    static func trimmed(_ s: String) -> String {
        guard let first = s.utf8.first, let last = s.utf8.last else { return s }
        func plain(_ b: UInt8) -> Bool { b > 0x20 && b < 0x80 }
        return plain(first) && plain(last) ? s : s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public let name: String
    public let version: String
    /// The descriptor's title and licenses, for attribution (and for the licenses of Haven's own export).
    public let title: String
    public let licenses: [DataLicense]
    /// Table name -> rows, for every table found.
    public let tables: [String: [Record]]
    /// Table name -> file name, for reports.
    public let files: [String: String]
    /// Things the operator should know about the package as a whole.
    public let notes: [ImportIssue]

    public func rows(_ table: String) -> [Record] { tables[table] ?? [] }
    public func file(_ table: String) -> String { files[table] ?? HSDSPackage.standardPaths[table] ?? table }

    /// The tables the importer reads, with the standard file name and the columns a file must have to be usable.
    static let standardPaths: [String: String] = [
        "organization": "organizations.csv", "service": "services.csv", "location": "locations.csv",
        "address": "addresses.csv", "service_at_location": "service_at_location.csv", "phone": "phones.csv",
        "schedule": "schedules.csv", "language": "languages.csv", "accessibility": "accessibility.csv",
        "cost_option": "cost_options.csv", "taxonomy": "taxonomies.csv", "taxonomy_term": "taxonomy_terms.csv",
        "attribute": "attributes.csv",
    ]
    static let requiredColumns: [String: [String]] = [
        "organization": ["id", "name"], "service": ["id", "organization_id", "name"], "location": ["id"],
        "address": ["id", "location_id"], "service_at_location": ["id", "service_id", "location_id"],
        "phone": ["id", "number"], "schedule": ["id"], "language": ["id"], "accessibility": ["id", "location_id"],
        "cost_option": ["id", "service_id"], "taxonomy": ["id", "name"], "taxonomy_term": ["id", "name"],
        "attribute": ["id", "link_id", "taxonomy_term_id"],
    ]

    public enum ReadError: Error, Sendable, CustomStringConvertible {
        case notAFolder(String)
        case noLocations(String)

        public var description: String {
            switch self {
            case .notAFolder(let p): "\(p) is not a folder holding an HSDS data package (datapackage.json and CSV files)"
            case .noLocations(let p): "\(p) has no locations.csv (or a resource named \"location\"): Haven lists places, so it needs locations"
            }
        }
    }

    /// A tabular package (a folder with `datapackage.json` or CSV files), else HSDS JSON (a `.json` file or a
    /// folder of them).
    public static func open(_ url: URL) throws -> HSDSPackage {
        if url.pathExtension == "json" && url.lastPathComponent != "datapackage.json" { return try HSDSJSONReader.read(url) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        if !names.isEmpty && !names.contains(where: { $0 == "datapackage.json" || $0.hasSuffix(".csv") }) { return try HSDSJSONReader.read(url) }
        return try read(url)
    }

    /// Reads `folder` (or the folder of a `datapackage.json` given directly). Throws on anything that makes a whole
    /// file unusable: a missing locations table, an unreadable or cut-off CSV, a required column missing.
    public static func read(_ folder: URL) throws -> HSDSPackage {
        var folder = folder
        if folder.lastPathComponent == "datapackage.json" { folder.deleteLastPathComponent() }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else {
            throw ReadError.notAFolder(folder.path)
        }
        var notes: [ImportIssue] = []
        var paths = standardPaths
        var name = folder.lastPathComponent, version = "", title = "", licenses: [DataLicense] = []
        let descriptorURL = folder.appendingPathComponent("datapackage.json")
        if FileManager.default.fileExists(atPath: descriptorURL.path) {
            if let d = Descriptor(descriptorURL) {
                name = d.name ?? name; version = d.version; title = d.title; licenses = d.licenses
                for (table, path) in d.resources where standardPaths[table] != nil { paths[table] = path }
            } else {
                notes.append(ImportIssue(file: "datapackage.json", line: 1,
                    reason: "not a JSON data package descriptor; reading the standard HSDS file names instead"))
            }
        } else {
            notes.append(ImportIssue(file: "datapackage.json", line: 0, reason: "missing; reading the standard HSDS file names"))
        }
        var tables: [String: [Record]] = [:], files: [String: String] = [:]
        for (table, path) in paths {
            let url = folder.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let csv = try CSVReader.read(contentsOf: url)
            let columns = csv.columns()
            let missing = requiredColumns[table]!.filter { columns[$0] == nil }
            guard missing.isEmpty else { throw TableError.missingColumns(url.lastPathComponent, missing) }
            files[table] = url.lastPathComponent
            let header = csv.header.map { trimmed($0).lowercased() }
            tables[table] = csv.rows.enumerated().map {
                Record(line: $0.offset + 2, cells: $0.element.map(trimmed), columns: columns, header: header)
            }
        }
        guard tables["location"] != nil else { throw ReadError.noLocations(folder.path) }
        return HSDSPackage(name: name, version: version, title: title, licenses: licenses, tables: tables, files: files, notes: notes)
    }
}

/// What a `datapackage.json` says about its package: name, version, title, licenses, and each resource's file.
struct Descriptor {
    var name: String?
    var version = "", title = ""
    var licenses: [DataLicense] = []
    var resources: [(String, String)] = []

    /// Nil when the file is missing or is not a JSON object.
    init?(_ url: URL) {
        guard let data = FileManager.default.contents(atPath: url.path),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        if let n = json["name"] as? String, !n.isEmpty { name = n }
        version = json["version"] as? String ?? ""
        title = json["title"] as? String ?? ""
        licenses = (json["licenses"] as? [[String: Any]] ?? []).compactMap { l in
            let license = DataLicense(name: l["name"] as? String, path: l["path"] as? String, title: l["title"] as? String)
            return license.label.isEmpty ? nil : license
        }
        resources = (json["resources"] as? [[String: Any]] ?? []).compactMap { r in
            guard let table = r["name"] as? String, let path = r["path"] as? String else { return nil }
            return (table, path)
        }
    }
}

/// A license as a Data Package descriptor gives it (an Open Definition `name`, a `path` to its text, a `title`).
public struct DataLicense: Sendable, Hashable, Codable {
    public let name: String?
    public let path: String?
    public let title: String?

    public init(name: String? = nil, path: String? = nil, title: String? = nil) {
        self.name = name.flatMap { $0.isEmpty ? nil : $0 }; self.path = path.flatMap { $0.isEmpty ? nil : $0 }
        self.title = title.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// What a reader is shown: the title, else the name, else the path.
    public var label: String { title ?? name ?? path ?? "" }

    /// The descriptor's form; a license with only a title gets it as its name, which the specification requires.
    public var descriptor: [String: String] {
        var out: [String: String] = [:]
        out["name"] = name ?? (path == nil ? title : nil)
        out["path"] = path
        out["title"] = title
        return out
    }
}

/// Data that went into an export and must be credited in its descriptor: an imported package's title and licenses.
public struct DataCredit: Sendable, Hashable {
    public let title: String
    public let licenses: [DataLicense]

    public init(title: String, licenses: [DataLicense]) {
        self.title = title
        self.licenses = licenses
    }
}
