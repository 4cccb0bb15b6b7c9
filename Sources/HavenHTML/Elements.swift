// The elements Haven's pages use, as functions: `p(.class("note")) { "Call first." }`. They are free functions, not
// static members, because a result-builder line that starts with `.` would continue the line above it.

public func html(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("html", attributes, [content()])) }
public func head(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("head", attributes, [content()])) }
public func body(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("body", attributes, [content()])) }
public func title(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("title", attributes, [content()])) }
public func a(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("a", attributes, [content()])) }
public func p(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("p", attributes, [content()])) }
public func h1(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("h1", attributes, [content()])) }
public func h2(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("h2", attributes, [content()])) }
public func h3(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("h3", attributes, [content()])) }
public func ul(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("ul", attributes, [content()])) }
public func ol(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("ol", attributes, [content()])) }
public func li(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("li", attributes, [content()])) }
public func div(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("div", attributes, [content()])) }
public func span(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("span", attributes, [content()])) }
public func section(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("section", attributes, [content()])) }
public func article(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("article", attributes, [content()])) }
public func aside(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("aside", attributes, [content()])) }
public func header(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("header", attributes, [content()])) }
public func footer(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("footer", attributes, [content()])) }
public func main(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("main", attributes, [content()])) }
public func nav(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("nav", attributes, [content()])) }
public func form(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("form", attributes, [content()])) }
public func label(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("label", attributes, [content()])) }
public func select(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("select", attributes, [content()])) }
public func option(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("option", attributes, [content()])) }
public func button(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("button", attributes, [content()])) }
public func details(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("details", attributes, [content()])) }
public func summary(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("summary", attributes, [content()])) }
public func fieldset(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("fieldset", attributes, [content()])) }
public func legend(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("legend", attributes, [content()])) }
public func table(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("table", attributes, [content()])) }
public func caption(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("caption", attributes, [content()])) }
public func thead(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("thead", attributes, [content()])) }
public func tbody(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("tbody", attributes, [content()])) }
public func tr(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("tr", attributes, [content()])) }
public func th(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("th", attributes, [content()])) }
public func td(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("td", attributes, [content()])) }
public func code(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("code", attributes, [content()])) }
public func strong(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("strong", attributes, [content()])) }
public func em(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("em", attributes, [content()])) }
public func address(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("address", attributes, [content()])) }
public func meta(_ attributes: Attribute...) -> Node { Node(.void("meta", attributes)) }
public func link(_ attributes: Attribute...) -> Node { Node(.void("link", attributes)) }
public func input(_ attributes: Attribute...) -> Node { Node(.void("input", attributes)) }
public func br(_ attributes: Attribute...) -> Node { Node(.void("br", attributes)) }

/// `<input>` with a computed list of attributes.
public func input(_ attributes: [Attribute]) -> Node { Node(.void("input", attributes)) }
/// `<option>` with a computed list of attributes.
public func option(_ attributes: [Attribute], @NodeBuilder content: () -> Node) -> Node { Node(.element("option", attributes, [content()])) }

/// Text, escaped.
public func text(_ text: String) -> Node { Node(.text(text)) }
/// Markup made by this module (see `TrustedHTML`), written out as it is.
public func trusted(_ html: TrustedHTML) -> Node { Node(.trusted(html.markup)) }
/// Several nodes side by side.
public func group(_ nodes: [Node]) -> Node { Node(.fragment(nodes)) }
/// Any element, for the few that have no function above. Names are static: never built from input.
public func element(_ name: StaticString, _ attributes: [Attribute], @NodeBuilder content: () -> Node = { .empty }) -> Node {
    Node(.element(name, attributes, [content()]))
}
