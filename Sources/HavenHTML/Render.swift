extension Node {
    /// The markup, every text and attribute value escaped.
    public func render() -> String {
        var out = ""
        out.reserveCapacity(4096)
        render(into: &out)
        return out
    }

    /// A whole page: the doctype, then this node (the `<html>` element).
    public func renderDocument() -> String {
        var out = "<!doctype html>\n"
        out.reserveCapacity(65_536)
        render(into: &out)
        return out
    }

    public func render(into out: inout String) {
        switch kind {
        case .element(let name, let attributes, let children):
            open(name, attributes, into: &out)
            for child in children { child.render(into: &out) }
            out += "</"
            out += name.description
            out += ">"
        case .void(let name, let attributes):
            open(name, attributes, into: &out)
        case .text(let text):
            Escape.append(text, to: &out)
        case .trusted(let markup):
            out += markup
        case .fragment(let nodes):
            for node in nodes { node.render(into: &out) }
        case .empty:
            break
        }
    }

    private func open(_ name: StaticString, _ attributes: [Attribute], into out: inout String) {
        out += "<"
        out += name.description
        for a in attributes {
            out += " "
            out += a.name.description
            if let value = a.value {
                out += "=\""
                Escape.append(value, to: &out)
                out += "\""
            }
        }
        out += ">"
    }
}

/// HTML escaping for text and attribute values (both quoted): & < > " '.
enum Escape {
    @inline(__always)
    static func append(_ text: String, to out: inout String) {
        var clean = true
        for u in text.utf8 where u == 38 || u == 60 || u == 62 || u == 34 || u == 39 { clean = false; break }
        if clean { out += text; return }
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
    }
}
