import Foundation
@testable import HavenApp
import Testing
import VaporTesting

/// Findings 8 and 12 of issue 19, on Haven's own server: a body trickled past its deadline is cut off (408), and a
/// request with two `Host` headers (or none, in HTTP/1.1) is refused (400) instead of answered for one of them.
@Suite(.serialized) struct RequestDeadlineTests {
    @Test func aTrickledBodyIsCutOffAtItsDeadline() async throws {
        try await withRunningServer({ $0.serverLimits.bodyTimeout = .seconds(1) }) { _, port in
            let client = try RawHTTPClient(port: port)
            try await client.send("POST /account/sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nemail=")
            // A byte now and then keeps the connection from ever being idle; the body's deadline still ends it.
            for _ in 0..<4 {
                try await Task.sleep(for: .milliseconds(400))
                try? await client.send("a")
            }
            let (answer, closed) = await client.readToEnd(timeout: 15)
            #expect(RawHTTPClient.status(answer) == 408, "\(String(decoding: answer.prefix(80), as: UTF8.self))")
            #expect(closed)
            // A body sent at once is not affected.
            let fine = try RawHTTPClient(port: port)
            try await fine.send("POST /search HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc")
            #expect(RawHTTPClient.status(await fine.readToEnd(timeout: 15).bytes) == 404)
        }
    }

    @Test func twoHostHeadersOrNoneAreRefused() async throws {
        try await withRunningServer { _, port in
            for (what, head) in [("two Host headers", "GET / HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\n\r\n"),
                                 ("no Host in HTTP/1.1", "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n")] {
                let client = try RawHTTPClient(port: port)
                try await client.send(head)
                let (answer, closed) = await client.readToEnd(timeout: 15)
                #expect(RawHTTPClient.status(answer) == 400, "\(what)")
                #expect(closed, "\(what)")
            }
            // One Host, or HTTP/1.0 without one, is answered.
            for head in ["GET /privacy HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "GET /privacy HTTP/1.0\r\n\r\n"] {
                let client = try RawHTTPClient(port: port)
                try await client.send(head)
                let answer = await client.readToEnd(timeout: 15)
                #expect(RawHTTPClient.status(answer.bytes) == 200, "\(head.debugDescription): \(String(decoding: answer.bytes.prefix(120), as: UTF8.self))")
            }
        }
    }
}

/// Finding 9 of issue 19 (in part): every signed-in page and the account pages are `no-store`; HSTS when Haven is
/// reached over HTTPS.
@Suite struct PrivatePagesTests {
    @Test func signedInPagesAreNeverCachedAndHTTPSIsStrict() async throws {
        try await withSample({ AccountTests.fast(&$0); $0.publicURL = "https://haven.example.org" }) { app in
            var admin = try await TestAccounts.signedIn(app, role: "admin", email: "root@haven.example", name: "Root")
            for path in ["/portal", "/moderation/claims", "/moderation/audit", "/admin/outbox", "/admin/accounts", "/editorial",
                         "/account/reset", "/account/reset/new?token=x", "/account/sign-in"] {
                let page = try await admin.get(path)
                #expect(page.headers.first(name: .cacheControl) == "no-store", "\(path)")
                #expect(page.headers.first(name: "Strict-Transport-Security")?.hasPrefix("max-age=") == true, "\(path)")
            }
            // Public pages stay cacheable.
            #expect(try await admin.get("/privacy").headers.first(name: .cacheControl) != "no-store")
        }
        try await withHaven(AccountTests.fast) { app in
            let plain = try await TestBrowser.plain(app, "/privacy")
            #expect(plain.headers.first(name: "Strict-Transport-Security") == nil, "not over plain HTTP")
        }
    }
}
