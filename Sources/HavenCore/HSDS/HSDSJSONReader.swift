import Foundation

/// Reads HSDS 3.0 JSON (what an HSDS API serves, and `haven export hsds --json` writes) into the same tables as a
/// tabular package, so one mapper serves both. Takes a `.json` file or a folder of them (searched recursively): a
/// single object, an array, a paged list (`contents`), or `tabular.json`'s file-name-to-rows form. Nested objects
/// (a service's locations, a location's addresses, an attribute's taxonomy term...) become rows of their own
/// table with the link to their parent filled in; an object met twice is one row.
public enum HSDSJSONReader {
    public enum ReadError: Error, Sendable, CustomStringConvertible {
        case unreadable(String, reason: String)
        case nothingToRead(String)

        public var description: String {
            switch self {
            case .unreadable(let f, let r): "\(f): not HSDS JSON (\(r))"
            case .nothingToRead(let p): "\(p) has no HSDS JSON objects Haven reads (organization, service, location, service_at_location...)"
            }
        }
    }

    /// For each table, its nested members: key -> (table, the column in the child that points at the parent, or
    /// the column in the parent that points at the child when `parentPoints`).
    struct Nest { let table: String; let column: String; var parentPoints = false }
    static let nests: [String: [String: Nest]] = [
        "organization": ["services": Nest(table: "service", column: "organization_id"), "locations": Nest(table: "location", column: "organization_id"),
                         "phones": Nest(table: "phone", column: "organization_id")],
        "service": ["organization": Nest(table: "organization", column: "organization_id", parentPoints: true),
                    "service_at_locations": Nest(table: "service_at_location", column: "service_id"),
                    "phones": Nest(table: "phone", column: "service_id"), "schedules": Nest(table: "schedule", column: "service_id"),
                    "languages": Nest(table: "language", column: "service_id"), "cost_options": Nest(table: "cost_option", column: "service_id")],
        "service_at_location": ["location": Nest(table: "location", column: "location_id", parentPoints: true),
                                "service": Nest(table: "service", column: "service_id", parentPoints: true),
                                "phones": Nest(table: "phone", column: "service_at_location_id"),
                                "schedules": Nest(table: "schedule", column: "service_at_location_id")],
        "location": ["addresses": Nest(table: "address", column: "location_id"), "phones": Nest(table: "phone", column: "location_id"),
                     "languages": Nest(table: "language", column: "location_id"), "accessibility": Nest(table: "accessibility", column: "location_id"),
                     "schedules": Nest(table: "schedule", column: "location_id")],
        "phone": ["languages": Nest(table: "language", column: "phone_id")],
        "attribute": ["taxonomy_term": Nest(table: "taxonomy_term", column: "taxonomy_term_id", parentPoints: true)],
        "taxonomy_term": ["taxonomy_detail": Nest(table: "taxonomy", column: "taxonomy_id", parentPoints: true)],
    ]
    /// Tables whose objects may carry `attributes` (linked by `link_id`).
    static let linkable: Set<String> = ["organization", "service", "location", "service_at_location"]

