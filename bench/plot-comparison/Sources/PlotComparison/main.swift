import Foundation
import HavenHTML
import Plot

// One results page's worth of content: 20 cards and 150 filter checkboxes in 13 groups, as Haven's page has.
struct Card { let id: String, name: String, sub: String, distance: String, address: String, phone: String, services: String, payment: String }
struct Box { let id: String, facet: String, slug: String, name: String, count: Int, checked: Bool }

let cards = (0..<20).map { i in
    Card(id: "3f2c5e1a-0000-8000-8000-\(String(format: "%012d", i))", name: "Harbor Recovery Center & Clinic \(i)",
         sub: "Outpatient services", distance: "\(i).4 mi away", address: "\(100 + i) Main St, Suite 3, New York, NY 10001",
         phone: "212-555-01\(String(format: "%02d", i))", services: "Outpatient · Detox · Buprenorphine (Suboxone and others)",
         payment: "Medicaid, Medicare, Cash or self-pay, Private insurance, Military insurance")
}
let boxes = (0..<150).map { i in
    Box(id: "f-term-\(i)", facet: "facet\(i / 12)", slug: "term-\(i)", name: "Term number \(i) <plain>", count: 1000 - i, checked: i % 40 == 0)
}
let groups = Dictionary(grouping: boxes, by: \.facet).sorted { $0.key < $1.key }

