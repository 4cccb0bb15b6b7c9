import FluentKit
import SQLKit

extension Database {
    /// The database as SQLKit sees it. Both of Haven's drivers (SQLite, PostgreSQL) are SQL databases; a driver
    /// that is not would be a configuration error, said here once instead of a forced cast at every use.
    var sql: any SQLDatabase {
        get throws {
            guard let sql = self as? any SQLDatabase else { throw NotSQL(driver: String(describing: type(of: self))) }
            return sql
        }
    }
}

struct NotSQL: Error, CustomStringConvertible {
    let driver: String
    var description: String { "Haven needs an SQL database (SQLite or PostgreSQL); \(driver) is not one" }
}
