import HavenCore
import HavenHTML

/// The facility page's list of sources: each directory row or HSDS package, each edit, and where the map point is from.
enum SourceList {
    static func view(_ m: FacilityPageModel) -> Node {
        ul(.class("sources")) {
            for s in m.sources {
                li {
                    if s.isHSDS {
                        "\(s.title) \u{201C}\(s.sourceFile)\u{201D}\(s.edition.isEmpty ? "" : ", version \(s.edition)") (locations, line \(s.line))"
                    } else {
                        "SAMHSA, \(s.title), \(s.edition) edition (\(s.sourceFile), line \(s.line))"
                    }
                    s.present ? "." : "; not in the latest edition."
                }
            }
            for e in m.edits { li { "\(e.field) edited by \(e.author) on \(Format.day(e.at))." } }
            li { text(mapSource(m)) }
        }
    }

    static func mapSource(_ m: FacilityPageModel) -> String {
        switch m.listing.precision {
        case .address where m.sources.count == 1 && m.sources[0].isHSDS: "Map location as the HSDS data package gives it."
        case .address: "Map location from the geocoded FindTreatment.gov locator files (street address match)."
        case .zipCentroid: "Map location from the ZIP code's center (GeoNames), approximate."
        case .none: "No map location."
        }
    }
}
