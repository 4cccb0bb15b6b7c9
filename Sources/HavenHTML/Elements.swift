// The elements Haven's pages use, as functions: `p(.class("note")) { "Call first." }`. They are free functions, not
// static members, because a result-builder line that starts with `.` would continue the line above it.

public func html(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("html", attributes, content().children)) }
public func head(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("head", attributes, content().children)) }
public func body(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("body", attributes, content().children)) }
public func title(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("title", attributes, content().children)) }
public func a(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("a", attributes, content().children)) }
public func p(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("p", attributes, content().children)) }
public func h1(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("h1", attributes, content().children)) }
public func h2(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("h2", attributes, content().children)) }
public func h3(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("h3", attributes, content().children)) }
public func ul(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("ul", attributes, content().children)) }
public func ol(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("ol", attributes, content().children)) }
public func li(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("li", attributes, content().children)) }
public func div(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("div", attributes, content().children)) }
public func span(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("span", attributes, content().children)) }
public func section(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("section", attributes, content().children)) }
public func article(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("article", attributes, content().children)) }
public func aside(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("aside", attributes, content().children)) }
public func header(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("header", attributes, content().children)) }
public func footer(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("footer", attributes, content().children)) }
public func main(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("main", attributes, content().children)) }
public func nav(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("nav", attributes, content().children)) }
public func form(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("form", attributes, content().children)) }
public func label(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("label", attributes, content().children)) }
public func select(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("select", attributes, content().children)) }
public func option(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("option", attributes, content().children)) }
public func button(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("button", attributes, content().children)) }
public func details(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("details", attributes, content().children)) }
public func summary(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("summary", attributes, content().children)) }
public func fieldset(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("fieldset", attributes, content().children)) }
public func legend(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("legend", attributes, content().children)) }
public func table(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("table", attributes, content().children)) }
public func caption(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("caption", attributes, content().children)) }
public func thead(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("thead", attributes, content().children)) }
public func tbody(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("tbody", attributes, content().children)) }
public func tr(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("tr", attributes, content().children)) }
public func th(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("th", attributes, content().children)) }
public func td(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("td", attributes, content().children)) }
public func code(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("code", attributes, content().children)) }
public func strong(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("strong", attributes, content().children)) }
public func em(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("em", attributes, content().children)) }
public func textarea(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("textarea", attributes, content().children)) }
public func dl(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("dl", attributes, content().children)) }
public func dt(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("dt", attributes, content().children)) }
public func dd(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("dd", attributes, content().children)) }
public func pre(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("pre", attributes, content().children)) }
public func address(_ attributes: Attribute..., @NodeBuilder content: () -> Node = { .empty }) -> Node { Node(.element("address", attributes, content().children)) }
/// A first-party script file: only a source URL, never inline code (the Content-Security-Policy forbids inline).
public func script(src: SafeURL) -> Node { Node(.element("script", [.src(src), .defer], [])) }
public func meta(_ attributes: Attribute...) -> Node { Node(.void("meta", attributes)) }
public func link(_ attributes: Attribute...) -> Node { Node(.void("link", attributes)) }
public func input(_ attributes: Attribute...) -> Node { Node(.void("input", attributes)) }
public func br(_ attributes: Attribute...) -> Node { Node(.void("br", attributes)) }
/// `<img>`: a source on this site (or a safe URL) and its text alternative, always given.
public func img(src: SafeURL, alt: String, _ attributes: Attribute...) -> Node {
    Node(.void("img", [.src(src), Attribute("alt", alt)] + attributes))
}

/// `<input>` with a computed list of attributes.
public func input(_ attributes: [Attribute]) -> Node { Node(.void("input", attributes)) }
/// `<textarea>` with a computed list of attributes.
public func textarea(_ attributes: [Attribute], @NodeBuilder content: () -> Node) -> Node { Node(.element("textarea", attributes, content().children)) }
/// `<option>` with a computed list of attributes.
public func option(_ attributes: [Attribute], @NodeBuilder content: () -> Node) -> Node { Node(.element("option", attributes, content().children)) }

/// Text, escaped.
public func text(_ text: String) -> Node { Node(.text(text)) }
/// Markup made by this module (see `TrustedHTML`), written out as it is.
public func trusted(_ html: TrustedHTML) -> Node { Node(.trusted(html.markup)) }
/// Several nodes side by side.
public func group(_ nodes: [Node]) -> Node { Node(.fragment(nodes)) }
/// Any element, for the few that have no function above. Names are static: never built from input.
public func element(_ name: StaticString, _ attributes: [Attribute], @NodeBuilder content: () -> Node = { .empty }) -> Node {
    Node(.element(name, attributes, content().children))
}
