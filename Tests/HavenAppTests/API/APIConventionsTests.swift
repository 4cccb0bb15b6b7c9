import Foundation
@testable import HavenApp
import HavenCore
import Testing
import VaporTesting

@Suite struct APIConventionsTests {
    @Test func paginationHeaders() async throws {
        try await withSample { app in
            try await app.testing().test(.GET, "/api/v1/facilities?near=10001&radius=500&per_page=2&page=2") { res in
                let total = try #require(res.headers.first(name: "X-Total-Count").flatMap(Int.init))
                #expect(total == (try app.catalog.service.search(parameters: ["near": ["10001"], "radius": ["500"]])).total)
                let link = try #require(res.headers.first(name: "Link"))
                let last = (total + 1) / 2
                #expect(link.contains("</api/v1/facilities?near=10001&radius=500&per_page=2>; rel=\"first\""))
                #expect(link.contains("</api/v1/facilities?near=10001&radius=500&per_page=2>; rel=\"prev\""))
                #expect(link.contains("</api/v1/facilities?near=10001&radius=500&page=3&per_page=2>; rel=\"next\""))
                #expect(link.contains("</api/v1/facilities?near=10001&radius=500&page=\(last)&per_page=2>; rel=\"last\""))
                #expect(res.headers.first(name: "Access-Control-Allow-Origin") == "*")
            }
        }
    }

    @Test func etagsGiveNotModified() async throws {
        try await withSample { app in
            let id = try #require(app.catalog.service.index.listings.first).idString
            for path in ["/api/v1/taxonomy", "/api/v1/facilities/\(id)", "/api/v1/openapi.json"] {
                var tag = ""
                try await app.testing().test(.GET, path) { res in
                    #expect(res.status == .ok)
                    tag = try #require(res.headers.first(name: .eTag))
                    #expect(res.headers.first(name: .cacheControl)?.hasPrefix("public, max-age=") == true)
                }
                try await app.testing().test(.GET, path, headers: ["If-None-Match": tag]) { res in
                    #expect(res.status == .notModified, "\(path)")
                    #expect(res.body.readableBytes == 0)
                }
                // A weak validator naming the same tag matches too (caches and proxies send them).
                try await app.testing().test(.GET, path, headers: ["If-None-Match": "\"other\", W/\(tag)"]) { res in
                    #expect(res.status == .notModified, "\(path) with W/")
                }
                try await app.testing().test(.GET, path, headers: ["If-None-Match": "\"other\""]) { res in
                    #expect(res.status == .ok)
                }
            }
        }
    }

    @Test func corsPreflight() async throws {
        try await withSample { app in
            try await app.testing().test(.OPTIONS, "/api/v1/facilities", headers: ["Origin": "https://example.org", "Access-Control-Request-Method": "GET"]) { res in
                #expect(res.status == .noContent)
                #expect(res.headers.first(name: "Access-Control-Allow-Origin") == "*")
                #expect(res.headers.first(name: "Access-Control-Allow-Methods")?.contains("GET") == true)
            }
            try await app.testing().test(.GET, "/") { res in
                #expect(res.headers.first(name: "Access-Control-Allow-Origin") == nil, "pages are not cross-origin resources")
            }
        }
    }

    @Test func otherMethodsAre405() async throws {
        try await withSample { app in
            for method in [HTTPMethod.POST, .DELETE, .PUT, .TRACE] {
                try await app.testing().test(method, "/api/v1/taxonomy") { res in
                    #expect(res.status == .methodNotAllowed)
                    #expect(res.headers.first(name: .allow) == "GET, HEAD, OPTIONS")
                }
            }
        }
    }

