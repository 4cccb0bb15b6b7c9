import HavenCore
import HavenHTML

/// Previous, numbered pages around the current one (with the first and last), next.
enum Pagination {
    static func view(_ results: SearchResults) -> Node {
        let page = results.query.page, last = results.pageCount
        guard last > 1 else { return .empty }
        let w = Words.current
        var links: [Node] = []
        if page > 1 { links.append(a(.rel("prev"), .href(SiteURL.search(results.query, page: page - 1))) { text(w.previous) }) }
        let window = Set([1, last] + Array(max(1, page - 2)...min(last, page + 2)))
        var previous = 0
        for p in window.sorted() {
            if p > previous + 1 { links.append(span(.ariaHidden) { "…" }) }
            links.append(p == page ? span(.ariaCurrent("page")) { "\(p)" }
                         : a(.href(SiteURL.search(results.query, page: p)), .ariaLabel(w.page(p))) { "\(p)" })
            previous = p
        }
        if page < last { links.append(a(.rel("next"), .href(SiteURL.search(results.query, page: page + 1))) { text(w.next) }) }
        return nav(.class("pages"), .ariaLabel(w.pages)) { group(links.interleaved(with: " ")) }
    }
}

extension Array where Element == Node {
    /// The nodes with `separator` between each two.
    func interleaved(with separator: Node) -> [Node] {
        var out: [Node] = []
        out.reserveCapacity(count * 2)
        for (i, n) in enumerated() {
            if i > 0 { out.append(separator) }
            out.append(n)
        }
        return out
    }
}
