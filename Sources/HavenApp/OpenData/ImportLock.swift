import Foundation
import Logging
import FluentPostgresDriver
import PostgresNIO
#if canImport(Glibc)
import Glibc
#endif

/// One import at a time per database, across processes and machines: a second one waits, saying so, instead of
/// failing halfway with "database is locked". The lock dies with its holder (a killed import leaves none behind):
/// on SQLite an advisory file lock (`flock`) beside the database file; on PostgreSQL an advisory lock held by a
/// connection of its own (per schema).
enum ImportLock {
    /// Runs `body` holding the lock; `waiting` is told once when another import holds it.
    static func run<T>(_ storage: Settings.Storage, logger: Logger, waiting: (String) -> Void,
                       _ body: () async throws -> T) async throws -> T {
        switch storage {
        case .sqlite(let path):
            let lock = try FileLock(path: path + ".import-lock")
            defer { lock.release() }
            if !lock.tryAcquire() {
                waiting("Another import is running on \(path)\(lock.holderDescription); waiting for it to finish...")
                try await lock.acquire()
            }
            lock.recordHolder()
            return try await body()
        case .postgres(let url, let schema):
            let config = try SQLPostgresConfiguration(url: url)
            let connection = try await PostgresConnection.connect(configuration: config.coreConfiguration, id: 1, logger: logger)
            do {
                let key = schema ?? "public"
                let got = try await connection.query("SELECT pg_try_advisory_lock(18518, hashtext(\(key)))", logger: logger)
                    .collect().first?.decode(Bool.self) ?? false
                if !got {
                    waiting("Another import is running on this PostgreSQL database (schema \(key)); waiting for it to finish...")
                    try await connection.query("SELECT pg_advisory_lock(18518, hashtext(\(key)))", logger: logger)
                }
                let result = try await body()
                try? await connection.close()  // the lock goes with the session
                return result
            } catch {
                try? await connection.close()
                throw error
            }
        }
    }

    /// `flock` on a file of its own; the kernel releases it when the process ends, however it ends.
    final class FileLock: Sendable {
        let path: String
        private let fd: Int32

        init(path: String) throws {
            self.path = path
            fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw Importer.Failure(description: "cannot open the import lock \(path): \(String(cString: strerror(errno)))") }
        }

        func tryAcquire() -> Bool { flock(fd, LOCK_EX | LOCK_NB) == 0 }

        /// Waits for the lock on a thread of its own (never blocking Swift's cooperative threads).
        func acquire() async throws {
            let (fd, path) = (self.fd, self.path)
            try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
                Thread.detachNewThread {
                    while flock(fd, LOCK_EX) != 0 {
                        guard errno == EINTR else {
                            done.resume(throwing: Importer.Failure(description: "cannot take the import lock \(path): \(String(cString: strerror(errno)))"))
                            return
                        }
                    }
                    done.resume()
                }
            }
        }

        /// Who holds it, as the holder wrote it (" (process 123, since 2026-11-25T12:00:00Z)"), or nothing.
        var holderDescription: String {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8), !text.isEmpty else { return "" }
            return " (\(text.trimmingCharacters(in: .whitespacesAndNewlines)))"
        }

        func recordHolder() {
            let text = "process \(getpid()), since \(ISO8601DateFormatter().string(from: Date()))\n"
            ftruncate(fd, 0)
            _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
        }

        func release() {
            ftruncate(fd, 0)
            flock(fd, LOCK_UN)
            close(fd)
        }
    }
}
