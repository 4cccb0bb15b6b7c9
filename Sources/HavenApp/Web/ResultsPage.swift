import Foundation
import HavenCore

/// The results page: the search form with filters (checkbox per term, with counts), result cards, pagination.
enum ResultsPage {
    /// Facets whose terms a result card sums up.
    static let cardFacets = ["care_type", "setting", "medication"]

    static func render(_ results: SearchResults, taxonomy: Taxonomy) -> String {
        let q = results.query
        let placeText = results.place.map { " near \(esc($0.label))" } ?? ""
        let heading = results.total == 0 ? "No places found\(placeText)"
            : "\(grouped(results.total)) \(results.total == 1 ? "place" : "places")\(placeText)"
        let items = results.items
        let first = (q.page - 1) * q.perPage + 1
        let list = items.isEmpty ? emptyAdvice(results) : """
        <p class="count" aria-live="polite">Showing \(first)–\(first + items.count - 1) of \(grouped(results.total)), \(results.sort == .distance ? "nearest first" : "by name").</p>
        <ol class="results" start="\(first)">\(items.map { card($0, taxonomy: taxonomy) }.joined())</ol>
        \(pagination(results))
        """
        let body = """
        <h1>\(heading)</h1>
        <p class="jump"><a href="#filters">Change the place or filter the results</a></p>
        <div class="layout">
        <form class="filters" id="filters" method="get" action="\(SiteURL.search.path)" role="search" aria-label="Search and filters">
        \(HomePage.placeFields(near: q.near, radius: q.radiusMiles))
        <div class="field"><label for="q">Name contains</label><input id="q" name="q" type="text" value="\(esc(q.text ?? ""))"></div>
        <div class="field"><label for="sort">Order</label><select id="sort" name="sort">
        <option value="">\(q.near == nil ? "By name" : "Nearest first")</option><option value="name"\(q.sort == .name ? " selected" : "")>By name</option>
        </select></div>
        \(taxonomy.facets.filter(\.isFilter).map { facetFieldset($0, results, taxonomy) }.joined())
        <button type="submit">Update results</button>
        </form>
        <section class="list" aria-label="Results">\(list)</section>
        </div>
        """
        return Layout.page(title: heading.replacingOccurrences(of: "&amp;", with: "&"),
                           description: "Treatment facilities matching your search.", body: body)
    }

    static func facetFieldset(_ facet: Facet, _ results: SearchResults, _ taxonomy: Taxonomy) -> String {
        let chosen = results.query.selected(facet.slug)
        let cached = FilterHTML.parts.count == taxonomy.terms.count
        var boxes = ""
        for term in taxonomy.terms(in: facet) {
            let count = results.count(term)
            let isChosen = !chosen.isEmpty && chosen.contains(term.slug)
            guard count > 0 || isChosen else { continue }
            let (open, label) = cached ? FilterHTML.parts[term.index] : FilterHTML.render(term)
            boxes += open
            boxes += isChosen ? " checked> " : "> "
            boxes += label
            boxes += String(count)
            boxes += ")</span></label></li>"
        }
        guard !boxes.isEmpty else { return "" }
        let open = !chosen.isEmpty || ["care_type", "payment", "age", "setting"].contains(facet.slug)
        return """
        <details\(open ? " open" : "")><summary>\(esc(facet.name))\(chosen.isEmpty ? "" : " (\(chosen.count) chosen)")</summary>
        <fieldset><legend class="visually-hidden">\(esc(facet.name))</legend><ul>\(boxes)</ul></fieldset></details>
        """
    }

    /// The fixed parts of each term's checkbox, rendered once: a results page has a hundred or more.
    enum FilterHTML {
        static let parts: [(String, String)] = Taxonomy.haven.terms.map(render)

        static func render(_ term: Term) -> (String, String) {
            ("<li><input type=\"checkbox\" id=\"f-\(term.slug)\" name=\"\(term.facet)\" value=\"\(term.slug)\"",
             "<label for=\"f-\(term.slug)\">\(esc(term.name)) <span class=\"n\">(")
        }
    }

