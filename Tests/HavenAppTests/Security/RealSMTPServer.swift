import Foundation
import Testing

/// A real SMTP server on loopback for one test: `tests/e2e/smtp_sink.py` (aiosmtpd, which scripts/test installs),
/// writing each message and a transcript of the envelope commands it accepted to a folder of its own.
final class RealSMTPServer {
    let port: Int
    let folder: URL
    private let process = Process()

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("haven-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        port = Int.random(in: 30_000...39_000)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("tests/e2e/smtp_sink.py").path, String(port), folder.path]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // Ready when it accepts a connection (python and aiosmtpd start in well under a second).
        for _ in 0..<100 {
            if Self.accepts(port) { return }
            if !process.isRunning {
                let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                throw Failure(description: "the SMTP sink did not start (scripts/test installs aiosmtpd): \(text.suffix(400))")
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Failure(description: "the SMTP sink did not listen on \(port)")
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    var url: String { "smtp://haven:haven-test-secret@127.0.0.1:\(port)" }

    /// The envelope commands the server accepted, in order.
    var transcript: [String] {
        ((try? String(contentsOf: folder.appendingPathComponent("transcript.txt"), encoding: .utf8)) ?? "")
            .split(separator: "\n").map(String.init)
    }

    /// Every message received, as the server stored it.
    var messages: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".eml") }.sorted()
            .compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }

    /// SIGKILL: the test runner's threads block SIGTERM, and a child started from one inherits the mask.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        var status: Int32 = 0
        waitpid(process.processIdentifier, &status, 0)
        try? FileManager.default.removeItem(at: folder)
    }

    private static func accepts(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}
