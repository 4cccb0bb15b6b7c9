import HavenCore
import HavenHTML

/// One facet's checkboxes on the results page, each with how many results choosing it would give.
enum FilterGroup {
    /// Facets open before anything is chosen in them: what most people filter by.
    static let openFacets: Set<String> = [FacetSlug.careType.rawValue, FacetSlug.payment.rawValue, FacetSlug.age.rawValue, FacetSlug.setting.rawValue]

    static func view(_ facet: Facet, _ results: SearchResults, _ taxonomy: Taxonomy, fromWords: Set<String> = []) -> Node {
        let chosen = results.query.selected(facet.slug)
        let words = taxonomy.terms(in: facet).filter { fromWords.contains($0.slug) && !chosen.contains($0.slug) }
        let w = Words.current
        let haven = Checkbox.haven.current
        let cached = haven.count == taxonomy.terms.count
        var boxes: [Node] = []
        for term in taxonomy.terms(in: facet) {
            let count = results.count(term)
            let isChosen = !chosen.isEmpty && chosen.contains(term.slug)
            if !words.isEmpty, words.contains(where: { $0.index == term.index }) {
                // Read from the words: shown chosen; the words carry it (a checkbox would OR it with the others).
                boxes.append(li {
                    input(.type("checkbox"), .id("f-" + term.slug), .checked, .disabled)
                    " "
                    label(.for("f-" + term.slug)) { text(term.name); " "; span(.class("n")) { text(w.fromYourWords) } }
                })
                continue
            }
            guard count > 0 || isChosen else { continue }
            let box = cached ? haven[term.index] : Checkbox(term)
            boxes.append((isChosen ? box.checked : box.unchecked)(.text(String(count))))
        }
        guard !boxes.isEmpty else { return .empty }
        let isOpen = !chosen.isEmpty || !words.isEmpty || openFacets.contains(facet.slug)
        let n = chosen.count + words.count
        return element("details", isOpen ? [.open] : []) {
            summary { text(facet.name + w.chosenCount(n)) }
            fieldset {
                legend(.class("visually-hidden")) { text(w.anyOfTheChosen(facet.name)) }
                p(.class("hint")) { text(w.placesWithAny) }
                ul { group(boxes) }
            }
        }
    }

    /// "Hours": open now, open evenings or weekends, from the hours facilities' staff keep. Shown when some result
    /// has hours (or one is chosen): in most places no listing has them yet, and a box that finds nothing misleads.
    static func hours(_ results: SearchResults) -> Node {
        let chosen = results.query.open
        let w = Words.current
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
            summary { text(w.hours + w.chosenCount(chosen.count)) }
            fieldset {
                legend(.class("visually-hidden")) { text(w.anyOfTheChosen(w.hours)) }
                p(.class("hint")) { text(w.hoursHint) }
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

        /// Haven's taxonomy's rows, in each language.
        static let haven = ByLanguage { _ in Taxonomy.haven.terms.map(Checkbox.init) }
    }
}
