import Foundation
import HavenCore

/// The shared public data beside the checkout (or HAVEN_DATA_DIR). Tests that need it are skipped without it.
enum TestData {
    static let directory: URL? = {
        if let dir = ProcessInfo.processInfo.environment["HAVEN_DATA_DIR"] { return URL(fileURLWithPath: dir) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = root.appendingPathComponent("../shared/data").standardized
        return FileManager.default.fileExists(atPath: shared.appendingPathComponent(SourceFiles.zipTable).path) ? shared : nil
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
