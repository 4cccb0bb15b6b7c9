import Foundation
@testable import HavenApp
import HavenCore
import SQLKit
import Testing
import VaporTesting

@Suite struct ServingThroughWritesTests {
    /// Issue 8, finding 3: while an import holds the write lock, database-backed pages still answer.
    @Test func pagesAnswerWhileAWriterHoldsTheDatabase() async throws {
        try await withSample { app in
            let id = try #require(app.catalog.service.index.listings.first).idString
            let locked = AsyncStream<Bool>.makeStream()
            let release = AsyncStream<Void>.makeStream()
            // A writer in another application on the same database (as `haven import` is another process) takes the
            // strongest lock the database has and keeps it until told to let go.
            let importer = try await Application.make(.testing)
            try await configure(importer, settings: app.havenSettings)
            let writer = Task {
                do {
                    try await importer.db.withConnection { conn in
                        let sql = try conn.sql
                        if TestDatabase.isPostgres {
                            try await sql.raw("BEGIN").run()
                            try await sql.raw("LOCK TABLE facilities IN EXCLUSIVE MODE").run()
                        } else {
                            try await sql.raw("BEGIN EXCLUSIVE").run()
                        }
                        try await sql.raw("UPDATE data_state SET revision = revision + 1").run()
                        locked.continuation.yield(true)
                        for await _ in release.stream { break }
                        try await sql.raw("ROLLBACK").run()
                    }
                } catch {
                    locked.continuation.yield(false)
                    throw error
                }
            }
            var holding = false
            for await ok in locked.stream { holding = ok; break }
            guard holding else {
                try await writer.value
                Issue.record("the writer never took its lock")
                return
            }
            defer { release.continuation.yield() }
            for path in ["/facilities/\(id)", "/api/v1/facilities/\(id)", "/about/data"] {
                let answered = try await withThrowingTaskGroup(of: UInt?.self) { group in
                    group.addTask {
                        var code: UInt = 0
                        try await app.testing().test(.GET, path) { res in code = res.status.code }
                        return code
                    }
                    // Generous: the whole suite shares two cores. Without WAL the request waits for the writer forever.
                    group.addTask { try await Task.sleep(nanoseconds: 60_000_000_000); return nil }
                    let first = try await group.next()!
                    if first == nil { release.continuation.yield() }  // let the stuck request finish, then fail
                    group.cancelAll()
                    return first
                }
                #expect(answered == 200, "\(path) waited for the writer (60 s)")
            }
            release.continuation.yield()
            try await writer.value
            try await importer.asyncShutdown()
        }
    }
}
