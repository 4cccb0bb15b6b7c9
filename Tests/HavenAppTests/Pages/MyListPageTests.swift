import Foundation
@testable import HavenApp
import HavenCore
import Testing
import VaporTesting

/// Issue 22, item 2 against the sample: the list lives in the URL through results, pages and a facility, and its page
/// says what it cannot read.
@Suite struct MyListPageTests {
    func get(_ app: Application, _ path: String) async throws -> (HTTPStatus, String, HTTPHeaders) {
        let res = try await app.testing().sendRequest(.GET, path)
        return (res.status, res.body.string, res.headers)
    }

    func ids(_ app: Application, _ n: Int) async throws -> [String] {
        let (_, body, _) = try await get(app, "/api/v1/facilities?near=10001&per_page=\(n)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        return try #require(json["results"] as? [[String: Any]]).compactMap { $0["id"] as? String }
    }

    @Test func addingFromTheResultsKeepsTheListInEveryLinkAndSetsNoCookie() async throws {
        try await withSample { app in
            let ids = try await ids(app, 3)
            let (_, plain, _) = try await get(app, "/search?near=10001")
            // Each card offers to add it, back to the same card; nothing about a list yet.
            #expect(plain.contains("<p class=\"list-add\" id=\"add-\(ids[0])\"><a href=\"/search?near=10001&amp;list=\(ids[0])#add-\(ids[0])\">Add <span class=\"visually-hidden\">"))
            #expect(!plain.contains("class=\"my-list\""))
            let (status, page, headers) = try await get(app, "/search?near=10001&list=\(ids[0]),\(ids[1])")
            #expect(status == .ok && headers[.setCookie].isEmpty)
            #expect(page.contains("<strong>Your list: 2 places. </strong><a href=\"/list?ids=\(ids[0]),\(ids[1])&amp;near=10001\">See, print or share it</a>"))
            #expect(page.contains("id=\"add-\(ids[0])\"><span aria-hidden=\"true\">✓ </span>On your list. <a href=\"/search?near=10001&amp;list=\(ids[1])#add-\(ids[0])\">Remove"))
            #expect(page.contains("href=\"/search?near=10001&amp;list=\(ids[0]),\(ids[1]),\(ids[2])#add-\(ids[2])\""))
            // The card's facility link, the form and the filters keep it.
            #expect(page.contains("href=\"/facilities/\(ids[2])?list=\(ids[0]),\(ids[1])\""))
            #expect(page.contains("<input type=\"hidden\" name=\"list\" value=\"\(ids[0]),\(ids[1])\">"))
            // The facility page: on the list, or add it.
            let (_, onList, _) = try await get(app, "/facilities/\(ids[0])?list=\(ids[0])")
            #expect(onList.contains("id=\"my-list\"><span aria-hidden=\"true\">✓ </span>On your list. <a href=\"/list?ids=\(ids[0])\">See, print or share your list (1)</a>"))
            let (_, other, _) = try await get(app, "/facilities/\(ids[1])?list=\(ids[0])")
            #expect(other.contains("href=\"/facilities/\(ids[1])?list=\(ids[0]),\(ids[1])#my-list\">Add to my list</a>"))
            let (_, none, _) = try await get(app, "/facilities/\(ids[1])")
            #expect(none.contains("href=\"/facilities/\(ids[1])?list=\(ids[1])#my-list\">Add to my list</a>") && !none.contains("See, print or share"))
            // The API takes no list: it is not a search parameter.
            #expect(try await get(app, "/api/v1/facilities?near=10001&list=\(ids[0])").0 == .badRequest)
        }
    }

    @Test func theListPageShowsEachPlaceAndSaysWhatItCannotRead() async throws {
        try await withSample { app in
            let ids = try await ids(app, 2)
            let gone = "3f2c5e1a-0000-8000-8000-000000000099"
            let (status, page, _) = try await get(app, "/list?ids=\(ids[0]),\(ids[1]),\(gone)&near=10001")
            #expect(status == .ok)
            #expect(page.contains("2 places; miles from the middle of ZIP code 10001. 1 place on this list is no longer listed."))
            #expect(page.components(separatedBy: "<li class=\"listed\">").count == 3)
            #expect(page.contains("href=\"sms:?&amp;body=Treatment%20places%20from%20Haven") && page.contains("href=\"mailto:?subject="))
            #expect(page.contains("Compare them side by side"))
            let (_, compare, _) = try await get(app, "/list/compare?ids=\(ids[0]),\(ids[1])")
            #expect(compare.components(separatedBy: "<th scope=\"col\">").count == 3)
            let (bad, badPage, _) = try await get(app, "/list?ids=\(ids[0]),%3Cscript%3E")
            #expect(bad == .badRequest && badPage.contains("This list cannot be read") && badPage.contains("&lt;script&gt;") && !badPage.contains("<script>a"))
            let (_, empty, _) = try await get(app, "/list")
            #expect(empty.contains("Your list is empty."))
        }
    }
}
