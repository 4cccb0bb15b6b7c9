import NIOCore
import NIOHTTP1

/// Right after the HTTP parser: tells the shared state where each request starts and ends, and answers what the
/// parser or `RequestHeadLimits` refused with a status instead of a silent close: 414, 431 and 408 from the limits;
/// 501 for a method HTTP does not know; 431 or 414 for the parser's own 80 KB head limit; 400 for anything else
/// malformed (raw bytes outside the grammar, a bad header, a bad chunk). Then the connection closes.
final class ProtocolErrorAnswers: ChannelDuplexHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private let state: ConnectionState

    init(state: ConnectionState) { self.state = state }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head: state.headArrived()
        case .end:
            state.requestEnded()
            state.answering += 1
        case .body: break
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head) where head.status.code >= 200: state.responding = true
        case .end:
            state.responding = false
            state.answering = max(0, state.answering - 1)
        default: break
        }
        context.write(data, promise: promise)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        let status: HTTPResponseStatus
        switch error {
        case let refused as RequestHeadRefused: status = refused.status
        case let parser as HTTPParserError: status = Self.status(for: parser, lineEnded: state.lineEnded)
        default:
            context.fireErrorCaught(error)
            return
        }
        state.refused = true
        // Only between responses: mid-response (a pipelined request) the client could not tell the answers apart.
        if !state.responding {
            let (head, body) = Self.answer(status, allocator: context.channel.allocator)
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
        Self.lingeringClose(context)
    }

    /// Closes our side, then reads and drops what the client is still sending for a moment before closing fully:
    /// closing with unread input sends a reset, and a reset can make the client discard the answer it was sent.
    static func lingeringClose(_ context: ChannelHandlerContext, linger: TimeAmount = .seconds(2)) {
        let channel = context.channel
        context.close(mode: .output, promise: nil)
        channel.eventLoop.scheduleTask(in: linger) { channel.close(promise: nil) }
    }

    static func status(for error: HTTPParserError, lineEnded: Bool) -> HTTPResponseStatus {
        switch error {
        case .invalidMethod: return .notImplemented
        case .headerOverflow: return lineEnded ? .requestHeaderFieldsTooLarge : .uriTooLong
        default: return .badRequest
        }
    }

    /// A short plain-text answer; nothing of the request is echoed.
    static func answer(_ status: HTTPResponseStatus, allocator: ByteBufferAllocator) -> (HTTPResponseHead, ByteBuffer) {
        let text: String
        switch status {
        case .uriTooLong: text = "The address is too long for this server."
        case .requestHeaderFieldsTooLarge: text = "The request's header fields are too large for this server."
        case .requestTimeout: text = "The request took too long to arrive."
        case .notImplemented: text = "This server does not know that method."
        case .payloadTooLarge: text = "The request's body is too large for this server."
        default: text = "The request could not be read."
        }
        let body = allocator.buffer(string: "\(status.code) \(status.reasonPhrase): \(text)\n")
        var headers = HTTPHeaders(SecurityHeadersMiddleware.headers)
        headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
        headers.add(name: "Content-Length", value: String(body.readableBytes))
        headers.add(name: "Connection", value: "close")
        return (HTTPResponseHead(version: .http1_1, status: status, headers: headers), body)
    }
}

/// Closes a connection idle for `ServerLimits.idleTimeout`, or whose response could not be written for
/// `writeTimeout` (a client that stopped reading holds no socket and no buffer past that).
final class IdleConnectionCloser: ChannelInboundHandler {
    typealias InboundIn = NIOAny

    private let state: ConnectionState

    init(state: ConnectionState) { self.state = state }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event as? IdleStateHandler.IdleStateEvent {
        // Idle means nobody is waiting: not while a request is being answered (a slow search or a database that
        // takes its 3 s to fail), which once closed the connection with nothing sent.
        case .all? where state.answering == 0: context.close(promise: nil)
        case .write? where state.responding: context.close(promise: nil)
        default: context.fireUserInboundEventTriggered(event)
        }
    }
}
