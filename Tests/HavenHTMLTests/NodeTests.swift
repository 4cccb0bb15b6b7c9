import HavenHTML
import Testing

@Suite struct NodeTests {
    static let attacks = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "' onmouseover='x"]

    @Test func textAndAttributesAreEscaped() {
        for attack in Self.attacks {
            let html = p(.class(attack), .id(attack)) { text(attack); "and \(attack)" }.render()
            #expect(!html.contains("<script"), "\(html)")
            #expect(!html.contains("<img"), "\(html)")
            #expect(!html.contains("\"><"), "\(html)")
            #expect(!html.contains("='"), "\(html)")
            #expect(html.hasPrefix("<p class=\""))
        }
        #expect(text("a < b & \"c\" 'd' > e").render() == "a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e")
    }

    /// Escaping copies the runs between special characters whole: every position and neighbour must still come out
    /// right (at the start, at the end, two together, multi-byte text beside them).
    @Test func everySpecialCharacterIsEscapedWhereverItIs() {
        let cases: [(String, String)] = [
            ("", ""), ("plain", "plain"), ("&", "&amp;"), ("a&b", "a&amp;b"), ("&a", "&amp;a"), ("a&", "a&amp;"), ("&&", "&amp;&amp;"),
            ("<>\"'", "&lt;&gt;&quot;&#39;"), ("/search?near=N\u{00E9}w York&radius=5&list=1", "/search?near=N\u{00E9}w York&amp;radius=5&amp;list=1"),
            ("é<é", "é&lt;é"), ("x\"", "x&quot;"),
        ]
        for (raw, escaped) in cases {
            #expect(p { text(raw) }.render() == "<p>\(escaped)</p>", "\(raw)")
        }
    }

    @Test func structureRendersAsWritten() {
        let chosen = true
        let node = ul(.class("x")) {
            for n in 1...2 { li { "item \(n)" } }
            if chosen { li(.ariaCurrent("page")) { "chosen" } } else { li { "never" } }
            input(.type("checkbox"), .checked)
        }
        #expect(node.render() == "<ul class=\"x\"><li>item 1</li><li>item 2</li><li aria-current=\"page\">chosen</li><input type=\"checkbox\" checked></ul>")
    }

    @Test func onlyMarkupMadeByTheLayerIsTrusted() {
        let fragment = TrustedHTML(strong { "<b>" })
        #expect(fragment.string == "<strong>&lt;b&gt;</strong>")
        #expect(p { trusted(fragment) }.render() == "<p><strong>&lt;b&gt;</strong></p>")
        #expect(TrustedHTML(static: "<br>").string == "<br>")
    }

    @Test func linksTakeOnlySafeURLs() {
        for bad in ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x", "//evil.example", "www.example.org",
                    "http://exa mple.org", "http://", "java\tscript:alert(1)", ""] {
            #expect(SafeURL(external: bad) == nil, "\(bad)")
        }
        for good in ["https://example.org/a?b=1&c=2", "http://example.org", "tel:+18006624357", "mailto:help@example.org"] {
            #expect(SafeURL(external: good)?.value == good)
        }
        #expect(a(.href(SafeURL(external: "https://e.org/?a=1&b=\"2\"")!)) { "x" }.render()
                == "<a href=\"https://e.org/?a=1&amp;b=&quot;2&quot;\">x</a>")
    }

    @Test func documentStartsWithDoctype() {
        #expect(html { body { "hi" } }.renderDocument() == "<!doctype html>\n<html><body>hi</body></html>")
    }
}

@Suite struct TemplateTests {
    static let card = Template { h in
        li(.class("card")) {
            a(.href(h.url(0)), .ariaLabel(h.string(1))) { h.text(1) }
            h.node(2)
        }
    }

    @Test func holesAreFilledEscaped() {
        let attack = "\"><script>alert(1)</script>"
        let html = Self.card(.url(SafeURL(path: "/facilities/1?a=1&b=2")), .text(attack), .node(p { text(attack) })).render()
        #expect(html == "<li class=\"card\"><a href=\"/facilities/1?a=1&amp;b=2\" aria-label=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">"
                + "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a><p>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p></li>")
    }

    @Test func aTemplateRendersAsTheNodesItStandsFor() {
        let direct = li(.class("card")) { a(.href(SafeURL(path: "/x")), .ariaLabel("Name & co")) { "Name & co" }; group([]) }
        #expect(Self.card(.url(SafeURL(path: "/x")), .text("Name & co"), .node(group([]))).render() == direct.render())
    }
}
