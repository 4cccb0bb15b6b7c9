import NIOConcurrencyHelpers
import NIOCore
import NIOExtras
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix
import Vapor

/// Haven's HTTP/1.1 server: Vapor's router and middleware behind a transport that bounds what a client can
/// hold. Vapor's own server closes the connection with nothing sent for an oversized or malformed request and
/// has no header-read or write timeout; this one answers 400/408/413/414/431/501, closes stalled readers and
/// trickling heads, and streams `ResponseStream` bodies with backpressure. The pipeline, first to last:
///
///     IdleStateHandler -> IdleConnectionCloser -> RequestHeadLimits (raw bytes) -> HTTP encoder/decoder
///     -> ProtocolErrorAnswers -> HTTPServerPipelineHandler -> gzip (optional) -> HTTPBridge (Vapor responder)
///
/// Plain HTTP/1.1 only: TLS ends at a reverse proxy in front.
final class HavenServer: Server, Sendable {
    private let application: Application
    private let limits: ServerLimits
    private let compression: Bool
    private let running = NIOLockedValueBox<(channel: any Channel, quiesce: ServerQuiescingHelper)?>(nil)
    private let stopped: EventLoopPromise<Void>

    init(application: Application, limits: ServerLimits, compression: Bool) {
        self.application = application
        self.limits = limits
        self.compression = compression
        self.stopped = application.eventLoopGroup.any().makePromise()
    }

    var onShutdown: EventLoopFuture<Void> { stopped.futureResult }

    /// Where the server listens (the port the system chose for port 0).
    var localAddress: SocketAddress? { running.withLockedValue { $0?.channel.localAddress } }

    func start(address: BindAddress?) async throws {
        try await bind(address).get()
    }

    @available(*, noasync)
    func start(address: BindAddress?) throws {
        try bind(address).wait()
    }

    private func bind(_ address: BindAddress?) -> EventLoopFuture<Void> {
        let configuration = application.http.server.configuration
        let group = application.eventLoopGroup
        let quiesce = ServerQuiescingHelper(group: group)
        let (application, limits, compression) = (self.application, self.limits, self.compression)
        let responder = application.responder.current
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: Int32(configuration.backlog))
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(quiesce.makeServerChannelHandler(channel: channel))
                }
            }
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try Self.configure(channel, application: application, responder: responder, limits: limits, compression: compression)
                }
            }
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.maxMessagesPerRead, value: 1)
        let bound: EventLoopFuture<any Channel>
        switch address ?? configuration.address {
        case .hostname(let host, let port):
            bound = bootstrap.bind(host: host ?? configuration.hostname, port: port ?? configuration.port)
        case .unixDomainSocket(let path):
            bound = bootstrap.bind(unixDomainSocketPath: path)
        }
        return bound.map { channel in
            self.running.withLockedValue { $0 = (channel, quiesce) }
            if let port = channel.localAddress?.port { application.http.server.configuration.port = port }
            let where_ = channel.localAddress.map { "\($0.ipAddress ?? $0.pathname ?? "?"):\($0.port ?? 0)" } ?? "?"
            application.logger.notice("Server started on http://\(where_)")
        }
    }

    static func configure(_ channel: any Channel, application: Application, responder: any Responder,
                          limits: ServerLimits, compression: Bool) throws {
        let state = ConnectionState()
        let ops = channel.pipeline.syncOperations
        try ops.addHandler(IdleStateHandler(writeTimeout: limits.writeTimeout, allTimeout: limits.idleTimeout))
        try ops.addHandler(IdleConnectionCloser(state: state))
        try ops.addHandler(RequestHeadLimits(state: state, limits: limits))
        try ops.addHandler(HTTPResponseEncoder())
        try ops.addHandler(ByteToMessageHandler(HTTPRequestDecoder(leftOverBytesStrategy: .dropBytes)))
        try ops.addHandler(ProtocolErrorAnswers(state: state))
        try ops.addHandler(HTTPServerPipelineHandler())
        if compression {
            try ops.addHandler(HTTPResponseCompressor(responseCompressionPredicate: Self.compressible))
        }
        try ops.addHandler(HTTPBridge(application: application, responder: responder, limits: limits))
    }

    /// Text compresses 5-10x (pages, JSON, CSV); images and already-encoded bodies do not.
    @Sendable static func compressible(_ head: inout HTTPResponseHead, _ supported: Bool) -> HTTPResponseCompressor.CompressionIntent {
        guard !head.headers.contains(name: "content-encoding"),
              let type = head.headers.first(name: "content-type")?.lowercased() else { return .doNotCompress }
        let mime = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let text = mime.hasPrefix("text/") || mime.hasSuffix("json") || mime.hasSuffix("xml") || mime == "application/javascript"
        return text ? .compressIfPossible : .doNotCompress
    }

    /// Stops accepting, lets requests in flight finish (idle keep-alive connections close at once).
    func shutdown() async {
        try? await stop().get()
    }

    @available(*, noasync)
    func shutdown() {
        try? stop().wait()
    }

    private func stop() -> EventLoopFuture<Void> {
        let quiesce = running.withLockedValue { value in defer { value = nil }; return value?.quiesce }
        guard let quiesce else {
            stopped.succeed()  // never started (or already stopped): nothing to wait for
            return stopped.futureResult
        }
        let done = application.eventLoopGroup.any().makePromise(of: Void.self)
        quiesce.initiateShutdown(promise: done)
        done.futureResult.whenComplete { _ in self.stopped.succeed() }
        return stopped.futureResult
    }

    deinit {
        stopped.succeed()  // a server made but never started must not leak its promise
    }
}

extension Application.Servers.Provider {
    /// Haven's server (`HavenServer`) with these limits.
    /// One per application: Vapor asks for `app.server` more than once.
    static func haven(_ limits: ServerLimits, compression: Bool) -> Self {
        .init { app in
            app.servers.use { app in
                if let server = app.storage[HavenServer.Key.self] { return server }
                let server = HavenServer(application: app, limits: limits, compression: compression)
                app.storage[HavenServer.Key.self] = server
                return server
            }
        }
    }
}

extension HavenServer {
    struct Key: StorageKey { typealias Value = HavenServer }
}
