import Foundation
import HavenCore

/// An imported HSDS package, as the about page credits it.
struct DataPackageRow: Sendable {
    let name: String, title: String, version: String, licenses: [DataLicense], places: Int, importedAt: Date

    /// Stored as the JSON array of the descriptor's license objects.
    static func encode(_ licenses: [DataLicense]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? String(decoding: encoder.encode(licenses), as: UTF8.self)) ?? "[]"
    }

    static func decode(_ text: String) -> [DataLicense] { (try? JSONDecoder().decode([DataLicense].self, from: Data(text.utf8))) ?? [] }

    /// Haven's own export credits its sources already: only its licenses carry over.
    var credit: DataCredit {
        DataCredit(title: name == HSDSSchema.packageName ? "" : title.isEmpty ? name : title, licenses: licenses)
    }
}

