import Logging
import Vapor


/// Wraps the app's log handler so SQL bind values never reach a log: drivers log each query with its binds (at
/// trace or debug), and binds carry what people type, mail bodies with one-time links, token digests, keys.
/// The SQL text stays; its values do not.
public struct RedactingLogHandler: LogHandler {
    public var wrapped: any LogHandler
    /// Metadata keys whose values are replaced.
    static let redacted: Set<String> = ["binds"]

    public init(_ wrapped: any LogHandler) { self.wrapped = wrapped }

    public var metadata: Logger.Metadata {
        get { wrapped.metadata }
        set { wrapped.metadata = newValue }
    }

    public var logLevel: Logger.Level {
        get { wrapped.logLevel }
        set { wrapped.logLevel = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { wrapped[metadataKey: key] }
        set { wrapped[metadataKey: key] = newValue }
    }

    public func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String,
                    function: String, line: UInt) {
        var metadata = metadata
        for key in Self.redacted where metadata?[key] != nil { metadata?[key] = "(redacted)" }
        wrapped.log(level: level, message: message, metadata: metadata, source: source, file: file, function: function, line: line)
    }
}

extension Application {
    /// Makes the app's logger (and so every request's and database's) drop SQL bind values. `configure` calls it;
    /// call it again after replacing `logger`.
    public func redactSensitiveLogs() {
        guard !(logger.handler is RedactingLogHandler) else { return }
        logger.handler = RedactingLogHandler(logger.handler)
    }
}
