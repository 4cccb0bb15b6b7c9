/// Reads HTML made by a Markdown renderer back into nodes, keeping only plain document structure: paragraphs,
/// headings, lists, emphasis, code, quotes, tables and links to safe addresses. Every other tag (`<script>`,
/// `<iframe>`, `<img onerror=...>`, a raw `<div>` typed into the Markdown) comes out as the visible text it was,
/// every attribute but a checked `href` (and an ordered list's `start`) is dropped, and text is escaped again when
/// rendered. So a guide's text can format itself but cannot run anything or load anything.
public enum AllowedMarkup {
    public struct Heading: Sendable, Hashable {
        public let level: Int
        public let id: String
        public let text: String
    }

    /// - Parameters:
    ///   - ids: heading ids already used on the page (each heading gets a unique `id` for the table of contents).
    ///   - text: turns a run of prose into nodes (a guide links its `[1]` citations); not used inside code.
    public static func read(_ html: String, ids: inout Set<String>, text: (String) -> Node = HavenHTML.text) -> (node: Node, headings: [Heading]) {
        withoutActuallyEscaping(text) { hook in
            var reader = Reader(ids: ids, textHook: hook)
            reader.run(Array(html.utf8))
            ids = reader.ids
            return (Node(.fragment(reader.finish())), reader.headings)
        }
    }

    private struct Element {
        let name: StaticString
        let key: String
        var attributes: [Attribute] = []
        var children: [Node] = []
        var plain = ""
        /// An `a` whose address was refused: its content stays, unlinked.
        var unwrap = false
    }

    private static let allowed: [String: StaticString] = [
        "p": "p", "h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4",
        "ul": "ul", "ol": "ol", "li": "li", "em": "em", "strong": "strong", "b": "strong", "i": "em",
        "code": "code", "pre": "pre", "blockquote": "blockquote", "a": "a", "del": "del", "s": "del",
        "table": "table", "thead": "thead", "tbody": "tbody", "tr": "tr", "th": "th", "td": "td",
        "br": "br", "hr": "hr", "sup": "sup", "sub": "sub",
    ]
    private static let void: Set<String> = ["br", "hr"]

    private struct Reader {
        var ids: Set<String>
        let textHook: (String) -> Node
        var stack = [Element(name: "div", key: "")]
        var headings: [Heading] = []
        var codeDepth = 0

        init(ids: Set<String>, textHook: @escaping (String) -> Node) {
            self.ids = ids
            self.textHook = textHook
        }

        mutating func run(_ bytes: [UInt8]) {
            var i = 0, textStart = 0
            while i < bytes.count {
                guard bytes[i] == UInt8(ascii: "<"), let tag = Tag.parse(bytes, at: i) else { i += 1; continue }
                addText(bytes[textStart..<i])
                if let name = allowed[tag.name] {
                    if tag.closing { close(tag.name) } else { open(tag, name) }
                } else if tag.name == "img", !tag.closing, let alt = tag.attributes["alt"], !alt.isEmpty {
                    addText(Array(alt.utf8)[...])  // an image is never loaded: its description stands in
                } else {
                    addText(bytes[i..<tag.end])  // any other tag is shown as the text it was
                }
                i = tag.end
                textStart = i
            }
            addText(bytes[textStart..<bytes.count])
        }

        mutating func addText(_ raw: ArraySlice<UInt8>) {
            guard !raw.isEmpty else { return }
            let s = Entities.decode(String(decoding: raw, as: UTF8.self))
            for k in stack.indices { stack[k].plain += s }
            stack[stack.count - 1].children.append(codeDepth > 0 ? Node(.text(s)) : textHook(s))
        }

        mutating func open(_ tag: Tag, _ name: StaticString) {
            if void.contains(tag.name) {
                stack[stack.count - 1].children.append(Node(.void(name, [])))
                return
            }
            var e = Element(name: name, key: tag.name)
            switch tag.name {
            case "a":
                if let href = tag.attributes["href"], let url = Self.safeURL(href) { e.attributes = [.href(url)] } else { e.unwrap = true }
            case "ol":
                if let start = tag.attributes["start"].flatMap({ Int($0) }), (0...10_000).contains(start) { e.attributes = [.start(start)] }
            case "code", "pre": codeDepth += 1
            default: break
            }
            stack.append(e)
        }

        mutating func close(_ key: String) {
            guard let target = stack.indices.dropFirst().last(where: { stack[$0].key == key }) else { return }  // a stray end tag
            while stack.count > target { popOne() }
        }

