import Foundation
@testable import HavenApp
import NIOConcurrencyHelpers
import Testing
import VaporTesting

/// Issue 8, finding 9: two imports at once. Before, the second could fail halfway with the raw
/// "busy: database is locked"; now it waits for the first, says so, and both complete.
@Suite struct ImportLockTests {
    @Test func aSecondImportWaitsForTheFirstAndSaysSo() async throws {
        let sample = try SampleFolder()
        defer { sample.remove() }
        try await withHaven { app in
            let storage = app.havenSettings.storage
            let messages = NIOLockedValueBox<[String]>([])
            let events = NIOLockedValueBox<[String]>([])
            let (entered, enteredContinuation) = AsyncStream<Void>.makeStream()
            let (gate, gateContinuation) = AsyncStream<Void>.makeStream()

            let first = Task {
                try await ImportLock.run(storage, logger: app.logger, waiting: { _ in }) {
                    enteredContinuation.yield()
                    for await _ in gate { break }  // hold the lock until the test lets go
                    try await sample.importAll(into: app)
                    events.withLockedValue { $0.append("first done") }
                }
            }
            for await _ in entered { break }
            let second = Task {
                try await ImportLock.run(storage, logger: app.logger, waiting: { m in messages.withLockedValue { $0.append(m) } }) {
                    events.withLockedValue { $0.append("second started") }
                    return try await sample.importAll(into: app)
                }
            }
            // The second says it waits (on PostgreSQL it first opens its own connection: under CI's load that took
            // more than the half second this once slept), and does not start while the first holds the lock.
            let deadline = Date().addingTimeInterval(15)
            while messages.withLockedValue({ $0 }).isEmpty && Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
            try await Task.sleep(for: .milliseconds(300))
            #expect(events.withLockedValue { $0 }.isEmpty, "the second import waits while the first holds the lock")
            #expect(messages.withLockedValue { $0 }.first?.contains("Another import is running") == true)

            gateContinuation.yield()
            try await first.value
            let summary = try await second.value
            #expect(events.withLockedValue { $0 } == ["first done", "second started"])
            #expect(!summary.changesListings && summary.facilitiesUnchanged > 0, "the second import found the first one's work done")
            #expect(try await count(app, "facilities") == app.catalog.service.index.count)
        }
    }

    @Test func theLockIsFreeOnceTheHolderIsDone() async throws {
        try await withHaven { app in
            let storage = app.havenSettings.storage
            struct Refused: Error {}
            // A failed import gives the lock back too.
            await #expect(throws: Refused.self) {
                try await ImportLock.run(storage, logger: app.logger, waiting: { _ in }) { throw Refused() }
            }
            let waited = NIOLockedValueBox(false)
            try await ImportLock.run(storage, logger: app.logger, waiting: { _ in waited.withLockedValue { $0 = true } }) {}
            #expect(!waited.withLockedValue { $0 })
        }
    }
}
