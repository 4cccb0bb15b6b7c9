import NIOCore
import NIOHTTP1

/// What the handlers of one connection share about the request head being read and the response being written.
/// Used only on the connection's event loop.
final class ConnectionState {
    /// Between requests: the next bytes are a request head.
    var awaitingHead = true
    var headBytes = 0
    /// The request line's line break has been read.
    var lineEnded = false
    /// The blank line ending the head has been read (stop counting until the request ends).
    var headEnded = false
    /// The last four bytes read, to find the blank line across reads.
    var lastBytes: UInt32 = 0
    var headTimer: Scheduled<Void>?
    /// A response head is written and its end not yet.
    var responding = false
    /// Requests read to their end and not yet answered to theirs: the application is working, the client waits.
    var answering = 0
    /// The head was refused: drop everything else the client sends.
    var refused = false

    func headArrived() {
        awaitingHead = false
        headTimer?.cancel()
        headTimer = nil
    }

    func requestEnded() {
        awaitingHead = true
        headBytes = 0
        lineEnded = false
        headEnded = false
        lastBytes = 0
    }
}

/// Why a request head was refused before the HTTP parser saw all of it.
struct RequestHeadRefused: Error, Equatable {
    let status: HTTPResponseStatus
}

/// First on the connection, on raw bytes: counts a request head as it arrives and refuses a request line over
/// `ServerLimits.requestLine` (414), a head over `requestHead` (431), and a head not complete within `headTimeout`
/// (408: a client trickling bytes to hold the socket). Body bytes pass uncounted.
final class RequestHeadLimits: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let state: ConnectionState
    private let limits: ServerLimits

    init(state: ConnectionState, limits: ServerLimits) {
        self.state = state
        self.limits = limits
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !state.refused else { return }
        if state.awaitingHead && !state.headEnded {
            let buffer = unwrapInboundIn(data)
            if state.headTimer == nil {
                let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
                state.headTimer = context.eventLoop.scheduleTask(in: limits.headTimeout) {
                    let (handler, context) = loopBound.value
                    if handler.state.awaitingHead { handler.refuse(.requestTimeout, context: context) }
                }
            }
            if let status = count(buffer) {
                refuse(status, context: context)
                return
            }
        }
        context.fireChannelRead(data)
    }

    /// Counts the head's bytes in `buffer`; the status to refuse with when a limit is passed.
    private func count(_ buffer: ByteBuffer) -> HTTPResponseStatus? {
        for byte in buffer.readableBytesView {
            state.headBytes += 1
            if byte == UInt8(ascii: "\n") { state.lineEnded = true }
            if !state.lineEnded && state.headBytes > limits.requestLine { return .uriTooLong }
            if state.headBytes > limits.requestHead { return .requestHeaderFieldsTooLarge }
            state.lastBytes = state.lastBytes << 8 | UInt32(byte)
            if state.lastBytes == 0x0D0A_0D0A || state.lastBytes & 0xFFFF == 0x0A0A {
                state.headEnded = true
                return nil
            }
        }
        return nil
    }

    private func refuse(_ status: HTTPResponseStatus, context: ChannelHandlerContext) {
        state.refused = true
        state.headTimer?.cancel()
        state.headTimer = nil
        context.fireErrorCaught(RequestHeadRefused(status: status))
    }

    func channelInactive(context: ChannelHandlerContext) {
        state.headTimer?.cancel()
        state.headTimer = nil
        context.fireChannelInactive()
    }
}
