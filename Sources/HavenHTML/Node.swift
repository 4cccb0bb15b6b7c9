/// A piece of HTML. Text and attribute values are escaped when the node is rendered; the only markup written as
/// it is comes from `TrustedHTML`, which this module makes from static literals or from nodes it rendered itself.
/// So nothing a person types can become markup, whichever page it reaches.
public struct Node: Sendable {
    enum Kind: Sendable {
        case element(StaticString, [Attribute], [Node])
        case void(StaticString, [Attribute])
        case text(String)
        case trusted([UInt8])
        case fragment([Node])
        case template(Template, [Template.Fill])
        case empty
    }

    let kind: Kind

    init(_ kind: Kind) { self.kind = kind }

    /// Nothing: for optional parts of a page.
    public static let empty = Node(.empty)
}

extension Node: ExpressibleByStringInterpolation {
    /// A string literal in a page is text: `"\(facility.name) is open"` is escaped as a whole.
    public init(stringLiteral value: String) { self.init(.text(value)) }
}

/// Markup that may be written as it is: a static literal from Haven's source, or a node rendered earlier
/// (fragments a page repeats hundreds of times are rendered once and reused). It cannot be made from runtime text.
public struct TrustedHTML: Sendable, Hashable {
    let markup: [UInt8]

    /// A fixed piece of markup in Haven's source.
    public init(static literal: StaticString) {
        markup = literal.withUTF8Buffer { Array($0) }
    }

    /// A node rendered now, to be reused as it is.
    public init(_ node: Node) { markup = node.renderBytes() }

    /// The markup, for tests.
    public var string: String { String(decoding: markup, as: UTF8.self) }
}
