import Foundation
import Testing

/// Issue 20: docs/ARCHITECTURE.md stays true as the code moves. Every type name it cites in backticks is declared
/// in the sources or tests (or is a file, folder or target of the package, or one of the few outside names it
/// uses), and every path it cites exists.
@Suite struct ArchitectureDocTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// Names from outside the package the document cites: Vapor's, SwiftNIO's, SQLKit's, and HTTP header names.
    static let outside: Set<String> = ["Request", "Response", "Application", "Middleware", "IdleStateHandler", "SQLRow", "Link", "Origin"]

    static func swiftFiles(under folder: String) -> [URL] {
        let root = repository.appendingPathComponent(folder)
        return (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { $0.pathExtension == "swift" }
    }

    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: repository.appendingPathComponent(path).path)
    }

    @Test func everyTypeAndPathItCitesExists() throws {
        let doc = try String(contentsOf: Self.repository.appendingPathComponent("docs/ARCHITECTURE.md"), encoding: .utf8)
        let files = Self.swiftFiles(under: "Sources") + Self.swiftFiles(under: "Tests")
        let code = try files.map { try String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
        let declaration = try NSRegularExpression(pattern: #"\b(?:struct|enum|class|actor|protocol|typealias)\s+([A-Z]\w*)"#)
        var known = Set(declaration.matches(in: code, range: NSRange(code.startIndex..., in: code)).map { String(code[Range($0.range(at: 1), in: code)!]) })
        for f in files {
            known.insert(String(f.deletingPathExtension().lastPathComponent.split(separator: "+")[0]))
            // Every folder on the way: targets, features, their subfolders.
            known.formUnion(f.deletingLastPathComponent().pathComponents)
        }
        known.formUnion(Self.outside)
        let folders = Set(files.map { $0.deletingLastPathComponent().path })
        let roots = ["Sources/HavenApp", "Sources/HavenCore", "Sources/HavenHTML", "Sources", "Tests/HavenAppTests", "Tests", ""]
        let name = try NSRegularExpression(pattern: #"^([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(\.\w+)*(\(.*\))?(\.swift)?$"#)
        let spans = doc.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element).filter { !$0.contains("\n") }
        var missing: [String] = []
        #expect(spans.count > 100, "the document cites code in backticks")
        for span in spans {
            if span.contains("/"), !span.contains(" "), !span.hasPrefix("/"), !span.hasPrefix("application/"), !span.contains("?"), !span.contains("<") {
                let found = roots.contains { root in
                    let p = root.isEmpty ? span : root + "/" + span
                    return Self.exists(p) || Self.exists(p + ".swift")
                } || folders.contains { $0.hasSuffix("/" + span.trimmingCharacters(in: CharacterSet(charactersIn: "/"))) }
                if !found { missing.append("path " + span) }
            } else if let m = name.firstMatch(in: span, range: NSRange(span.startIndex..., in: span)) {
                let head = String(span[Range(m.range(at: 1), in: span)!])
                if !known.contains(head) { missing.append(span) }
            }
        }
        #expect(missing.isEmpty, "docs/ARCHITECTURE.md cites what does not exist: \(missing)")
    }
}
