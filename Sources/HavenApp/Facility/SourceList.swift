import HavenCore
import HavenHTML

/// The facility page's list of sources: each directory row or HSDS package, each edit, and where the map point is from.
enum SourceList {
    static func view(_ m: FacilityPageModel) -> Node {
        let w = Words.current
        return ul(.class("sources")) {
            for s in m.sources {
                li {
                    text(s.isHSDS ? w.sourceHSDS(s.title, file: s.sourceFile, version: s.edition, line: s.line)
                         : w.sourceSAMHSA(s.title, edition: s.edition, file: s.sourceFile, line: s.line))
                    text(s.present ? "." : w.notInLatestEdition)
                }
            }
            for e in m.edits { li { text(w.editedBy(e.field, e.author, Format.day(e.at))) } }
            li { text(mapSource(m)) }
        }
    }

    static func mapSource(_ m: FacilityPageModel) -> String {
        let w = Words.current
        return switch m.listing.precision {
        case .address where m.sources.count == 1 && m.sources[0].isHSDS: w.mapFromPackage
        case .address: w.mapFromLocator
        case .zipCentroid: w.mapFromZip
        case .none: w.mapNone
        }
    }
}
