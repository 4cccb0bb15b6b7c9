import HavenCore

/// Where the data comes from, with the attributions the sources ask for.
enum AboutDataPage {
    static func render(listed: Int, precision: [GeoPrecision: Int], taxonomy: Taxonomy, packages: [FacilityRepository.DataPackage] = []) -> String {
        let body = """
        <h1>About the data</h1>
        <p>Haven lists \(grouped(listed)) facilities. \(grouped(precision[.address, default: 0])) are placed by street address;
        \(grouped(precision[.zipCentroid, default: 0])) only by the center of their ZIP code, and their distances are approximate.</p>
        <h2>Sources</h2>
        <ul>
        <li><strong>SAMHSA</strong>, Substance Abuse and Mental Health Services Administration: <em>National Directory of Drug and Alcohol Use Treatment Facilities</em>
        and <em>National Directory of Mental Health Treatment Facilities</em>, 2022 editions, built from the National Substance Use and Mental Health Services Survey (N-SUMHSS).
        Public domain; cited as SAMHSA asks. Haven does not sell this data.</li>
        <li><strong>FindTreatment.gov locator extracts</strong> with coordinates (via the GeoDa Center's Opioid Environment Policy Scan), used to place facilities by street address.</li>
        <li><strong>ZIP code centers</strong> from GeoNames (CC BY 4.0), as packaged in the <code>zipcodes</code> dataset, used for searches by ZIP or city and for facilities without a street match.</li>
        \(packages.map(packageItem).joined(separator: "\n"))
        </ul>
        <h2>How Haven names services</h2>
        <p>SAMHSA describes services with codes. Haven maps both directories' codes to \(taxonomy.terms.count) plain-language terms in \(taxonomy.facets.count) groups;
        the full crosswalk is at <a href="/api/v1/taxonomy">/api/v1/taxonomy</a>.</p>
        <h2>Privacy</h2>
        <p>Haven uses no cookies, no analytics and no third-party scripts. Searches are not stored.</p>
        """
        return Layout.page(title: "About the data", description: "Where Haven's facility data comes from.", canonical: SiteURL.aboutData.path, body: body)
    }
}

extension AboutDataPage {
    /// An imported HSDS package, credited with the title and licenses its publisher gave.
    static func packageItem(_ p: FacilityRepository.DataPackage) -> String {
        let title = p.title.isEmpty ? p.name : p.title
        let version = p.version.isEmpty ? "" : ", version \(esc(p.version))"
        let licenses = p.licenses.isEmpty ? "License not stated in the package." : "License: \(esc(p.licenses.map(\.label).joined(separator: "; ")))."
        return "<li><strong>\(esc(title))</strong> (HSDS data package <code>\(esc(p.name))</code>\(version)): \(grouped(p.places)) places, "
            + "imported \(esc(FacilityPage.day(p.importedAt))). \(licenses)</li>"
    }
}

enum ErrorPage {
    static func render(status: Int, title: String, message: String) -> String {
        Layout.page(title: title, description: title, body: """
        <h1>\(esc(title))</h1>
        <p>\(esc(message))</p>
        <p><a href="\(SiteURL.home.path)">Start a new search</a></p>
        """)
    }
}
