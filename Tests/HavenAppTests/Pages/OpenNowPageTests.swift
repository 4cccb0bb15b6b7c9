import Foundation
@testable import HavenApp
import HavenCore
import Testing
import VaporTesting

/// Issue 22, item 4 on the pages and in the API: a listing whose staff gave hours says whether it is open, and the
/// hours filters find it; listings without hours say nothing.
@Suite struct OpenNowPageTests {
    @Test func aListingOpenAroundTheClockIsFoundOpenNowOnEveryPageAndInTheAPI() async throws {
        try await withSample(AccountTests.fast) { app in
            var (ann, id) = try await ProfileEditTests.managedFacility(app)
            var visitor = TestBrowser(app)
            // Before any hours: no hours group, no card says open or closed.
            var page = try await visitor.get("/search?near=10001&radius=25")
            #expect(!page.body.contains("name=\"open\"") && !page.body.contains("class=\"hours "))
            let form = try await ann.get("/portal/facilities/\(id)/edit")
            let saved = try await ann.post("/portal/facilities/\(id)/edit", ProfileEditTests.fields(form, ["hours_24": ["1"]]), from: form)
            #expect(saved.status == .seeOther)
            page = try await visitor.get("/search?near=10001&radius=25")
            #expect(page.body.contains("<input type=\"checkbox\" id=\"f-open-now\" name=\"open\" value=\"now\"> <label for=\"f-open-now\">Open now <span class=\"n\">(1)</span>"))
            #expect(page.body.contains("Open evenings or weekends <span class=\"n\">(1)</span>"))
            page = try await visitor.get("/search?near=10001&radius=25&open=now")
            #expect(page.body.contains("<h1>1 place near 10001 (New York, NY), open now</h1>"), "\(page.body.prefix(1200))")
            #expect(page.body.contains("href=\"/facilities/\(id)\""))
            #expect(page.body.contains("<p class=\"hours open\">Open 24 hours</p>"))
            #expect(page.body.contains("id=\"f-open-now\" name=\"open\" value=\"now\" checked"))
            #expect(page.body.contains("<span class=\"visually-hidden\">Remove the filter </span>Open now ×"))
            let detail = try await visitor.get("/facilities/\(id)")
            #expect(detail.body.contains("<p class=\"hours open\"><strong>Open 24 hours</strong>"))
            // The API: the parameter, its counts under facets.open, and its way out.
            let api = try await visitor.get("/api/v1/facilities?near=10001&radius=25&open=now")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(api.body.utf8)) as? [String: Any])
            #expect(json["total"] as? Int == 1)
            let open = try #require((json["facets"] as? [String: Any])?["open"] as? [[String: Any]])
            #expect(open.map { $0["slug"] as? String } == ["now", "evenings-weekends"] && open.map { $0["count"] as? Int } == [1, 1])
            let bad = try await visitor.get("/api/v1/facilities?near=10001&open=later")
            #expect(bad.status == .badRequest && bad.body.contains("open must be"))
        }
    }

    @Test func anHoursFilterWithNothingOpenOffersTheWayOut() async throws {
        try await withSample(AccountTests.fast) { app in
            var visitor = TestBrowser(app)
            let page = try await visitor.get("/search?near=10001&radius=25&open=now")
            #expect(page.body.contains("No places found near 10001 (New York, NY), open now"))
            #expect(page.body.contains("Without \u{201C}Open now\u{201D}</a>"), "\(page.body)")
            // The chosen box stays, so it can be unticked, with its count of 0.
            #expect(page.body.contains("id=\"f-open-now\" name=\"open\" value=\"now\" checked"))
            let api = try await visitor.get("/api/v1/facilities?near=10001&radius=25&open=now")
            #expect(api.body.contains("\"kind\":\"without_hours\"") && api.body.contains("\"term\":\"now\""))
        }
    }
}
