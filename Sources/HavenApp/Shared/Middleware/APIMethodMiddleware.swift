import Vapor

/// The API is read-only: any other method gets 405 with `Allow`, as problem+json.
struct APIMethodMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard APIURL.isAPI(request.url.path), ![.GET, .HEAD, .OPTIONS].contains(request.method) else {
            return try await next.respond(to: request)
        }
        let res = try HavenErrorMiddleware.response(
            HavenError(.methodNotAllowed, "Method not allowed", "The API is read-only: use GET."), for: request)
        res.headers.replaceOrAdd(name: .allow, value: "GET, HEAD, OPTIONS")
        return res
    }
}
