import Foundation
import HavenCore
import Vapor

/// The API's HTTP conventions in one place: pagination headers, validators, caching, CORS.
enum HTTPConventions {
    /// `Link` (first, prev, next, last) and `X-Total-Count` for a page of search results.
    static func paginate(_ res: Response, _ results: SearchResults, path: String) {
        res.headers.replaceOrAdd(name: "X-Total-Count", value: String(results.total))
        let q = results.query, last = results.pageCount
        var links = ["<\(path + SiteURL.queryString(q.parameters(page: 1)))>; rel=\"first\"",
                     "<\(path + SiteURL.queryString(q.parameters(page: last)))>; rel=\"last\""]
        if q.page > 1 { links.append("<\(path + SiteURL.queryString(q.parameters(page: min(q.page - 1, last))))>; rel=\"prev\"") }
        if q.page < last { links.append("<\(path + SiteURL.queryString(q.parameters(page: q.page + 1)))>; rel=\"next\"") }
        res.headers.replaceOrAdd(name: "Link", value: links.joined(separator: ", "))
    }

    /// A strong ETag from the body's bytes (64-bit FNV-1a).
    static func etag(_ bytes: some Sequence<UInt8>) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h ^= UInt64(b); h = h &* 0x100000001b3 }
        return "\"" + String(h, radix: 16) + "\""
    }

    /// Whether `If-None-Match` values name `tag`: by weak comparison (RFC 9110 13.1.2), so `W/"x"` matches `"x"`.
    static func matches(_ values: [String], _ tag: String) -> Bool {
        values.contains { value in
            value.split(separator: ",").contains { item in
                var t = item.trimmingCharacters(in: .whitespaces)
                if t.hasPrefix("W/") { t.removeFirst(2) }
                return t == tag || t == "*"
            }
        }
    }

    /// A JSON response with ETag and Cache-Control; 304 with no body when the client already has it.
    static func cacheable(_ req: Request, body: [UInt8], maxAge: Int) -> Response {
        let tag = etag(body)
        let res: Response
        if matches(req.headers[.ifNoneMatch], tag) {
            res = Response(status: .notModified)
        } else {
            res = Response(status: .ok, body: .init(buffer: ByteBuffer(bytes: body)))
            res.headers.contentType = .json
        }
        res.headers.replaceOrAdd(name: .eTag, value: tag)
        res.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=\(maxAge)")
        return res
    }
}
