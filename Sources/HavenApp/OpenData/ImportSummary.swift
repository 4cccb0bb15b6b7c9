import HavenCore

/// What one import did to one file's rows: the operator's receipt.
public struct FileSummary: Sendable, Codable {
    public var file: String
    public var edition: String
    public var read = 0
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    /// Records from an earlier edition of this file that this edition no longer lists (kept, marked not present).
    public var noLongerListed = 0
    public var rejected: [ImportIssue] = []
    public var warnings: [ImportIssue] = []

    public init(file: String, edition: String) {
        self.file = file
        self.edition = edition
    }

    public var line: String {
        "\(file): read \(read), created \(created), updated \(updated), unchanged \(unchanged), rejected \(rejected.count)"
            + (noLongerListed > 0 ? ", no longer listed \(noLongerListed)" : "")
            + (warnings.isEmpty ? "" : ", notes \(warnings.count)")
    }
}

/// A whole import: per-file receipts and what happened to facilities.
public struct ImportSummary: Sendable, Codable {
    public var files: [FileSummary] = []
    public var facilitiesCreated = 0
    public var facilitiesUpdated = 0
    public var facilitiesUnchanged = 0
    public var facilitiesMarkedMissing = 0
    public var precision: [String: Int] = [:]

    public init() {}

    /// Whether search sees a difference (a facility created, changed or marked missing): only then does the data
    /// revision move and every instance rebuild its index.
    public var changesListings: Bool { facilitiesCreated + facilitiesUpdated + facilitiesMarkedMissing > 0 }

    /// The report printed after an import: one line per file, then each rejected row and note with its reason.
    public var report: String {
        var lines = files.map(\.line)
        if facilitiesCreated + facilitiesUpdated + facilitiesUnchanged > 0 {
            lines.append("facilities: created \(facilitiesCreated), updated \(facilitiesUpdated), unchanged \(facilitiesUnchanged), marked missing \(facilitiesMarkedMissing)")
        }
        if !precision.isEmpty {
            lines.append("locations: " + precision.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        for f in files {
            for r in f.rejected { lines.append("  rejected: \(r)") }
            for w in f.warnings { lines.append("  note: \(w)") }
        }
        return lines.joined(separator: "\n")
    }
}

/// Reports progress of a long import step (a terminal bar, or nothing).
public typealias ProgressHandler = @Sendable (_ step: String, _ done: Int, _ total: Int) -> Void
