import Foundation
import HavenCore

/// The shared public data beside the checkout (or HAVEN_DATA_DIR). Tests that need it are skipped without it.
enum TestData {
    static let directory: URL? = {
        // The checkout's root, whatever folder the tests run from; HAVEN_DATA_DIR wins as in the app.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = SourceFiles.dataDirectory(workingDirectory: root.path)
        return dir.flatMap { FileManager.default.fileExists(atPath: $0.appendingPathComponent(SourceFiles.zipTable).path) ? $0 : nil }
    }()

    static var available: Bool { directory != nil }

    static func url(_ relative: String) -> URL { directory!.appendingPathComponent(relative) }

    static func codeSheet(_ dir: Directory) throws -> CodeSheet {
        let file = dir == .substanceUse ? "samhsa/national_directory_sa_2022_service_codes.csv" : "samhsa/national_directory_mh_2022_service_codes.csv"
        return try CodeSheet(directory: dir, table: CSVReader.read(contentsOf: url(file)), name: file)
    }

    static let zipCodes: [ZipCode] = {
        guard available else { return [] }
        return (try? ZipTableParser.parse(CSVReader.read(contentsOf: url(SourceFiles.zipTable)), file: "zips").zipCodes) ?? []
    }()
}
