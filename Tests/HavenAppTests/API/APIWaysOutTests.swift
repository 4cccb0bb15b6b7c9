import Foundation
@testable import HavenApp
import Testing
import VaporTesting

/// Issue 20, finding 6: the ways out of an empty search are the search service's, so the API offers what the
/// results page offers, each with an address that finds exactly the count it states.
@Suite struct APIWaysOutTests {
    struct Answer: Decodable {
        struct WayOut: Decodable { let kind: String; let radius: Double?; let term: String?; let total: Int; let url: String }
        let total: Int
        let ways_out: [WayOut]
    }

    @Test func anEmptySearchSaysWhereToLookAndEachWayFindsWhatItSays() async throws {
        try await withSample { app in
            let path = "/api/v1/facilities?near=10001&radius=1&age=seniors&language=hmong&q=zzyzx"
            let res = try await app.testing().sendRequest(.GET, path)
            let answer = try JSONDecoder().decode(Answer.self, from: Data(res.body.readableBytesView))
            #expect(answer.total == 0 && !answer.ways_out.isEmpty)
            for way in answer.ways_out {
                #expect(way.url.hasPrefix("/api/v1/facilities?"))
                let followed = try JSONDecoder().decode(Answer.self, from: Data(try await app.testing().sendRequest(.GET, way.url).body.readableBytesView))
                #expect(followed.total == way.total, "\(way.url)")
            }
            // The page offers the same ways, with the same counts.
            let page = try await app.testing().sendRequest(.GET, "/search?near=10001&radius=1&age=seniors&language=hmong&q=zzyzx").body.string
            for way in answer.ways_out { #expect(page.contains("(\(Format.grouped(way.total)) place"), "\(way.kind) \(way.total)") }
        }
    }
}