// HavenHTML, as the results page is written.
func haven() -> String {
    html(.lang("en")) {
        head { title { "1,234 places near 10001 · Haven" }; link(.rel("stylesheet"), .href(SafeURL(path: "/static/haven.css"))) }
        body {
            main(.id("main")) {
                h1 { "1,234 places near 10001 (New York, NY)" }
                form(.class("filters"), .method("get"), .action(SafeURL(path: "/search"))) {
                    for (facet, items) in groups {
                        details(.open) {
                            summary { text(facet) }
                            fieldset {
                                legend(.class("visually-hidden")) { text(facet) }
                                ul {
                                    for b in items {
                                        li {
                                            input([.type("checkbox"), .id(b.id), .name(b.facet), .value(b.slug)] + (b.checked ? [.checked] : []))
                                            " "
                                            label(.for(b.id)) { text(b.name); " "; span(.class("n")) { "(\(b.count))" } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                ol(.class("results")) {
                    for c in cards {
                        li(.class("card")) {
                            h2 { a(.href(SafeURL(path: "/facilities/" + c.id))) { text(c.name) } }
                            p(.class("sub")) { text(c.sub) }
                            p(.class("distance")) { text(c.distance) }
                            p(.class("address")) { text(c.address) }
                            p(.class("phone")) { "Call "; a(.href(SafeURL(external: "tel:+1" + c.phone.filter(\.isNumber))!)) { text(c.phone) } }
                            p(.class("services")) { text(c.services) }
                            p(.class("payment")) { span(.class("label")) { "Accepts:" }; " \(c.payment)" }
                        }
                    }
                }
            }
        }
    }.renderDocument()
}

// Plot, through its Node API (the typed element functions are a thin layer over these).
typealias PNode = Plot.Node<Plot.HTML.BodyContext>
func el(_ name: String, _ attrs: [(String, String)] = [], _ nodes: [PNode]) -> PNode {
    .element(named: name, nodes: attrs.map { PNode.attribute(named: $0.0, value: $0.1) } + nodes)
}
func plot() -> String {
    let page = el("html", [("lang", "en")], [
        el("head", [], [el("title", [], [.text("1,234 places near 10001 · Haven")]),
                        .selfClosedElement(named: "link", attributes: [Plot.Attribute<Plot.HTML.BodyContext>(name: "rel", value: "stylesheet"),
                                                                       Plot.Attribute(name: "href", value: "/static/haven.css")])]),
        el("body", [], [el("main", [("id", "main")], [
            el("h1", [], [.text("1,234 places near 10001 (New York, NY)")]),
            el("form", [("class", "filters"), ("method", "get"), ("action", "/search")], groups.map { facet, items in
                el("details", [("open", "")], [
                    el("summary", [], [.text(facet)]),
                    el("fieldset", [], [
                        el("legend", [("class", "visually-hidden")], [.text(facet)]),
                        el("ul", [], items.map { b in
                            el("li", [], [
                                .selfClosedElement(named: "input", attributes: [("type", "checkbox"), ("id", b.id), ("name", b.facet), ("value", b.slug)]
                                    .map { Plot.Attribute<Plot.HTML.BodyContext>(name: $0.0, value: $0.1) }
                                    + (b.checked ? [Plot.Attribute(name: "checked", value: "checked")] : [])),
                                .text(" "),
                                el("label", [("for", b.id)], [.text(b.name), .text(" "), el("span", [("class", "n")], [.text("(\(b.count))")])]),
                            ])
                        }),
                    ]),
                ])
            }),
            el("ol", [("class", "results")], cards.map { c in
                el("li", [("class", "card")], [
                    el("h2", [], [el("a", [("href", "/facilities/" + c.id)], [.text(c.name)])]),
                    el("p", [("class", "sub")], [.text(c.sub)]),
                    el("p", [("class", "distance")], [.text(c.distance)]),
                    el("p", [("class", "address")], [.text(c.address)]),
                    el("p", [("class", "phone")], [.text("Call "), el("a", [("href", "tel:+1" + c.phone.filter(\.isNumber))], [.text(c.phone)])]),
                    el("p", [("class", "services")], [.text(c.services)]),
                    el("p", [("class", "payment")], [el("span", [("class", "label")], [.text("Accepts:")]), .text(" \(c.payment)")]),
                ])
            }),
        ])]),
    ])
    return "<!doctype html>\n" + page.render()
}

// The old way: string literals with esc() placed by hand.
func esc(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) else { return s }
    var out = ""
    for c in s.unicodeScalars {
        switch c { case "&": out += "&amp;"; case "<": out += "&lt;"; case ">": out += "&gt;"; case "\"": out += "&quot;"; case "'": out += "&#39;"
        default: out.unicodeScalars.append(c) }
    }
    return out
}
func literal() -> String {
    var s = "<!doctype html>\n<html lang=\"en\"><head><title>1,234 places near 10001 · Haven</title><link rel=\"stylesheet\" href=\"/static/haven.css\"></head><body><main id=\"main\"><h1>1,234 places near 10001 (New York, NY)</h1><form class=\"filters\" method=\"get\" action=\"/search\">"
    for (facet, items) in groups {
        s += "<details open><summary>\(esc(facet))</summary><fieldset><legend class=\"visually-hidden\">\(esc(facet))</legend><ul>"
        for b in items {
            s += "<li><input type=\"checkbox\" id=\"\(b.id)\" name=\"\(b.facet)\" value=\"\(b.slug)\"\(b.checked ? " checked" : "")> <label for=\"\(b.id)\">\(esc(b.name)) <span class=\"n\">(\(b.count))</span></label></li>"
        }
        s += "</ul></fieldset></details>"
    }
    s += "</form><ol class=\"results\">"
    for c in cards {
        s += """
        <li class="card"><h2><a href="/facilities/\(c.id)">\(esc(c.name))</a></h2><p class="sub">\(esc(c.sub))</p><p class="distance">\(esc(c.distance))</p><p class="address">\(esc(c.address))</p><p class="phone">Call <a href="tel:+1\(c.phone.filter(\.isNumber))">\(esc(c.phone))</a></p><p class="services">\(esc(c.services))</p><p class="payment"><span class="label">Accepts:</span> \(esc(c.payment))</p></li>
        """
    }
    return s + "</ol></main></body></html>"
}

func measure(_ name: String, _ render: () -> String) {
    var bytes = 0
    for _ in 0..<200 { bytes = render().utf8.count }  // warm up
    var samples: [Double] = []
    for _ in 0..<15 {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<200 { bytes &+= render().utf8.count & 1 }
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 200 / 1000)
    }
    samples.sort()
    print(String(format: "%-12@ median %7.1f µs per page (min %.1f, max %.1f), %d bytes", name as NSString, samples[7], samples[0], samples[14], render().utf8.count))
}

// HavenHTML with the repeated fragments as templates, as Haven's results page has them.
let cardTemplate = Template { h in
    li(.class("card")) {
        h2 { a(.href(h.url(0))) { h.text(1) } }
        p(.class("sub")) { h.text(2) }
        p(.class("distance")) { h.text(3) }
        p(.class("address")) { h.text(4) }
        p(.class("phone")) { "Call "; a(.href(h.url(5))) { h.text(6) } }
        p(.class("services")) { h.text(7) }
        p(.class("payment")) { span(.class("label")) { "Accepts:" }; " "; h.text(8) }
    }
}
let boxTemplates: [(Template, Template)] = boxes.map { b in
    func row(_ attrs: [HavenHTML.Attribute]) -> Template {
        Template { h in li { input(attrs); " "; label(.for(b.id)) { text(b.name); " "; span(.class("n")) { "("; h.text(0); ")" } } } }
    }
    let attrs: [HavenHTML.Attribute] = [.type("checkbox"), .id(b.id), .name(b.facet), .value(b.slug)]
    return (row(attrs), row(attrs + [.checked]))
}
let boxIndex = Dictionary(uniqueKeysWithValues: boxes.enumerated().map { ($1.id, $0) })
func havenTemplates() -> String {
    html(.lang("en")) {
        head { title { "1,234 places near 10001 · Haven" }; link(.rel("stylesheet"), .href(SafeURL(path: "/static/haven.css"))) }
        body {
            main(.id("main")) {
                h1 { "1,234 places near 10001 (New York, NY)" }
                form(.class("filters"), .method("get"), .action(SafeURL(path: "/search"))) {
                    for (facet, items) in groups {
                        details(.open) {
                            summary { text(facet) }
                            fieldset {
                                legend(.class("visually-hidden")) { text(facet) }
                                ul { for b in items { (b.checked ? boxTemplates[boxIndex[b.id]!].1 : boxTemplates[boxIndex[b.id]!].0)(.text(String(b.count))) } }
                            }
                        }
                    }
                }
                ol(.class("results")) {
                    for c in cards {
                        cardTemplate(.url(SafeURL(path: "/facilities/" + c.id)), .text(c.name), .text(c.sub), .text(c.distance), .text(c.address),
                                     .url(SafeURL(external: "tel:+1" + c.phone.filter(\.isNumber))!), .text(c.phone), .text(c.services), .text(c.payment))
                    }
                }
            }
        }
    }.renderDocument()
}

precondition(haven() == literal() && havenTemplates() == literal(), "the renderings differ")
measure("HavenHTML", haven)
measure("+templates", havenTemplates)
measure("Plot", plot)
measure("literals", literal)
