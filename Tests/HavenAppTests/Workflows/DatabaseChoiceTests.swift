@testable import HavenApp
import Testing

/// Issue 20, finding 7: the command line says which database it uses, `--help` opens none, and nothing but an
/// import (which fills it) creates a new SQLite file unless asked to.
@Suite struct DatabaseChoiceTests {
    let missing = Settings.Storage.sqlite(path: "haven.sqlite")
    func decide(_ args: [String], create: Bool = false, exists: Bool = false, _ storage: Settings.Storage? = nil) -> DatabaseChoice {
        DatabaseChoice.decide(storage ?? missing, arguments: ["/usr/bin/haven"] + args, createAllowed: create, fileExists: { _ in exists })
    }

    @Test func aMissingFileIsRefusedWithWhatToDo() {
        for args in [[], ["serve"], ["admin", "create", "a@b.example"], ["export", "hsds", "/tmp/x"], ["serve", "--port", "8081"]] {
            guard case .refuse(let message) = decide(args) else { Issue.record("\(args) was not refused"); continue }
            #expect(message.contains("There is no database at /") && message.hasSuffix("(or set HAVEN_CREATE_DATABASE=1).") && message.contains("--create"))
        }
    }

    @Test func importsCreateItAndSoDoesAskingFirst() {
        #expect(decide(["import", "all"]) == .use("Database: SQLite, " + DatabaseChoice.absolute("haven.sqlite") + " (new)"))
        #expect(decide(["serve"], create: true) == .use("Database: SQLite, " + DatabaseChoice.absolute("haven.sqlite") + " (new)"))
        #expect(decide(["serve"], exists: true) == .use("Database: SQLite, " + DatabaseChoice.absolute("haven.sqlite")))
    }

    @Test func helpTouchesNothing() {
        #expect(decide(["--help"]) == .helpOnly && decide(["admin", "create", "-h"]) == .helpOnly && decide(["serve", "--help"], exists: true) == .helpOnly)
    }

    @Test func postgreSQLIsNamedWithoutItsPassword() {
        let choice = decide(["serve"], .postgres(url: "postgres://haven:s3cret@db.internal:5432/haven?tlsmode=require"))
        #expect(choice == .use("Database: PostgreSQL at postgres://haven:***@db.internal:5432/haven"))
    }
}