    @Test func rateLimitAnswers429WithRetryAfter() async throws {
        // A token per 1000 s: no refill between requests even on a loaded machine.
        try await withSample({ $0.apiRate = 0.001; $0.apiBurst = 3 }) { app in
            var statuses: [HTTPStatus] = []
            for _ in 0..<5 {
                try await app.testing().test(.GET, "/api/v1/taxonomy") { res in
                    statuses.append(res.status)
                    if res.status == .tooManyRequests {
                        #expect(Int(res.headers.first(name: .retryAfter) ?? "") ?? 0 >= 1)
                        #expect(res.headers.contentType?.description.hasPrefix("application/problem+json") == true)
                    }
                }
            }
            #expect(statuses.prefix(3).allSatisfy { $0 == .ok })
            #expect(statuses.last == .tooManyRequests)
            try await app.testing().test(.GET, "/") { res in #expect(res.status == .ok, "the home page does no work: not limited") }
        }
    }

    /// Issue 8, finding 5: the search page and facility pages are limited too (they do the same work as the API).
    @Test func pagesThatDoWorkAreRateLimited() async throws {
        try await withSample({ $0.apiRate = 0.001; $0.apiBurst = 3 }) { app in
            let id = try #require(app.catalog.service.index.listings.first).idString
            var statuses: [HTTPStatus] = []
            for path in ["/search?near=10001", "/facilities/\(id)", "/search?near=10001&radius=50", "/facilities/\(id)"] {
                try await app.testing().test(.GET, path) { res in
                    statuses.append(res.status)
                    if res.status == .tooManyRequests {
                        #expect(Int(res.headers.first(name: .retryAfter) ?? "") ?? 0 >= 1)
                        #expect(res.headers.contentType == .html)
                        #expect(res.body.string.contains("tel:988"), "the crisis line is on the 429 page too")
                    }
                }
            }
            #expect(statuses == [.ok, .ok, .ok, .tooManyRequests])
            for path in ["/", "/static/haven.css", "/api/docs"] {
                try await app.testing().test(.GET, path) { res in #expect(res.status == .ok, "\(path) does no work: not limited") }
            }
        }
    }

    @Test func forwardedForCountsOnlyFromTrustedProxies() throws {
        let proxies = TrustedProxies(["127.0.0.1", "10.0.0.2"])
        #expect(proxies.client(peer: "203.0.113.9", forwardedFor: ["198.51.100.1"]) == "203.0.113.9", "anyone can send the header")
        #expect(proxies.client(peer: "127.0.0.1", forwardedFor: ["198.51.100.1"]) == "198.51.100.1")
        // A client may put anything first; the proxies append what they saw: the last untrusted hop is the client.
        #expect(proxies.client(peer: "127.0.0.1", forwardedFor: ["1.2.3.4, 198.51.100.7, 10.0.0.2"]) == "198.51.100.7")
        #expect(proxies.client(peer: "127.0.0.1", forwardedFor: []) == "127.0.0.1")
        #expect(proxies.client(peer: nil, forwardedFor: ["198.51.100.1"]) == "unknown")
        #expect(throws: Settings.Invalid.self) { try Settings.fromEnvironment(["HAVEN_TRUSTED_PROXIES": "127.0.0.1, proxy.example"]) }
        #expect(try Settings.fromEnvironment(["HAVEN_TRUSTED_PROXIES": "127.0.0.1, ::1"]).trustedProxies == ["127.0.0.1", "::1"])
    }

    @Test func csvExportStreamsEveryResult() async throws {
        try await withSample { app in
            let expected = try app.catalog.service.search(parameters: ["near": ["10001"], "radius": ["500"], "payment": ["medicaid"]])
            try await app.testing().test(.GET, "/api/v1/facilities.csv?near=10001&radius=500&payment=medicaid") { res in
                #expect(res.status == .ok)
                #expect(res.headers.contentType?.subType == "csv")
                let lines = res.body.string.split(separator: "\r\n")
                #expect(lines.first == "id,name,name2,street1,street2,city,state,zip,phone,intake1,intake2,website,latitude,longitude,precision,distance_miles,terms,url")
                #expect(lines.count == expected.total + 1)
                #expect(lines.dropFirst().map { String($0.split(separator: ",")[0]) } == expected.allIDs.map { $0.lowercased() })
            }
            try await app.testing().test(.GET, "/api/v1/facilities.csv?page=2") { res in #expect(res.status == .badRequest) }
        }
    }

    @Test func csvFieldsAreQuotedAndDefused() {
        #expect(CSVExport.field("A, B") == "\"A, B\"")
        #expect(CSVExport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVExport.field("=HYPERLINK(1)") == "'=HYPERLINK(1)")
        // A comma, quote or formula sign followed by a combining mark (one Character) is still seen.
        #expect(CSVExport.field("a,\u{301}b") == "\"a,\u{301}b\"")
        #expect(CSVExport.field("\"\u{64B}") == "\"\"\"\u{64B}\"")
        #expect(CSVExport.field("=\u{301}1") == "'=\u{301}1")
    }

    @Test func modifiedSinceFiltersBySync() async throws {
        try await withSample { app in
            try await app.testing().test(.GET, "/api/v1/facilities?modified_since=2100-01-01") { res in
                #expect(res.headers.first(name: "X-Total-Count") == "0")
            }
            try await app.testing().test(.GET, "/api/v1/facilities?modified_since=2000-01-01T00:00:00Z") { res in
                #expect(res.headers.first(name: "X-Total-Count") == String(app.catalog.service.index.count))
            }
        }
    }

    @Test func apiDocsPageIsRenderedByHaven() async throws {
        try await withSample { app in
            try await app.testing().test(.GET, "/api/docs") { res in
                #expect(res.status == .ok)
                let html = res.body.string
                #expect(html.contains("GET /api/v1/facilities") && html.contains("GET /api/v1/taxonomy"))
                for facet in Taxonomy.haven.facets { #expect(html.contains("<code>\(facet.slug)</code>")) }
                #expect(html.components(separatedBy: "<script").count == 2, "only Haven's own script")
            }
        }
    }

    @Test func errorAnswersCarryTheSecurityHeadersAndCORS() async throws {
        try await withSample { app in
            for (path, api) in [("/no/such/page", false), ("/facilities/00000000-0000-0000-0000-000000000000", false),
                                ("/search?near=10001&radius=abc", false), ("/api/v1/facilities?radius=abc", true),
                                ("/api/v1/facilities?near=00000", true), ("/api/v1/facilities?near=Springfield", true),
                                ("/api/v1/facilities/not-a-uuid", true), ("/api/v1/nothing", true)] {
                try await app.testing().test(.GET, path) { res in
                    #expect(res.status.code >= 300, "\(path)")
                    #expect(res.headers.first(name: "Content-Security-Policy")?.contains("default-src 'self'") == true, "\(path)")
                    #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(path)")
                    #expect(res.headers.first(name: "Referrer-Policy") == "same-origin", "\(path)")
                    #expect(res.headers.first(name: "Permissions-Policy") != nil, "\(path)")
                    #expect((res.headers.first(name: "Access-Control-Allow-Origin") == "*") == api, "\(path)")
                }
            }
        }
    }

    /// gzip through Haven's server (the in-memory test client bypasses the HTTP pipeline where compression happens).
    @Test func answersAreGzippedWhenTheClientAsks() async throws {
        for enabled in [true, false] {
            try await withRunningServer({ $0.compression = enabled }) { _, port in
                for path in ["/static/haven.css", "/api/v1/facilities.csv"] {
                    let client = try RawHTTPClient(port: port)
                    try await client.send("GET \(path) HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n")
                    let answer = await client.readToEnd(timeout: 10).bytes
                    #expect(RawHTTPClient.status(answer) == 200, "\(path)")
                    #expect((RawHTTPClient.headers(answer)["content-encoding"] == "gzip") == enabled, "\(path), compression \(enabled)")
                }
            }
        }
    }
}
