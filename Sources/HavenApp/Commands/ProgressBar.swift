import Foundation
import HavenCore

/// A one-line progress bar on a terminal (standard error); silent when output is not a terminal.
enum ProgressBar {
    static func handler() -> ProgressHandler {
        guard isatty(2) == 1 else { return { _, _, _ in } }
        return { step, done, total in
            let width = 30
            let filled = total > 0 ? min(width, done * width / total) : 0
            let line = "\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] "
                + (total > 0 ? "\(done * 100 / total)% " : "") + step
            FileHandle.standardError.write((line.padding(toLength: 78, withPad: " ", startingAt: 0)).data(using: .utf8)!)
        }
    }

    static func finish() {
        if isatty(2) == 1 { FileHandle.standardError.write("\r\(String(repeating: " ", count: 78))\r".data(using: .utf8)!) }
    }
}