    static func card(_ item: SearchResults.Item, taxonomy: Taxonomy) -> String {
        let f = item.listing
        let ranges = CardRanges.shared(taxonomy)
        let services = item.termIndexes.filter { ranges.services[$0] }.prefix(6).map { taxonomy.terms[$0].name }
        let payments = item.termIndexes.filter { ranges.payment.contains($0) }.map { taxonomy.terms[$0].name }
        let assistance = item.termIndexes.filter { ranges.assistance.contains($0) }.map { taxonomy.terms[$0].name }
        return """
        <li class="card">
        <h2><a href="\(SiteURL.facility(f))">\(esc(f.name))</a></h2>
        \(f.name2.isEmpty ? "" : "<p class=\"sub\">\(esc(f.name2))</p>")
        \(item.distanceMiles.map { "<p class=\"distance\">\(formatMiles($0)) away\(f.precision == .zipCentroid ? " (approximate)" : "")</p>" } ?? "")
        <p class="address">\(esc(f.street1))\(f.street2.isEmpty ? "" : ", \(esc(f.street2))"), \(esc(f.city)), \(esc(f.state)) \(esc(f.zip))</p>
        \(f.phone.isEmpty ? "" : "<p class=\"phone\">Call \(phoneLink(f.phone))</p>")
        \(services.isEmpty ? "" : "<p class=\"services\">\(esc(services.joined(separator: " · ")))</p>")
        \(payments.isEmpty ? "" : "<p class=\"payment\"><span class=\"label\">Accepts:</span> \(esc((payments.prefix(5) + assistance).joined(separator: ", ")))\(payments.count > 5 ? ", and more" : "")</p>")
        </li>
        """
    }

    /// Which term positions a card shows as services and as payment (facets are contiguous in `Taxonomy.terms`).
    struct CardRanges {
        let services: [Bool], payment: Range<Int>, assistance: Range<Int>

        static let haven = CardRanges(Taxonomy.haven)
        static func shared(_ t: Taxonomy) -> CardRanges { t.terms.count == haven.count ? haven : CardRanges(t) }
        var count: Int

        init(_ t: Taxonomy) {
            func range(_ slug: String) -> Range<Int> {
                let idx = t.facet(slug).map { t.terms(in: $0).map(\.index) } ?? []
                return (idx.first ?? 0)..<((idx.last ?? -1) + 1)
            }
            var mask = [Bool](repeating: false, count: t.terms.count)
            for i in cardFacets.flatMap({ range($0) }) { mask[i] = true }
            services = mask
            payment = range("payment")
            assistance = range("payment_assistance")
            count = t.terms.count
        }
    }

    static func pagination(_ results: SearchResults) -> String {
        let page = results.query.page, last = results.pageCount
        guard last > 1 else { return "" }
        var links: [String] = []
        if page > 1 { links.append("<a rel=\"prev\" href=\"\(esc(SiteURL.search(results.query, page: page - 1)))\">Previous</a>") }
        let window = Set([1, last] + Array(max(1, page - 2)...min(last, page + 2)))
        var previous = 0
        for p in window.sorted() {
            if p > previous + 1 { links.append("<span aria-hidden=\"true\">…</span>") }
            links.append(p == page ? "<span aria-current=\"page\">\(p)</span>"
                         : "<a href=\"\(esc(SiteURL.search(results.query, page: p)))\" aria-label=\"Page \(p)\">\(p)</a>")
            previous = p
        }
        if page < last { links.append("<a rel=\"next\" href=\"\(esc(SiteURL.search(results.query, page: page + 1)))\">Next</a>") }
        return "<nav class=\"pages\" aria-label=\"Pages\">\(links.joined(separator: " "))</nav>"
    }

    static func emptyAdvice(_ results: SearchResults) -> String {
        if results.query.page > results.pageCount, results.total > 0 {
            return "<p>There is no page \(results.query.page). <a href=\"\(esc(SiteURL.search(results.query, page: 1)))\">Go to the first page</a>.</p>"
        }
        var tips = ["Try a larger distance", "remove a filter"]
        if results.query.near == nil { tips.insert("enter a ZIP code or a city and state", at: 0) }
        return "<p>\(tips.joined(separator: ", ")). The SAMHSA National Helpline (<a href=\"tel:+18006624357\">1-800-662-4357</a>) can also help you find care.</p>"
    }

    /// The form again with the problem explained (unknown or ambiguous place, bad parameter).
    static func problem(_ error: SearchError, query: SearchQuery?, near: String?, taxonomy: Taxonomy) -> String {
        var choices = ""
        if case .place(.ambiguous(_, let candidates)) = error {
            var base = query ?? SearchQuery()
            choices = "<ul class=\"choices\">" + candidates.map { c -> String in
                base.near = c
                return "<li><a href=\"\(esc(SiteURL.search(base, page: 1)))\">\(esc(c))</a></li>"
            }.joined() + "</ul>"
        }
        let body = """
        <h1>\(error.parameter == "near" ? "Which place?" : "Please check your search")</h1>
        <form class="search" method="get" action="\(SiteURL.search.path)" role="search">
        \(HomePage.placeFields(near: near, radius: query?.radiusMiles ?? SearchQuery.defaultRadius, error: error.message))
        \(error.parameter == "near" ? "" : "<p class=\"error\" role=\"alert\">\(esc(error.message))</p>")
        <button type="submit">Search</button>
        </form>
        \(choices)
        """
        return Layout.page(title: "Please check your search", description: "Your search needs a change.", body: body)
    }
}
