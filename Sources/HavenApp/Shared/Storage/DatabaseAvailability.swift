import AsyncKit
import FluentPostgresDriver
import FluentSQLiteDriver
import NIOCore
import NIOPosix

/// Whether an error means the database cannot be reached or is too busy right now (answer 503 with
/// `Retry-After`: it will pass), as against a bug or a bad query (500).
enum DatabaseAvailability {
    static func isUnavailable(_ error: any Error) -> Bool {
        switch error {
        case is ConnectionPoolTimeoutError, is ConnectionPoolError, is NIOConnectionError, is ChannelError, is IOError:
            return true
        case let e as PSQLError:
            switch e.code {
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed:
                return true
            case .server:
                // Class 08 (connection exception), 57P01-57P03 (shutting down, starting up, cannot connect now), 53 (out of resources).
                let state = e.serverInfo?[.sqlState] ?? ""
                return state.hasPrefix("08") || state.hasPrefix("57P") || state.hasPrefix("53")
            default:
                return e.underlying.map(isUnavailable) ?? false
            }
        case let e as SQLiteError:
            switch e.reason {
            case .busy, .locked, .busyTimeout, .busyInRecovery, .busyInSnapshot, .cantOpen, .ioError, .full, .noMemory:
                return true
            default:
                return false
            }
        default:
            return false
        }
    }

    /// Failures the connection pool (AsyncKit) logs itself: opening a connection, waiting for one.
    static func loggedByThePool(_ error: any Error) -> Bool {
        switch error {
        case is ConnectionPoolTimeoutError, is NIOConnectionError: true
        case let e as PSQLError: e.code == .connectionError
        default: false
        }
    }
}
