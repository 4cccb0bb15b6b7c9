import HavenCore
import HavenHTML
import Vapor

/// Renders errors as problem+json under /api and as a plain HTML page elsewhere; never shows internal text.
/// Server errors are logged with the request id, without the query string (searches are sensitive).
struct HavenErrorMiddleware: AsyncMiddleware {
    /// What a 503 asks the client to wait: a PostgreSQL restart or an import's lock takes seconds.
    static let retryAfterSeconds = 5

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let status: HTTPResponseStatus, title: String, detail: String
            switch error {
            case let e as HavenError:
                return try Self.response(e, for: request)
            case is SignInRequired where request.method == .GET:
                return Redirect.signIn(returningTo: request)
            case is SignInRequired:
                return try Self.response(HavenError(.unauthorized, "Signed out", "You are no longer signed in. Sign in and send the form again."), for: request)
            case _ where DatabaseAvailability.isUnavailable(error):
                // Down, restarting or locked: it passes, so say when to come back. One log line per failure: the
                // connection pool has already logged its failed connection or timed-out wait.
                if !DatabaseAvailability.loggedByThePool(error) {
                    request.logger.warning("\(request.method) \(request.url.path): database unavailable: \(String(describing: error))")
                }
                return try Self.response(HavenError(.serviceUnavailable, "Temporarily unavailable",
                    "Haven cannot reach its database right now. Please try again in a few seconds; if you need help now, call 1-800-662-4357.",
                    retryAfter: Self.retryAfterSeconds), for: request)
            case let e as any AbortError where e.status.code < 500:
                status = e.status
                let w = Language.$current.withValue(Language.fromPath(request.url.path).language) { Words.current }
                title = e.status == .notFound ? w.notFoundTitle : e.status.reasonPhrase
                detail = e.status == .notFound ? w.notFoundDetail : e.reason
            default:
                status = .internalServerError
                title = "Something went wrong"
                detail = "Haven could not answer this request. Please try again; if you need help now, call 1-800-662-4357."
                request.logger.error("\(request.method) \(request.url.path) failed: \(String(reflecting: error))")
            }
            return try Self.response(HavenError(status, title, detail), for: request)
        }
    }

    /// The error as the client should see it: problem+json under /api, a plain page elsewhere.
    static func response(_ e: HavenError, for request: Request) throws -> Response {
        let res: Response
        if APIURL.isAPI(request.url.path) {
            res = Response(status: e.status)
            try res.content.encode(Problem(title: e.title, status: Int(e.status.code), detail: e.detail, parameter: e.parameter), as: .json)
            res.headers.contentType = HTTPMediaType(type: "application", subType: "problem+json")
        } else {
            // In the language of the address asked for (a missing Spanish page answers in Spanish).
            let page = Language.$current.withValue(Language.fromPath(request.url.path).language) {
                ErrorPage.view(title: e.title, message: e.detail).documentBytes()
            }
            res = Response(status: e.status, body: .init(buffer: ByteBuffer(bytes: page)))
            res.headers.contentType = .html
        }
        if let seconds = e.retryAfter { res.headers.replaceOrAdd(name: .retryAfter, value: String(seconds)) }
        return res
    }
}
