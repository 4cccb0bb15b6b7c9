import Foundation
import HavenHTML
import Testing

/// A guide's rendered Markdown is read back through an allow-list: structure stays, anything that could run or load
/// comes out as text, and links go only to safe addresses.
@Suite struct AllowedMarkupTests {
    func render(_ html: String) -> String {
        var ids: Set<String> = []
        return AllowedMarkup.read(html, ids: &ids).node.render()
    }

    @Test func scriptsAndHandlersComeOutAsText() {
        let out = render("<p>Hi</p><script>alert(1)</script><p onclick=\"steal()\">there</p>")
        #expect(out == "<p>Hi</p>&lt;script&gt;alert(1)&lt;/script&gt;<p>there</p>")
        let attacks = ["<img src=x onerror=alert(1)>", "<iframe src=\"https://evil.example\"></iframe>", "<svg onload=alert(1)>",
                       "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a href=\"data:text/html,hi\">x</a>",
                       "<a href=\"//evil.example\">x</a>", "<style>body{display:none}</style>", "<p style=\"x\">s</p>",
                       "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">x</a>", "<div><form action=\"/x\"><input name=a></form></div>",
                       "<a href=\"&#106;avascript:alert(1)\">x</a>", "<p>a</p></main></body><script>x</script>", "<<script>>"]
        // Every tag that comes out is one the allow-list makes, with no attribute but a safe href.
        let allowed: Set<String> = ["p", "a", "ul", "ol", "li", "em", "strong", "code", "pre"]
        for a in attacks {
            let out = render(a)
            for m in out.matches(of: /<\/?([a-zA-Z0-9]+)([^>]*)>/) {
                #expect(allowed.contains(String(m.1)), "\(a) -> \(out)")
                let attrs = String(m.2).trimmingCharacters(in: .whitespaces)
                #expect(attrs.isEmpty || attrs.hasPrefix("href=\"https://") || attrs.hasPrefix("href=\"/") && !attrs.hasPrefix("href=\"//"),
                        "\(a) -> \(out)")
            }
        }
        #expect(render("<a href=\"javascript:alert(1)\">x</a>") == "x")
        #expect(render("<img src=\"https://tracker.example/p.gif\" alt=\"A chart\">") == "A chart", "images never load: the description stays")
    }

    @Test func structureAndSafeLinksStay() {
        #expect(render("<ul><li><strong>A</strong> &amp; <em>b</em></li></ul>") == "<ul><li><strong>A</strong> &amp; <em>b</em></li></ul>")
        #expect(render("<p><a href=\"https://nida.nih.gov/x?a=1&amp;b=2\">NIDA</a> <a href=\"#source-1\">[1]</a> <a href=\"/search?q=x\">s</a></p>")
                == "<p><a href=\"https://nida.nih.gov/x?a=1&amp;b=2\">NIDA</a> <a href=\"#source-1\">[1]</a> <a href=\"/search?q=x\">s</a></p>")
        #expect(render("<ol start=\"3\"><li>x</li></ol>") == "<ol start=\"3\"><li>x</li></ol>")
        #expect(render("<pre><code class=\"language-swift\">a &lt; b</code></pre>") == "<pre><code>a &lt; b</code></pre>")
        // Unclosed and stray tags: closed at the end, or dropped.
        #expect(render("<p><em>open") == "<p><em>open</em></p>")
        #expect(render("</li>text</p>") == "text")
    }

    @Test func headingsGetUniqueIDsForTheContents() {
        var ids: Set<String> = ["section-sources"]
        let read = AllowedMarkup.read("<h1>Top</h1><h2>How long it lasts</h2><h2>How long it lasts</h2><h3>Sources</h3><h6>x</h6>", ids: &ids)
        #expect(read.headings.map(\.id) == ["section-top", "section-how-long-it-lasts", "section-how-long-it-lasts-2", "section-sources-2", "section-x"])
        #expect(read.headings.map(\.level) == [2, 2, 2, 3, 4], "a page has one h1: the guide's title")
        #expect(read.node.render().hasPrefix("<h2 id=\"section-top\">Top</h2>"))
    }

    @Test func structuredDataCannotEndItsScript() {
        let out = structuredData(json: #"{"name":"</script><script>alert(1)</script>","a":"x&y"}"#).render()
        #expect(out == #"<script type="application/ld+json">{"name":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e","a":"x\u0026y"}</script>"#)
    }
}
