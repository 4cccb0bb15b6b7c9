/// One directory's "Service Code Reference": what each code means in that file.
public struct CodeSheet: Sendable {
    public struct Entry: Sendable, Hashable { public let category: String; public let categoryName: String; public let name: String }
    public let directory: Directory
    public let entries: [String: Entry]

    public init(directory: Directory, table: Table, name: String) throws {
        let cols = table.columns()
        guard let cat = cols["category_code"], let code = cols["service_code"], let sname = cols["service_name"] else {
            throw TableError.missingColumns(name, ["category_code", "service_code", "service_name"])
        }
        let catName = cols["category_name"]
        var entries: [String: Entry] = [:]
        for row in table.rows where row.count > max(cat, code, sname) {
            let c = row[code].trimmingCharacters(in: .whitespaces)
            guard !c.isEmpty else { continue }
            entries[c] = Entry(category: row[cat].trimmingCharacters(in: .whitespaces),
                               categoryName: catName.map { row[$0].trimmingCharacters(in: .whitespaces) } ?? "",
                               name: row[sname].trimmingCharacters(in: .whitespaces))
        }
        guard !entries.isEmpty else { throw TableError.unreadable(name, reason: "the code sheet has no codes") }
        self.directory = directory
        self.entries = entries
    }
}
