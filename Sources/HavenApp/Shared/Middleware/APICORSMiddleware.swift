import Vapor

/// CORS for the read-only API: any origin may GET; preflight answered here.
struct APICORSMiddleware: AsyncMiddleware {
    static let exposed = "Link, X-Total-Count, ETag, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard APIURL.isAPI(request.url.path) else { return try await next.respond(to: request) }
        if request.method == .OPTIONS {
            let res = Response(status: .noContent)
            res.headers.replaceOrAdd(name: .accessControlAllowOrigin, value: "*")
            res.headers.replaceOrAdd(name: .accessControlAllowMethods, value: "GET, HEAD, OPTIONS")
            res.headers.replaceOrAdd(name: .accessControlAllowHeaders, value: "Accept, If-None-Match, Content-Type")
            res.headers.replaceOrAdd(name: .accessControlMaxAge, value: "86400")
            return res
        }
        let res = try await next.respond(to: request)
        res.headers.replaceOrAdd(name: .accessControlAllowOrigin, value: "*")
        res.headers.replaceOrAdd(name: .accessControlExpose, value: Self.exposed)
        return res
    }
}
