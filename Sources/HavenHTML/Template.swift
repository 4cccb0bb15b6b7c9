/// Markup rendered once with holes, for fragments a page repeats many times (a result card, a filter checkbox).
/// Each use fills the holes: text is escaped as anywhere else, a URL hole takes only a `SafeURL`, a node hole takes
/// a `Node`. So a template is as safe as the nodes it stands for, and costs one small array per use instead of a
/// tree of elements.
///
///     static let sub = Template { h in p(.class("sub")) { h.text(0) } }
///     sub(.text(listing.name2))
public struct Template: Sendable {
    /// The markup between holes: one more part than holes.
    let parts: [[UInt8]]
    /// For each hole in document order: which value fills it, and of what kind.
    let holes: [(index: Int, kind: Hole.Kind)]

    public init(_ build: (Hole.Maker) -> Node) {
        let bytes = build(Hole.Maker()).renderBytes()
        var parts: [[UInt8]] = [], holes: [(Int, Hole.Kind)] = []
        var part: [UInt8] = [], i = 0
        while i < bytes.count {
            // A hole's marker: 0x01, kind letter, index digits, 0x02 (control characters no page text holds).
            if bytes[i] == 0x01, let end = bytes[i...].firstIndex(of: 0x02),
               let kind = Hole.Kind(rawValue: bytes[i + 1]), let index = Int(String(decoding: bytes[(i + 2)..<end], as: UTF8.self)) {
                parts.append(part)
                part = []
                holes.append((index, kind))
                i = end + 1
            } else {
                part.append(bytes[i])
                i += 1
            }
        }
        parts.append(part)
        self.parts = parts
        self.holes = holes
    }

    /// The template with its holes filled, in the order of their indexes.
    public func callAsFunction(_ values: Fill...) -> Node {
        for (index, kind) in holes {
            precondition(index < values.count && values[index].kind == kind, "template hole \(index) needs a \(kind) value")
        }
        return Node(.template(self, values))
    }

    func render(_ values: [Fill], into out: inout [UInt8]) {
        out.append(contentsOf: parts[0])
        for (n, hole) in holes.enumerated() {
            switch values[hole.index] {
            case .text(let s): Escape.append(s, to: &out)
            case .url(let u): Escape.append(u.value, to: &out)
            case .node(let node): node.render(into: &out)
            }
            out.append(contentsOf: parts[n + 1])
        }
    }

    /// What fills a hole.
    public enum Fill: Sendable {
        case text(String)
        case url(SafeURL)
        case node(Node)

        var kind: Hole.Kind {
            switch self {
            case .text: .text
            case .url: .url
            case .node: .node
            }
        }
    }
}

/// A place in a template where a value goes.
public enum Hole {
    enum Kind: UInt8, Sendable { case text = 0x74, url = 0x75, node = 0x6E }  // t, u, n

    /// Makes the markers a template's nodes hold where values will go.
    public struct Maker {
        func marker(_ kind: Kind, _ index: Int) -> String { "\u{1}" + String(UnicodeScalar(kind.rawValue)) + String(index) + "\u{2}" }

        /// Text, escaped when filled.
        public func text(_ index: Int) -> Node { Node(.text(marker(.text, index))) }
        /// Text in an attribute value, escaped when filled.
        public func string(_ index: Int) -> String { marker(.text, index) }
        /// A link target: filled with a `SafeURL`.
        public func url(_ index: Int) -> SafeURL { SafeURL(unchecked: marker(.url, index)) }
        /// A node (an optional part of the fragment).
        public func node(_ index: Int) -> Node { Node(.text(marker(.node, index))) }
    }
}
