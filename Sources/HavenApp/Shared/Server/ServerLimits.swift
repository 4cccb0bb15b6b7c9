import NIOCore

/// What one connection may ask of the server, and how long it may take. Over a size limit the client gets the
/// matching status (414, 431, 413) and the connection closes; over a time limit it closes (408 when a request
/// head was under way). Every value is a bound on memory or on how long a socket is held.
public struct ServerLimits: Sendable {
    /// Request line (method, target, version): longer is 414 URI Too Long.
    public var requestLine = 8 * 1024
    /// The whole request head (line and header fields): larger is 431 Request Header Fields Too Large.
    public var requestHead = 32 * 1024
    /// A request body (forms; Haven takes no uploads): larger is 413 Content Too Large.
    public var requestBody = 1024 * 1024
    /// From the first byte of a request head to its end (a client trickling a head byte by byte): 408, closed.
    public var headTimeout: TimeAmount = .seconds(10)
    /// From the end of a request head to the end of its body (a client trickling a body byte by byte): 408, closed.
    public var bodyTimeout: TimeAmount = .seconds(30)
    /// A response that cannot be written for this long (a client that stopped reading): closed.
    public var writeTimeout: TimeAmount = .seconds(20)
    /// A connection with nothing read or written for this long (keep-alive between requests included): closed.
    /// Longer than a reverse proxy's pool idle time, so the proxy closes first.
    public var idleTimeout: TimeAmount = .seconds(60)

    public init() {}
}
