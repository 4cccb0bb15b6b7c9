/// A `<script type="application/ld+json">` block: data for search engines, never run by a browser. A script's
/// content is not HTML-escaped, so `<`, `>` and `&` are written as JSON escapes instead: whatever the data
/// holds (a title with `</script>` in it), it cannot end the block.
public func structuredData(json: String) -> Node {
    var out: [UInt8] = []
    out.reserveCapacity(json.utf8.count + 48)
    out += Array(#"<script type="application/ld+json">"#.utf8)
    for b in json.utf8 {
        switch b {
        case UInt8(ascii: "<"): out += Array(#"\u003c"#.utf8)
        case UInt8(ascii: ">"): out += Array(#"\u003e"#.utf8)
        case UInt8(ascii: "&"): out += Array(#"\u0026"#.utf8)
        default: out.append(b)
        }
    }
    out += Array("</script>".utf8)
    return Node(.trusted(out))
}
