import Foundation
import Testing

/// Compares text with a file under `__Snapshots__` beside this file. A missing file, or `SNAPSHOT_RECORD=1`, writes
/// it and fails the test, so a new or changed snapshot is always looked at before it is committed.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent(name + ".html")
    let record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
    if !record, let stored = try? String(contentsOf: file, encoding: .utf8) {
        if stored != text {
            let a = Array(stored.utf8), b = Array(text.utf8)
            let at = zip(a, b).prefix { $0 == $1 }.count
            let context = { (bytes: [UInt8]) in String(decoding: bytes[max(0, at - 80)..<min(bytes.count, at + 80)], as: UTF8.self) }
            Issue.record("\(name) differs from its snapshot at byte \(at):\n  stored: \(context(a))\n  now:    \(context(b))",
                         sourceLocation: sourceLocation)
        }
        return
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try text.write(to: file, atomically: true, encoding: .utf8)
    Issue.record("recorded \(file.lastPathComponent): check it and run again", sourceLocation: sourceLocation)
}

/// The start tags of an HTML document, with their attributes, as a browser's tokenizer would find them
/// (enough of one for markup Haven writes: quoted attribute values, no comments or scripts).
struct Tag {
    let name: String
    let attributes: [(name: String, value: String)]

    static func all(in html: String) -> [Tag] {
        let s = Array(html.unicodeScalars)
        var tags: [Tag] = []
        var i = 0
        func isNameChar(_ c: Unicode.Scalar) -> Bool { !c.properties.isWhitespace && c != ">" && c != "/" && c != "=" && c != "\"" && c != "'" }
        while i < s.count {
            guard s[i] == "<", i + 1 < s.count, s[i + 1].properties.isAlphabetic else { i += 1; continue }
            i += 1
            var name = ""
            while i < s.count, isNameChar(s[i]) { name.unicodeScalars.append(s[i]); i += 1 }
            var attributes: [(String, String)] = []
            while i < s.count, s[i] != ">" {
                if s[i].properties.isWhitespace || s[i] == "/" { i += 1; continue }
                var attr = ""
                while i < s.count, isNameChar(s[i]) { attr.unicodeScalars.append(s[i]); i += 1 }
                var value = ""
                if i < s.count, s[i] == "=" {
                    i += 1
                    if i < s.count, s[i] == "\"" || s[i] == "'" {
                        let quote = s[i]; i += 1
                        while i < s.count, s[i] != quote { value.unicodeScalars.append(s[i]); i += 1 }
                        i += 1
                    } else {
                        while i < s.count, !s[i].properties.isWhitespace, s[i] != ">" { value.unicodeScalars.append(s[i]); i += 1 }
                    }
                }
                if attr.isEmpty { i += 1 } else { attributes.append((attr.lowercased(), value)) }
            }
            tags.append(Tag(name: name.lowercased(), attributes: attributes))
        }
        return tags
    }
}
