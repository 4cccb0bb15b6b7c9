import Foundation
import HavenCore

/// Where a facility's data came from: one SAMHSA directory row, or one HSDS package's rows.
struct Provenance: Sendable {
    var isHSDS: Bool { directory == HSDSSource.directory }

    /// A SAMHSA directory's raw value, or `hsds` for an imported HSDS package.
    let directory: String
    let title: String
    let sourceFile: String
    let edition: String
    let line: Int
    let present: Bool
    let importedAt: Date
    let terms: [String]
}

