/// A small, fast pull scanner for the plain XML inside .xlsx files (no DTDs).
/// Namespace prefixes are dropped from element names ("x:row" -> "row").
struct XMLScanner {
    enum Event {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    struct Malformed: Error, CustomStringConvertible {
        let offset: Int
        var description: String { "malformed XML near byte \(offset)" }
    }

    private let bytes: [UInt8]
    private var i = 0

    init(_ data: [UInt8]) {
        self.bytes = data
    }

    static func scan(_ data: [UInt8], _ handle: (Event) throws -> Void) throws {
        var scanner = XMLScanner(data)
        try scanner.scan(handle)
    }

    /// Calls `handle` for each element start, end and text run, in document order.
    mutating func scan(_ handle: (Event) throws -> Void) throws {
        let n = bytes.count
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">")
        while i < n {
            if bytes[i] != lt {
                let start = i
                while i < n && bytes[i] != lt { i += 1 }
                try handle(.text(Self.decodeEntities(bytes[start..<i])))
                continue
            }
            guard i + 1 < n else { throw Malformed(offset: i) }
            let next = bytes[i + 1]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                if bytes[i...].starts(with: Array("<![CDATA[".utf8)) {
                    let start = i + 9
                    guard let end = find(Array("]]>".utf8), from: start) else { throw Malformed(offset: i) }
                    try handle(.text(String(decoding: bytes[start..<end], as: UTF8.self)))
                    i = end + 3
                } else {
                    let closer: [UInt8] = bytes[i...].starts(with: Array("<!--".utf8)) ? Array("-->".utf8) : [gt]
                    guard let end = find(closer, from: i + 2) else { throw Malformed(offset: i) }
                    i = end + closer.count
                }
                continue
            }
            guard let close = find([gt], from: i + 1) else { throw Malformed(offset: i) }
            if next == UInt8(ascii: "/") {
                try handle(.end(name: localName(i + 2, close)))
            } else {
                let selfClosing = bytes[close - 1] == UInt8(ascii: "/")
                let tagEnd = selfClosing ? close - 1 : close
                var nameEnd = i + 1
                while nameEnd < tagEnd && !Self.isSpace(bytes[nameEnd]) { nameEnd += 1 }
                let name = localName(i + 1, nameEnd)
                let attrs = try attributes(nameEnd, tagEnd)
                try handle(.start(name: name, attributes: attrs, selfClosing: selfClosing))
                if selfClosing { try handle(.end(name: name)) }
            }
            i = close + 1
        }
    }

    private func find(_ needle: [UInt8], from: Int) -> Int? {
        var j = from
        let n = bytes.count - needle.count
        while j <= n {
            if bytes[j] == needle[0] && (needle.count == 1 || bytes[j..<(j + needle.count)].elementsEqual(needle)) { return j }
            j += 1
        }
        return nil
    }

    private func localName(_ from: Int, _ to: Int) -> String {
        var start = from
        var end = to
        while end > start && Self.isSpace(bytes[end - 1]) { end -= 1 }
        for j in from..<end where bytes[j] == UInt8(ascii: ":") { start = j + 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private func attributes(_ from: Int, _ to: Int) throws -> [String: String] {
        var out: [String: String] = [:]
        var j = from
        while j < to {
            while j < to && Self.isSpace(bytes[j]) { j += 1 }
            guard j < to else { break }
            let nameStart = j
            while j < to && bytes[j] != UInt8(ascii: "=") { j += 1 }
            guard j + 1 < to else { throw Malformed(offset: j) }
            let name = localName(nameStart, j)
            j += 1
            while j < to && Self.isSpace(bytes[j]) { j += 1 }
            let q = bytes[j]
            guard q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") else { throw Malformed(offset: j) }
            let valueStart = j + 1
            j = valueStart
            while j < to && bytes[j] != q { j += 1 }
            out[name] = Self.decodeEntities(bytes[valueStart..<j])
            j += 1
        }
        return out
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }

    static func decodeEntities(_ slice: ArraySlice<UInt8>) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var out = ""
        var text = String(decoding: slice, as: UTF8.self)[...]
        while let amp = text.firstIndex(of: "&") {
            out += text[..<amp]
            guard let semi = text[amp...].firstIndex(of: ";") else { break }
            let entity = text[text.index(after: amp)..<semi]
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                var scalar: UInt32?
                if entity.hasPrefix("#x") { scalar = UInt32(entity.dropFirst(2), radix: 16) }
                else if entity.hasPrefix("#") { scalar = UInt32(entity.dropFirst()) }
                if let s = scalar.flatMap(Unicode.Scalar.init) { out.unicodeScalars.append(s) } else { out += "&\(entity);" }
            }
            text = text[text.index(after: semi)...]
        }
        out += text
        return out
    }
}
