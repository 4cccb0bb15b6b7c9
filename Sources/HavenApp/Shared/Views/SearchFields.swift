import HavenCore
import HavenHTML

/// The search form's fields, shared by the home page, the results page and the "which place?" page.
enum SearchFields {
    static let radiusChoices: [Double] = [5, 10, 25, 50, 100, 250, 500]

    /// "Where are you?" and (unless `radius` is nil) "Distance", with the place's problem said beside the field.
    static func place(near: String?, radius: Double?, error: String? = nil) -> Node {
        let w = Words.current
        return group([
            div(.class("field")) {
                label(.for("near")) { text(w.whereAreYou) }
                input([.id("near"), .name("near"), .type("text"), .inputMode("text"), .autocomplete("postal-code"),
                        .value(near ?? ""), .ariaDescribedBy(error == nil ? "near-hint" : "near-hint near-error")]
                       + (error == nil ? [] : [.ariaInvalid]))
                p(.class("hint"), .id("near-hint")) { text(w.placeHint) }
                if let error { p(.class("error"), .id("near-error"), .role("alert")) { text(error) } }
                // Filled by /locate.js where the browser offers a location; without it the field is typed as usual.
                p(.class("locate"), .hidden) { button(.type("button"), .id("locate"), .class("secondary")) { text(w.useMyLocation) } }
            },
            radius.map(distance) ?? .empty,
        ])
    }

    /// The distance choice.
    static func distance(_ radius: Double) -> Node {
        let choices = (radiusChoices + (radiusChoices.contains(radius) ? [] : [radius])).sorted()
        let w = Words.current
        return group([
            div(.class("field")) {
                label(.for("radius")) { text(w.distance) }
                select(.id("radius"), .name("radius")) {
                    for r in choices {
                        option([.value(SearchQuery.format(r))] + (r == radius ? [.selected] : [])) { text(w.within(SearchQuery.format(r))) }
                    }
                }
            },
        ])
    }

    /// "What do you need help with?": needs in plain words ("suboxone", "teen", "spanish") or a program's name.
    static func need(_ typed: String?) -> Node {
        let w = Words.current
        return div(.class("field")) {
            label(.for("q")) { text(w.needQuestion) }
            input([.id("q"), .name("q"), .type("text"), .value(typed ?? ""), .ariaDescribedBy("q-hint")])
            p(.class("hint"), .id("q-hint")) { text(w.needHint) }
        }
    }

    /// A drop-down of one facet's terms (those the directories use), with "any" first.
    static func facetSelect(_ facetSlug: String, _ labelText: String, taxonomy: Taxonomy, anyLabel: String) -> Node {
        guard let facet = taxonomy.facet(facetSlug) else { return .empty }
        return div(.class("field")) {
            label(.for(facetSlug)) { text(labelText) }
            select(.id(facetSlug), .name(facetSlug)) {
                option(.value("")) { text(anyLabel) }
                for term in taxonomy.terms(in: facet) where !term.codes.isEmpty {
                    option(.value(term.slug)) { text(term.name) }
                }
            }
        }
    }

    /// Hidden fields for what a form does not show but must keep (filters, sort, page size; the words have their own
    /// box), and a
    /// line saying which filters are kept.
    static func kept(_ q: SearchQuery, taxonomy: Taxonomy) -> Node {
        let chosen = q.filters.sorted { $0.key < $1.key }.flatMap { facet, slugs in slugs.sorted().map { (facet, $0) } }
        let names = chosen.compactMap { taxonomy.term($0.1)?.name }
        return group([
            group(chosen.map { input([.type("hidden"), .name($0.0), .value($0.1)]) }),
            q.sort.map { input([.type("hidden"), .name("sort"), .value($0.rawValue)]) } ?? .empty,
            q.perPage != SearchQuery.defaultPerPage ? input([.type("hidden"), .name("per_page"), .value(String(q.perPage))]) : .empty,
            names.isEmpty ? .empty : p(.class("hint")) { text(Words.current.filtersStay(names.joined(separator: ", "))) },
        ])
    }
}
