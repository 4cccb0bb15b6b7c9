import HavenCore

/// The home page: one search form (place, distance, age, payment, type of care).
enum HomePage {
    static let radiusChoices: [Double] = [5, 10, 25, 50, 100, 250]

    static func render(taxonomy: Taxonomy, facilityCount: Int) -> String {
        let body = """
        <h1>Find drug, alcohol and mental health treatment</h1>
        <p class="lead">Search \(grouped(facilityCount)) licensed treatment facilities from the national directories. Free, private, no sign-up.</p>
        <form class="search" method="get" action="\(SiteURL.search.path)" role="search">
        \(placeFields(near: nil, radius: SearchQuery.defaultRadius))
        \(select("age", "Age", taxonomy: taxonomy, anyLabel: "Any age", chosen: nil))
        \(select("payment", "How will you pay?", taxonomy: taxonomy, anyLabel: "Any payment", chosen: nil))
        \(select("care_type", "Type of care", taxonomy: taxonomy, anyLabel: "Any type of care", chosen: nil))
        <button type="submit">Search</button>
        </form>
        <section aria-labelledby="help-now">
        <h2 id="help-now">Need to talk to someone now?</h2>
        <p>The SAMHSA National Helpline (<a href="tel:+18006624357">1-800-662-4357</a>) gives free, confidential referrals in English and Spanish, any time.
        If you or someone else may be in danger, call or text <a href="tel:988">988</a>, or call <a href="tel:911">911</a>.</p>
        </section>
        """
        return Layout.page(title: "Find treatment near you",
                           description: "Find drug, alcohol and mental health treatment near you: detox, residential, outpatient, medication and therapy.",
                           canonical: SiteURL.home.path, body: body)
    }

    static func placeFields(near: String?, radius: Double, error: String? = nil) -> String {
        let options = (radiusChoices + (radiusChoices.contains(radius) ? [] : [radius])).sorted().map { r in
            "<option value=\"\(SearchQuery.format(r))\"\(r == radius ? " selected" : "")>Within \(SearchQuery.format(r)) miles</option>"
        }.joined()
        let describedBy = error == nil ? "near-hint" : "near-hint near-error"
        return """
        <div class="field">
        <label for="near">Where are you?</label>
        <input id="near" name="near" type="text" inputmode="text" autocomplete="postal-code" value="\(esc(near ?? ""))" aria-describedby="\(describedBy)"\(error == nil ? "" : " aria-invalid=\"true\"")>
        <p class="hint" id="near-hint">A ZIP code, or a city and state like "Denver, CO".</p>
        \(error.map { "<p class=\"error\" id=\"near-error\" role=\"alert\">\(esc($0))</p>" } ?? "")
        </div>
        <div class="field">
        <label for="radius">Distance</label>
        <select id="radius" name="radius">\(options)</select>
        </div>
        """
    }

    static func select(_ facetSlug: String, _ label: String, taxonomy: Taxonomy, anyLabel: String, chosen: String?) -> String {
        guard let facet = taxonomy.facet(facetSlug) else { return "" }
        let options = taxonomy.terms(in: facet).filter { !$0.codes.isEmpty }.map { t in
            "<option value=\"\(t.slug)\"\(t.slug == chosen ? " selected" : "")>\(esc(t.name))</option>"
        }.joined()
        return """
        <div class="field">
        <label for="\(facetSlug)">\(esc(label))</label>
        <select id="\(facetSlug)" name="\(facetSlug)"><option value="">\(esc(anyLabel))</option>\(options)</select>
        </div>
        """
    }
}
