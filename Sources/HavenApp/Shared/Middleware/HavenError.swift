import Vapor

/// The one error type handlers throw: a status, a short title, a plain message, and the parameter at fault.
struct HavenError: AbortError {
    let status: HTTPResponseStatus
    let title: String
    let detail: String
    var parameter: String?
    /// Seconds for `Retry-After` (429, 503).
    var retryAfter: Int?

    init(_ status: HTTPResponseStatus, _ title: String, _ detail: String, parameter: String? = nil, retryAfter: Int? = nil) {
        self.status = status
        self.title = title
        self.detail = detail
        self.parameter = parameter
        self.retryAfter = retryAfter
    }

    var reason: String { detail }
}

/// RFC 9457 problem details, the body of every API error.
struct Problem: Content {
    var type = "about:blank"
    let title: String
    let status: Int
    let detail: String
    var parameter: String?
}
