import HavenCore
import HavenHTML
import Ink

/// A guide's text as a page shows it: Markdown rendered by Ink, then read back through `AllowedMarkup` (so no raw
/// HTML, script or outside resource survives), `[n]` linked to the n-th source, and timelines as ordered lists.
enum GuideMarkdown {
    struct Rendered {
        let body: Node
        /// The sections, for the table of contents.
        let headings: [AllowedMarkup.Heading]
    }

    static func render(_ content: GuideContent) -> Rendered {
        var ids: Set<String> = ["main", "contents", "sources", "find-treatment", "guide-title"]
        var nodes: [Node] = [], headings: [AllowedMarkup.Heading] = []
        let count = content.citations.count
        for segment in GuideBody.segments(content.body) {
            switch segment {
            case .markdown(let markdown):
                let html = MarkdownParser().html(from: GuideBody.marked(markdown))
                let read = AllowedMarkup.read(html, ids: &ids) { citing($0, count: count) }
                nodes.append(read.node)
                headings += read.headings
            case .timeline(let stages):
                nodes.append(ol(.class("timeline")) {
                    for stage in stages {
                        li {
                            if !stage.when.isEmpty { strong(.class("when")) { text(stage.when) }; " " }
                            citing(stage.what, count: count)
                        }
                    }
                })
            }
        }
        return Rendered(body: group(nodes), headings: headings)
    }

    /// Prose with each `[n]` (n a listed source) linked to that source at the foot of the page.
    static func citing(_ prose: String, count: Int) -> Node {
        let pieces = GuideBody.references(in: prose)
        guard pieces.contains(where: { if case .reference = $0 { true } else { false } }) else { return text(prose) }
        return group(pieces.map { piece in
            switch piece {
            case .text(let s): return text(s)
            case .reference(let n) where n <= count:
                return a(.class("cite"), .href(SafeURL(path: "#source-\(n)")), .ariaLabel("source \(n)")) { "[\(n)]" }
            case .reference(let n): return text("[\(n)]")  // a number with no source: shown as typed
            }
        })
    }
}
