import HavenCore
import HavenHTML

/// The about-data page in English: where the facility data comes from, with the attributions the sources ask for.
extension EnglishWords {
    var aboutDataTitle: String { "About the data" }
    var aboutDataDescription: String { "Where Haven's facility data comes from." }

    @NodeBuilder func aboutData(_ m: AboutDataPageModel) -> Node {
        h1 { "About the data" }
        p {
            "Haven lists \(Format.grouped(m.listed)) facilities. \(Format.grouped(m.precision[.address, default: 0])) are placed by street address; "
            "\(Format.grouped(m.precision[.zipCentroid, default: 0])) only by the center of their ZIP code, and their distances are approximate."
        }
        h2 { "Sources" }
        ul {
            li {
                strong { "SAMHSA" }
                ", Substance Abuse and Mental Health Services Administration: "
                em { "National Directory of Drug and Alcohol Use Treatment Facilities" }
                " and "
                em { "National Directory of Mental Health Treatment Facilities" }
                ", 2022 editions, built from the National Substance Use and Mental Health Services Survey (N-SUMHSS). Public domain; cited as SAMHSA asks. Haven does not sell this data."
            }
            li {
                strong { "FindTreatment.gov locator extracts" }
                " with coordinates (via the GeoDa Center's Opioid Environment Policy Scan), used to place facilities by street address."
            }
            li {
                strong { "ZIP code centers" }
                " from GeoNames (CC BY 4.0), as packaged in the "
                code { "zipcodes" }
                " dataset, used for searches by ZIP or city and for facilities without a street match."
            }
            for p in m.packages { packageItem(p) }
        }
        h2 { "How Haven names services" }
        p {
            "SAMHSA describes services with codes. Haven maps both directories' codes to \(m.taxonomy.terms.count) plain-language terms in \(m.taxonomy.facets.count) groups; the full crosswalk is at "
            a(.href(SafeURL(path: APIURL.taxonomy.path))) { text(APIURL.taxonomy.path) }
            "."
        }
        h2 { "Privacy" }
        p { "Haven uses no cookies, no analytics and no third-party scripts. Searches are not stored." }
    }

    /// An imported HSDS package, credited with the title and licenses its publisher gave.
    func packageItem(_ p: DataPackageRow) -> Node {
        li {
            strong { text(p.title.isEmpty ? p.name : p.title) }
            " (HSDS data package "
            code { text(p.name) }
            "\(p.version.isEmpty ? "" : ", version \(p.version)")): \(Format.grouped(p.places)) places, imported \(Format.day(p.importedAt)). "
            p.licenses.isEmpty ? "License not stated in the package." : "License: \(p.licenses.map(\.label).joined(separator: "; "))."
        }
    }
}
