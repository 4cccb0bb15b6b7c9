extension Node {
    /// The markup, every text and attribute value escaped.
    public func render() -> String { String(decoding: renderBytes(), as: UTF8.self) }

    /// A whole page: the doctype, then this node (the `<html>` element).
    public func renderDocument() -> String { String(decoding: documentBytes(), as: UTF8.self) }

    /// A whole page as UTF-8, for a response body.
    public func documentBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(65_536)
        Self.append("<!doctype html>\n", to: &out)
        render(into: &out)
        return out
    }

    /// The markup as UTF-8. Pages are written as bytes: appending to a String costs about twice as much.
    public func renderBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        render(into: &out)
        return out
    }

    public func render(into out: inout [UInt8]) {
        switch kind {
        case .element(let name, let attributes, let children):
            open(name, attributes, into: &out)
            for child in children { child.render(into: &out) }
            out.append(0x3C)  // <
            out.append(0x2F)  // /
            Self.append(name, to: &out)
            out.append(0x3E)  // >
        case .void(let name, let attributes):
            open(name, attributes, into: &out)
        case .text(let text):
            Escape.append(text, to: &out)
        case .trusted(let markup):
            out.append(contentsOf: markup)
        case .fragment(let nodes):
            for node in nodes { node.render(into: &out) }
        case .template(let template, let values):
            template.render(values, into: &out)
        case .empty:
            break
        }
    }

    private func open(_ name: StaticString, _ attributes: [Attribute], into out: inout [UInt8]) {
        out.append(0x3C)
        Self.append(name, to: &out)
        for a in attributes {
            out.append(0x20)
            Self.append(a.name, to: &out)
            if let value = a.value {
                out.append(0x3D)  // =
                out.append(0x22)  // "
                Escape.append(value, to: &out)
                out.append(0x22)
            }
        }
        out.append(0x3E)
    }

    @inline(__always)
    static func append(_ s: StaticString, to out: inout [UInt8]) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }
}

/// HTML escaping for text and attribute values (both quoted): & < > " '. It works on UTF-8 bytes: the five
/// characters are ASCII and never occur inside a multi-byte sequence.
enum Escape {
    @inline(__always)
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            // Runs between special characters are copied whole (a link's query string has an "&" every few bytes).
            var start = 0
            for i in 0..<bytes.count {
                let entity: [UInt8]
                switch bytes[i] {
                case 0x26: entity = amp
                case 0x3C: entity = lt
                case 0x3E: entity = gt
                case 0x22: entity = quot
                case 0x27: entity = apos
                default: continue
                }
                if start < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i])) }
                out.append(contentsOf: entity)
                start = i + 1
            }
            if start == 0 { out.append(contentsOf: bytes) } else if start < bytes.count {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
            }
        }
    }

    static let amp = Array("&amp;".utf8), lt = Array("&lt;".utf8), gt = Array("&gt;".utf8)
    static let quot = Array("&quot;".utf8), apos = Array("&#39;".utf8)
}