    public static func read(_ url: URL) throws -> HSDSPackage {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else { throw HSDSPackage.ReadError.notAFolder(url.path) }
        var files: [URL] = []
        if isDir.boolValue {
            let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
            while let f = walker?.nextObject() as? URL {
                if f.pathExtension == "json" && f.lastPathComponent != "datapackage.json" { files.append(f) }
            }
            files = files.map { ($0.path, $0) }.sorted { $0.0 < $1.0 }.map(\.1)  // a URL's path is made anew on each call
        } else {
            files = [url]
        }
        var builder = Builder()
        for file in files {
            let object: Any
            do { object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) } catch {
                throw ReadError.unreadable(file.lastPathComponent, reason: "\(error.localizedDescription)")
            }
            let relative = file.path.hasPrefix(url.path + "/") ? String(file.path.dropFirst(url.path.count + 1)) : file.lastPathComponent
            builder.file(object, name: relative, table: table(for: file))
        }
        guard builder.tables["location"] != nil else { throw ReadError.nothingToRead(url.path) }
        let tables = builder.tables.mapValues { rows in
            rows.enumerated().map { i, row in row.record(line: i + 1) }
        }
        // `haven export hsds --json` puts the objects in DIR/json beside DIR/datapackage.json: that names the package.
        let folder = isDir.boolValue ? url : url.deletingLastPathComponent()
        let descriptor = Descriptor(folder.appendingPathComponent("datapackage.json"))
            ?? (folder.lastPathComponent == "json" ? Descriptor(folder.deletingLastPathComponent().appendingPathComponent("datapackage.json")) : nil)
        return HSDSPackage(name: descriptor?.name ?? (isDir.boolValue ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent),
                           version: descriptor?.version ?? "", title: descriptor?.title ?? "", licenses: descriptor?.licenses ?? [],
                           tables: tables, files: Dictionary(uniqueKeysWithValues: tables.keys.map { ($0, "\($0) objects") }),
                           notes: builder.notes)
    }

    /// The table a file's top-level objects belong to: its folder's name (`json/service/ID.json`) or its own
    /// (`service_full.json`, `organization_list.json`, `taxonomy_term.json`).
    static func table(for file: URL) -> String? {
        let folder = file.deletingLastPathComponent().lastPathComponent
        if HSDSPackage.standardPaths[folder] != nil { return folder }
        var name = file.deletingPathExtension().lastPathComponent
        for suffix in ["_full", "_list"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        return HSDSPackage.standardPaths[name] != nil ? name : nil
    }

    /// A row being gathered: cells by column, in first-seen order, and where it was first met.
    struct Row {
        var columns: [String] = []
        var values: [String: String] = [:]
        var origin: String

        mutating func set(_ column: String, _ value: String) {
            if values[column] == nil { columns.append(column) }
            if values[column, default: ""].isEmpty { values[column] = value }
        }

        func record(line: Int) -> HSDSPackage.Record {
            var r = HSDSPackage.Record(line: line, cells: columns.map { values[$0]! },
                                       columns: Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) }), header: columns)
            r.origin = origin
            return r
        }
    }

    struct Builder {
        var tables: [String: [Row]] = [:]
        var positions: [String: [String: Int]] = [:]
        var notes: [ImportIssue] = []

        mutating func file(_ object: Any, name: String, table: String?) {
            if let dict = object as? [String: Any], let contents = dict["contents"] as? [Any], let table {
                for (i, o) in contents.enumerated() { add(o, table: table, origin: "\(name): contents[\(i)]") }
            } else if let dict = object as? [String: Any], table == nil, dict.keys.contains(where: { $0.hasSuffix(".csv") }) {
                // tabular.json: {"organizations.csv": [rows], ...}
                for (csv, rows) in dict.sorted(by: { $0.key < $1.key }) {
                    guard let t = HSDSPackage.standardPaths.first(where: { $0.value == csv })?.key, let rows = rows as? [Any] else { continue }
                    for (i, o) in rows.enumerated() { add(o, table: t, origin: "\(name): \(csv)[\(i)]") }
                }
            } else if let table {
                if let array = object as? [Any] {
                    for (i, o) in array.enumerated() { add(o, table: table, origin: "\(name)[\(i)]") }
                } else {
                    add(object, table: table, origin: name)
                }
            } else {
                notes.append(ImportIssue(file: name, line: 0, reason: "not named for an HSDS table Haven reads; skipped"))
            }
        }

        /// Adds one object (and everything nested in it) to its table; returns its id.
        @discardableResult
        mutating func add(_ object: Any, table: String, origin: String, links: [(String, String)] = []) -> String? {
            guard let dict = object as? [String: Any] else {
                notes.append(ImportIssue(file: origin, line: 0, reason: "not a JSON object; skipped"))
                return nil
            }
            var row = Row(origin: origin)
            for (key, value) in dict.sorted(by: { $0.key < $1.key }) {
                if let text = HSDSJSONReader.text(value) { row.set(key, text) }
            }
            for (column, id) in links where !id.isEmpty { row.set(column, id) }
            let id = row.values["id"] ?? ""
            // Children: nested tables, and attributes on the entities that carry them.
            for (key, value) in dict.sorted(by: { $0.key < $1.key }) {
                if key == "attributes", HSDSJSONReader.linkable.contains(table), let items = value as? [Any] {
                    for (i, item) in items.enumerated() {
                        add(item, table: "attribute", origin: "\(origin).attributes[\(i)]", links: [("link_id", id), ("link_entity", table)])
                    }
                    continue
                }
                guard let nest = HSDSJSONReader.nests[table]?[key] else { continue }
                let items = value as? [Any] ?? [value]
                for (i, item) in items.enumerated() where item is [String: Any] {
                    let path = value is [Any] ? "\(origin).\(key)[\(i)]" : "\(origin).\(key)"
                    if nest.parentPoints {
                        if let childID = add(item, table: nest.table, origin: path) { row.set(nest.column, childID) }
                    } else {
                        add(item, table: nest.table, origin: path, links: [(nest.column, id)])
                    }
                }
            }
            // An object met before (the same organization under each of its services) fills in, not repeats.
            if !id.isEmpty, let at = positions[table]?[id] {
                for column in row.columns { tables[table]![at].set(column, row.values[column]!) }
            } else {
                if !id.isEmpty { positions[table, default: [:]][id] = tables[table, default: []].count }
                tables[table, default: []].append(row)
            }
            return id
        }
    }

    /// A scalar as table text: strings as they are, numbers exactly as written (whole ones without ".0"),
    /// booleans as true/false.
    static func text(_ value: Any) -> String? {
        // Nested objects and arrays first: the number casts below would bridge them to Foundation to find out.
        if value is [String: Any] || value is [Any] { return nil }
        switch value {
        case let s as String: return s
        case let b as Bool where type(of: value) == Bool.self: return b ? "true" : "false"
        // Linux's JSONSerialization gives decimals as NSDecimalNumber: its text is exact, a Double would not be.
        case let d as NSDecimalNumber: return d.stringValue
        case let i as Int: return String(i)
        case let d as Double: return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }
}
