import Foundation
@testable import HavenApp
import HavenCore
import Testing

@Suite struct SearchCatalogTests {
    @Test func concurrentRefreshesBuildOnceAndAllSeeTheNewRevision() async throws {
        try await withSample { app in
            let before = app.catalog.revision
            try await DataRevision.bump(app.db)
            // Twenty callers at once (instances poll, edits refresh): exactly one of them rebuilds.
            let rebuilt = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<20 { group.addTask { try await app.catalog.refresh(app.db) } }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(rebuilt == 1)
            #expect(app.catalog.revision == before + 1)
            #expect(app.catalog.service.index.count > 0)
            #expect(try await app.catalog.refresh(app.db) == false, "nothing changed since")
        }
    }
}
