/// Builds a node from the statements of a closure: elements, text literals, `if`, `for`.
@resultBuilder
public enum NodeBuilder {
    public static func buildExpression(_ node: Node) -> Node { node }
    public static func buildBlock(_ parts: Node...) -> Node { parts.count == 1 ? parts[0] : Node(.fragment(parts)) }
    public static func buildOptional(_ node: Node?) -> Node { node ?? .empty }
    public static func buildEither(first: Node) -> Node { first }
    public static func buildEither(second: Node) -> Node { second }
    public static func buildArray(_ parts: [Node]) -> Node { Node(.fragment(parts)) }
}

extension Node {
    /// The node as an element's children: a block's nodes as they are (no second array), else the one node.
    var children: [Node] {
        if case .fragment(let nodes) = kind { return nodes }
        return [self]
    }
}
