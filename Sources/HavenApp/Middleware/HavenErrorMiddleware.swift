import HavenHTML
import Vapor

/// Renders errors as problem+json under /api and as a plain HTML page elsewhere; never shows internal text.
/// Server errors are logged with the request id, without the query string (searches are sensitive).
struct HavenErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let status: HTTPResponseStatus, title: String, detail: String
            var parameter: String?
            switch error {
            case let e as HavenError:
                (status, title, detail, parameter) = (e.status, e.title, e.detail, e.parameter)
            case let e as any AbortError where e.status.code < 500:
                status = e.status
                title = e.status.reasonPhrase
                detail = e.status == .notFound ? "There is nothing at this address." : e.reason
            default:
                status = .internalServerError
                title = "Something went wrong"
                detail = "Haven could not answer this request. Please try again; if you need help now, call 1-800-662-4357."
                request.logger.error("\(request.method) \(request.url.path) failed: \(String(reflecting: error))")
            }
            return try Self.response(HavenError(status, title, detail, parameter: parameter), for: request)
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
            res = Response(status: e.status, body: .init(buffer: ByteBuffer(bytes: ErrorPage.view(title: e.title, message: e.detail).documentBytes())))
            res.headers.contentType = .html
        }
        return res
    }
}
