import NIOCore
import Vapor

/// A response body produced in chunks, each written only after the client took the one before (backpressure):
/// a client that stops reading stops the producer, so a stalled download holds one chunk, not the file.
/// `HavenServer` drives it; Vapor's in-memory test client reads the same producer through a stream body.
struct ResponseStream: Sendable {
    typealias Write = @Sendable (ByteBuffer) async throws -> Void
    let produce: @Sendable (_ write: Write) async throws -> Void

    struct Key: StorageKey {
        typealias Value = ResponseStream
    }
}

extension Response {
    /// Sets the body to be produced by `stream`.
    func stream(_ stream: ResponseStream) {
        storage[ResponseStream.Key.self] = stream
        body = .init(managedAsyncStream: { writer in
            try await stream.produce { buffer in try await writer.write(.buffer(buffer)) }
        })
    }

    var responseStream: ResponseStream? { storage[ResponseStream.Key.self] }
}
