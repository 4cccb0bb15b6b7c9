import NIOCore
import NIOHTTP1
import Vapor

/// Last on the connection: turns a parsed request into a Vapor `Request`, runs it through the application's
/// responder (router and middleware), and writes the `Response`. The body is collected up to
/// `ServerLimits.requestBody` (413 past it, at once when `Content-Length` says so) within `bodyTimeout` (408 after);
/// a head with no `Host` or with two is refused (400, as HTTP/1.1 requires). Streamed bodies
/// (`ResponseStream`) are written chunk by chunk, each after the previous one reached the socket.
final class HTTPBridge: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let application: Application
    private let responder: any Responder
    private let limits: ServerLimits
    private var head: HTTPRequestHead?
    private var body: ByteBuffer?
    private var refused = false
    private var inFlight = false
    private var quiescing = false
    private var date = HTTPDate()
    private var bodyTimer: Scheduled<Void>?

    init(application: Application, responder: any Responder, limits: ServerLimits) {
        self.application = application
        self.responder = responder
        self.limits = limits
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let h):
            head = h
            body = nil
            let hosts = h.headers["host"].count
            if hosts > 1 || (hosts == 0 && h.version.major == 1 && h.version.minor >= 1) {
                refuse(.badRequest, context: context)
            } else if let length = h.headers.first(name: "content-length").flatMap(Int.init), length > limits.requestBody {
                refuse(.payloadTooLarge, context: context)
            } else {
                // The whole body must arrive within the deadline, however it trickles.
                let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
                bodyTimer = context.eventLoop.scheduleTask(in: limits.bodyTimeout) {
                    let (handler, context) = bound.value
                    if handler.head != nil && !handler.refused { handler.refuse(.requestTimeout, context: context) }
                }
            }
        case .body(var chunk):
            guard !refused else { return }
            if (body?.readableBytes ?? 0) + chunk.readableBytes > limits.requestBody {
                refuse(.payloadTooLarge, context: context)
            } else if body == nil {
                body = chunk
            } else {
                body!.writeBuffer(&chunk)
            }
        case .end:
            bodyTimer?.cancel()
            bodyTimer = nil
            guard let h = head, !refused else { return }
            head = nil
            respond(to: h, body: body, context: context)
            body = nil
        }
    }

    private func refuse(_ status: HTTPResponseStatus, context: ChannelHandlerContext) {
        refused = true
        body = nil
        bodyTimer?.cancel()
        bodyTimer = nil
        let (head, text) = ProtocolErrorAnswers.answer(status, allocator: context.channel.allocator)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(text))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        ProtocolErrorAnswers.lingeringClose(context)
    }

    private func respond(to head: HTTPRequestHead, body: ByteBuffer?, context: ChannelHandlerContext) {
        let request = Request(
            application: application, method: head.method, url: URI(path: head.uri), version: head.version,
            headersNoUpdate: head.headers, collectedBody: body, remoteAddress: context.channel.remoteAddress,
            logger: application.logger, byteBufferAllocator: context.channel.allocator, on: context.eventLoop)
        inFlight = true
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        responder.respond(to: request).hop(to: context.eventLoop).whenComplete { result in
            let (handler, context) = bound.value
            switch result {
            case .success(let response):
                handler.write(response, for: head, context: context)
            case .failure(let error):
                // The error middleware answers every thrown error; reaching here is a bug, not a client's doing.
                request.logger.error("\(head.method) \(request.url.path) failed outside the middleware: \(String(reflecting: error))")
                handler.write(Response(status: .internalServerError), for: head, context: context)
            }
        }
    }

    private func write(_ response: Response, for request: HTTPRequestHead, context: ChannelHandlerContext) {
        var keepAliveWanted = request.isKeepAlive && !quiescing
        var headers = response.headers
        headers.replaceOrAdd(name: "date", value: date.now())
        let status = response.status
        let bodyless = request.method == .HEAD || status == .noContent || status == .notModified || status.code < 200
        let stream = bodyless ? nil : response.responseStream
        if stream != nil {
            headers.remove(name: .contentLength)
            // HTTP/1.0 has no chunked encoding: the end of the body is the end of the connection.
            if request.version.major < 1 || (request.version.major == 1 && request.version.minor < 1) { keepAliveWanted = false }
        } else if !bodyless, let buffer = response.body.buffer {
            headers.replaceOrAdd(name: .contentLength, value: String(buffer.readableBytes))
        }
        let keepAlive = keepAliveWanted
        headers.replaceOrAdd(name: .connection, value: keepAlive ? "keep-alive" : "close")
        let responseHead = HTTPResponseHead(version: request.version, status: status, headers: headers)

        if bodyless {
            context.write(wrapOutboundOut(.head(responseHead)), promise: nil)
            end(keepAlive: keepAlive, context: context)
        } else if let stream {
            context.writeAndFlush(wrapOutboundOut(.head(responseHead)), promise: nil)
            writeStream(stream, keepAlive: keepAlive, context: context)
        } else if let buffer = response.body.buffer {
            writeBuffer(buffer, head: responseHead, keepAlive: keepAlive, context: context)
        } else {
            // A Vapor stream body (no `ResponseStream`): collected, then written with its length.
            let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            response.body.collect(on: context.eventLoop).whenComplete { result in
                let (handler, context) = bound.value
                var head = responseHead
                let buffer = (try? result.get()).flatMap { $0 } ?? context.channel.allocator.buffer(capacity: 0)
                head.headers.replaceOrAdd(name: .contentLength, value: String(buffer.readableBytes))
                handler.writeBuffer(buffer, head: head, keepAlive: keepAlive, context: context)
            }
        }
    }

    private func writeBuffer(_ buffer: ByteBuffer, head: HTTPResponseHead, keepAlive: Bool, context: ChannelHandlerContext) {
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if buffer.readableBytes > 0 { context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil) }
        end(keepAlive: keepAlive, context: context)
    }

    private func writeStream(_ stream: ResponseStream, keepAlive: Bool, context: ChannelHandlerContext) {
        let eventLoop = context.eventLoop
        let bound = NIOLoopBound((self, context), eventLoop: eventLoop)
        Task {
            do {
                try await stream.produce { buffer in
                    try await eventLoop.flatSubmit {
                        let (handler, context) = bound.value
                        return context.writeAndFlush(handler.wrapOutboundOut(.body(.byteBuffer(buffer))))
                    }.get()
                }
                eventLoop.execute {
                    let (handler, context) = bound.value
                    handler.end(keepAlive: keepAlive, context: context)
                }
            } catch {
                // The client went away or stopped reading (closed by the write timeout): nothing to finish.
                eventLoop.execute {
                    let (handler, context) = bound.value
                    handler.inFlight = false
                    context.close(promise: nil)
                }
            }
        }
    }

    private func end(keepAlive: Bool, context: ChannelHandlerContext) {
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            let (handler, context) = bound.value
            handler.inFlight = false
            if !keepAlive || handler.quiescing { context.close(promise: nil) }
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent {
            quiescing = true
            if !inFlight { context.close(promise: nil) }
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
