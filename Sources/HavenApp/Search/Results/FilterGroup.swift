import HavenCore
import HavenHTML

/// One facet's checkboxes on the results page, each with how many results choosing it would give.
enum FilterGroup {
    /// Facets open before anything is chosen in them: what most people filter by.
    static let openFacets: Set<String> = [FacetSlug.careType.rawValue, FacetSlug.payment.rawValue, FacetSlug.age.rawValue, FacetSlug.setting.rawValue]

    static func view(_ facet: Facet, _ results: SearchResults, _ taxonomy: Taxonomy, fromWords: Set<String> = []) -> Node {
        let chosen = results.query.selected(facet.slug)
        let words = taxonomy.terms(in: facet).filter { fromWords.contains($0.slug) && !chosen.contains($0.slug) }
        let cached = Checkbox.haven.count == taxonomy.terms.count
        var boxes: [Node] = []
        for term in taxonomy.terms(in: facet) {
            let count = results.count(term)
            let isChosen = !chosen.isEmpty && chosen.contains(term.slug)
            if !words.isEmpty, words.contains(where: { $0.index == term.index }) {
                // Read from the words: shown chosen; the words carry it (a checkbox would OR it with the others).
                boxes.append(li {
                    input(.type("checkbox"), .id("f-" + term.slug), .checked, .disabled)
                    " "
                    label(.for("f-" + term.slug)) { text(term.name); " "; span(.class("n")) { "(from your words)" } }
                })
                continue
            }
            guard count > 0 || isChosen else { continue }
            let box = cached ? Checkbox.haven[term.index] : Checkbox(term)
            boxes.append((isChosen ? box.checked : box.unchecked)(.text(String(count))))
        }
        guard !boxes.isEmpty else { return .empty }
        let isOpen = !chosen.isEmpty || !words.isEmpty || openFacets.contains(facet.slug)
        let n = chosen.count + words.count
        return element("details", isOpen ? [.open] : []) {
            summary { text(facet.name + (n == 0 ? "" : " (\(n) chosen)")) }
            fieldset {
                legend(.class("visually-hidden")) { text(facet.name + ": any of the chosen") }
                p(.class("hint")) { "Places with any of the ones you choose." }
                ul { group(boxes) }
            }
        }
    }

    /// "Hours": open now, open evenings or weekends, from the hours facilities' staff keep. Shown when some result
    /// has hours (or one is chosen): in most places no listing has them yet, and a box that finds nothing misleads.
    static func hours(_ results: SearchResults) -> Node {
        let chosen = results.query.open
        let boxes = OpenFilter.allCases.compactMap { f -> Node? in
            let count = results.count(f), isChosen = chosen.contains(f)
            guard count > 0 || isChosen else { return nil }
            let id = "f-open-" + f.rawValue
            return li {
                input([.type("checkbox"), .id(id), .name("open"), .value(f.rawValue)] + (isChosen ? [.checked] : []))
                " "
                label(.for(id)) { text(f.label); " "; span(.class("n")) { "(\(count))" } }
            }
        }
        guard !boxes.isEmpty else { return .empty }
        return element("details", [.open]) {
            summary { text("Hours" + (chosen.isEmpty ? "" : " (\(chosen.count) chosen)")) }
            fieldset {
                legend(.class("visually-hidden")) { "Hours: any of the chosen" }
                p(.class("hint")) { "From the hours the facility\u{2019}s staff keep, by its own clock. Places without hours are left out." }
                ul { group(boxes) }
            }
        }
    }

    /// A term's checkbox row, checked and not, with a hole for its count: rendered once, since a results page has a
    /// hundred or more of them.
    struct Checkbox: Sendable {
        let unchecked: Template
        let checked: Template

        init(_ term: Term) {
            let id = "f-" + term.slug
            let input: [Attribute] = [.type("checkbox"), .id(id), .name(term.facet), .value(term.slug)]
            func row(_ box: [Attribute]) -> Template {
                Template { h in li { HavenHTML.input(box); " "; label(.for(id)) { text(term.name); " "; span(.class("n")) { "("; h.text(0); ")" } } } }
            }
            unchecked = row(input)
            checked = row(input + [.checked])
        }

        static let haven: [Checkbox] = Taxonomy.haven.terms.map(Checkbox.init)
    }
}
