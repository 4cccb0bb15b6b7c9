import Foundation

/// Which database a command line runs on, said before it starts, and never a new empty one by accident: without
/// `HAVEN_SQLITE_PATH`, a typo or the wrong folder used to create `./haven.sqlite` quietly and serve 0 facilities.
public enum DatabaseChoice: Equatable, Sendable {
    /// Go on; the line says which database.
    case use(String)
    /// Help only: nothing is opened or created (an in-memory database stands in).
    case helpOnly
    /// Stop with this message (exit status 2).
    case refuse(String)

    /// The flag that allows creating a new SQLite file (taken out of the arguments before the command reads them).
    public static let createFlag = "--create"
    /// The setting that allows it too (scripts, containers).
    public static let createSetting = "HAVEN_CREATE_DATABASE"
    /// The SQLite path that opens an in-memory database (for `.helpOnly`).
    public static let memoryPath = ":memory:"

    /// `arguments` as the binary got them (the first is its path). Imports may create the file: they fill it.
    public static func decide(_ storage: Settings.Storage, arguments: [String], createAllowed: Bool,
                              fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> DatabaseChoice {
        let rest = arguments.dropFirst()
        if rest.contains("--help") || rest.contains("-h") { return .helpOnly }
        switch storage {
        case .postgres(let url, _):
            return .use("Database: PostgreSQL at \(redacted(url))")
        case .sqlite(let path):
            let absolute = absolute(path)
            if fileExists(path) { return .use("Database: SQLite, \(absolute)") }
            let command = rest.first { !$0.hasPrefix("-") } ?? "serve"
            if createAllowed || command == "import" { return .use("Database: SQLite, \(absolute) (new)") }
            return .refuse("""
                There is no database at \(absolute).
                Set HAVEN_SQLITE_PATH to your database (or DATABASE_URL for PostgreSQL). To start a new, empty one there, \
                run `haven import all` (it fills it), or pass \(createFlag) (or set \(createSetting)=1).
                """)
        }
    }

    static func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    /// A connection URL without its password.
    static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url) else { return "(the DATABASE_URL)" }
        if parts.password != nil { parts.password = "***" }
        parts.query = nil
        return parts.string ?? "(the DATABASE_URL)"
    }
}
