import Foundation
@testable import HavenApp
import HavenCore
import SQLKit
import Testing
import VaporTesting

/// Popular centers from daily totals that hold no visitor identifiers; state pages by city; and the privacy promises
/// every page keeps (a Content-Security-Policy, no cookie for visitors).
@Suite struct PopularCentersTests {
    static let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
    static let safari = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1"

    static func view(_ app: Application, _ id: String, userAgent: String?, extra: [(String, String)] = []) async throws -> HTTPStatus {
        var headers = HTTPHeaders()
        if let userAgent { headers.replaceOrAdd(name: .userAgent, value: userAgent) }
        for (name, value) in extra { headers.replaceOrAdd(name: name, value: value) }
        return try await app.testing().sendRequest(.GET, "/facilities/\(id)", headers: headers).status
    }

    @Test func popularCentersCountPeopleOnceAndKeepNoOneIdentified() async throws {
        try await withSample { app in
            var visitor = TestBrowser(app)
            let fresh = try await visitor.get("/")
            #expect(fresh.body.contains("No listing has been viewed on Haven in the last 30 days yet"), "no invented ranking")
            let ids = try await ClaimTests.facilityIDs(app, 3)
            // Two people on the first listing (one of them three times), one on the second; robots and prefetches not at all.
            for _ in 0..<3 { #expect(try await Self.view(app, ids[0], userAgent: Self.firefox) == .ok) }
            _ = try await Self.view(app, ids[0], userAgent: Self.safari)
            _ = try await Self.view(app, ids[1], userAgent: Self.safari)
            _ = try await Self.view(app, ids[2], userAgent: "Googlebot/2.1 (+http://www.google.com/bot.html)")
            _ = try await Self.view(app, ids[2], userAgent: nil)
            _ = try await Self.view(app, ids[2], userAgent: "curl/8.5.0")
            _ = try await Self.view(app, ids[2], userAgent: Self.firefox, extra: [("Sec-Purpose", "prefetch")])
            _ = try await Self.view(app, ids[2], userAgent: Self.firefox, extra: [("Cookie", "haven_session=whoever")])
            try await app.flushCounts()
            let rows = try await app.db.withSQL { try await $0.select().column("*").from("daily_counts").all() }
            let counted = try rows.map { (try $0.decode(column: "facility_id", as: UUID.self).uuidString.lowercased(), try $0.decode(column: "n", as: Int.self)) }
            #expect(Dictionary(uniqueKeysWithValues: counted) == [ids[0]: 2, ids[1]: 1])
            // The table has numbers and no one in it.
            #expect(Set(rows[0].allColumns) == ["day", "facility_id", "metric", "n"])
            let home = try await visitor.get("/")
            let first = try #require(home.body.range(of: "href=\"/facilities/\(ids[0])\""))
            let second = try #require(home.body.range(of: "href=\"/facilities/\(ids[1])\""))
            #expect(first.lowerBound < second.lowerBound && !home.body.contains("href=\"/facilities/\(ids[2])\""))
            #expect(home.body.contains(Popularity.explanation))
            // A state page ranks only its own state's.
            let state = try #require(try await app.db.withSQL { try await $0.select().column("state").from("facilities").where("id", .equal, UUID(uuidString: ids[0])!).first() }?
                .decode(column: "state", as: String.self))
            #expect(try await visitor.get("/states/\(state)").body.contains("href=\"/facilities/\(ids[0])\""))
        }
    }

    @Test func statePagesListFacilitiesByCity() async throws {
        try await withSample { app in
            var visitor = TestBrowser(app)
            let directory = app.stateDirectory
            let ny = try #require(directory.states["NY"])
            let page = try await visitor.get("/states/NY")
            #expect(page.status == .ok && page.body.contains("<h1>Treatment in New York</h1>"))
            #expect(ny.count == ny.cities.reduce(0) { $0 + $1.count } && ny.count > 0)
            // Each city's link opens a search that finds every one of its facilities.
            for (city, search) in zip(ny.cities, app.citySearches("NY")) where !city.name.isEmpty {
                let query = "/search?near=\(SiteURL.percent(search.near))" + (search.radius.map { "&radius=\(Int($0))" } ?? "")
                #expect(page.body.contains("href=\"\(query)\">\(city.name)</a> (\(city.count))"), "\(query)")
                let results = try await visitor.get(query)
                let found = results.body.components(separatedBy: "class=\"card").count - 1
                #expect(results.status == .ok && found >= min(city.count, 10), "\(query): \(found) of \(city.count)")
            }
            let total = try await app.db.withSQL { try await $0.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("facilities")
                .where("state", .equal, "NY").where("status", .equal, "listed").first()!.decode(column: "n", as: Int.self) }
            #expect(ny.count == total)
            #expect(try await visitor.get("/states/ny").location == "/states/NY")
            #expect(try await visitor.get("/states/New%20York").location == "/states/NY")
            #expect(try await visitor.get("/states/ZZ").status == .notFound)
            #expect(try await visitor.get("/states").body.contains("href=\"/states/NY\">New York</a>"))
        }
    }

    @Test func everyPageForbidsThirdPartiesAndSetsNoCookieForVisitors() async throws {
        try await withSample(AccountTests.fast) { app in
            let (_, id) = try await ProfileEditTests.managedFacility(app)
            var visitor = TestBrowser(app)
            for path in ["/", "/search?near=10001", "/facilities/\(id)", "/facilities/\(id)/contact", "/privacy", "/states", "/states/NY",
                         "/guides", "/about/data", "/no-such-page"] {
                let page = try await visitor.get(path)
                let csp = page.headers.first(name: "Content-Security-Policy") ?? ""
                #expect(csp.contains("default-src 'self'") && csp.contains("form-action 'self'") && !csp.contains("*"), "\(path): \(csp)")
                #expect(page.headers[.setCookie].isEmpty, "\(path) sets a cookie")
            }
            let sent = try await visitor.submit("/facilities/\(id)/contact", ContactTests.fields())
            #expect(sent.status == .ok && sent.headers[.setCookie].isEmpty && sent.headers.first(name: "Content-Security-Policy") != nil)
            let privacy = try await visitor.get("/privacy")
            #expect(privacy.body.contains("deleted automatically 90 days after you send it"))
        }
    }
}