        mutating func popOne() {
            var e = stack.removeLast()
            if e.key == "code" || e.key == "pre" { codeDepth -= 1 }
            if ["h1", "h2", "h3", "h4", "h5", "h6"].contains(e.key) {
                let level = e.name.description == "h2" ? 2 : e.name.description == "h3" ? 3 : 4
                let id = uniqueID(for: e.plain)
                e.attributes = [.id(id)]
                headings.append(Heading(level: level, id: id, text: e.plain.trimmingWhitespace()))
            }
            let node = e.unwrap ? Node(.fragment(e.children)) : Node(.element(e.name, e.attributes, e.children))
            stack[stack.count - 1].children.append(node)
        }

        mutating func finish() -> [Node] {
            while stack.count > 1 { popOne() }
            return stack[0].children
        }

        mutating func uniqueID(for text: String) -> String {
            var base = "", dash = false
            for s in text.lowercased().unicodeScalars {
                if ("a"..."z").contains(s) || ("0"..."9").contains(s) {
                    if dash && !base.isEmpty { base += "-" }
                    base.unicodeScalars.append(s)
                    dash = false
                } else { dash = true }
                if base.count >= 50 { break }
            }
            base = "section-" + (base.isEmpty ? "part" : base)
            var id = base, n = 2
            while ids.contains(id) { id = base + "-\(n)"; n += 1 }
            ids.insert(id)
            return id
        }

        /// A fragment on the page, a path on this site, or an http(s)/mailto/tel address.
        static func safeURL(_ raw: String) -> SafeURL? {
            let href = Entities.decode(raw)
            if href.hasPrefix("#") {
                let rest = href.dropFirst()
                guard !rest.isEmpty, rest.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) else { return nil }
                return SafeURL(path: href)
            }
            if href.hasPrefix("/") && !href.hasPrefix("//") && !href.hasPrefix("/\\") {
                guard !href.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\\" }) else { return nil }
                return SafeURL(path: href)
            }
            return SafeURL(external: href)
        }
    }

    /// One tag as written: `<name attr="value" ...>` or `</name>`. Anything else is not a tag.
    struct Tag {
        let name: String
        let closing: Bool
        var attributes: [String: String]
        let end: Int

        static func parse(_ b: [UInt8], at start: Int) -> Tag? {
            var i = start + 1
            let closing = i < b.count && b[i] == UInt8(ascii: "/")
            if closing { i += 1 }
            let nameStart = i
            while i < b.count, isAlnum(b[i]) { i += 1 }
            guard i > nameStart, isAlpha(b[nameStart]) else { return nil }
            let name = String(decoding: b[nameStart..<i], as: UTF8.self).lowercased()
            var attributes: [String: String] = [:]
            while true {
                let before = i
                while i < b.count, isSpace(b[i]) { i += 1 }
                guard i < b.count else { return nil }
                if b[i] == UInt8(ascii: ">") { return Tag(name: name, closing: closing, attributes: attributes, end: i + 1) }
                if b[i] == UInt8(ascii: "/"), i + 1 < b.count, b[i + 1] == UInt8(ascii: ">") {
                    return Tag(name: name, closing: closing, attributes: attributes, end: i + 2)
                }
                guard i > before else { return nil }  // attributes are separated by space
                let attrStart = i
                while i < b.count, isAlnum(b[i]) || b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: ":") { i += 1 }
                guard i > attrStart else { return nil }
                let attr = String(decoding: b[attrStart..<i], as: UTF8.self).lowercased()
                var value = ""
                if i < b.count, b[i] == UInt8(ascii: "=") {
                    i += 1
                    guard i < b.count, b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") else { return nil }
                    let quote = b[i]
                    i += 1
                    let valueStart = i
                    while i < b.count, b[i] != quote, b[i] != UInt8(ascii: "<") { i += 1 }
                    guard i < b.count, b[i] == quote else { return nil }
                    value = String(decoding: b[valueStart..<i], as: UTF8.self)
                    i += 1
                }
                if attributes[attr] == nil { attributes[attr] = value }
            }
        }

        static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") }
        static func isAlnum(_ c: UInt8) -> Bool { isAlpha(c) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) }
        static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
    }
}

/// Character references in text a renderer wrote: the ones HTML writers use, back to characters.
enum Entities {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "mdash": "\u{2014}",
        "ndash": "\u{2013}", "hellip": "\u{2026}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}",
        "rdquo": "\u{201D}", "copy": "\u{00A9}", "middot": "\u{00B7}",
    ]

    static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = "", i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") {
                let name = s[s.index(after: i)..<semi]
                var scalar: Unicode.Scalar?
                if name.hasPrefix("#x") || name.hasPrefix("#X") { scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                else if name.hasPrefix("#") { scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
                if let scalar, scalar.value != 0 {
                    out.unicodeScalars.append(scalar); i = s.index(after: semi); continue
                }
                if let c = named[String(name)] { out += c; i = s.index(after: semi); continue }
            }
            out.append(s[i])
            i = s.index(after: i)
        }
        return out
    }
}
