import Foundation
import Fluent
import HavenCore
import SQLKit

/// Imports the public data: reads and checks every file first (nothing is written if one is bad),
/// then writes in one transaction.
public struct Importer {
    public let database: any Database
    public let dataDirectory: URL?
    public var progress: ProgressHandler = { _, _, _ in }

    public init(database: any Database, dataDirectory: URL?) {
        self.database = database
        self.dataDirectory = dataDirectory
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    private func defaultFile(_ relative: String) throws -> URL {
        guard let dir = dataDirectory else {
            throw Failure(description: "no data folder: give the file(s), set HAVEN_DATA_DIR, or run `haven import sample`")
        }
        let url = dir.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else { throw Failure(description: "\(url.path) does not exist") }
        return url
    }

    /// `haven import zips [FILE]`
    public func importZips(_ file: URL? = nil) async throws -> ImportSummary {
        let url = try file ?? defaultFile(SourceFiles.zipTable)
        progress("reading \(url.lastPathComponent)", 0, 1)
        let parsed = try ZipTableParser.parse(CSVReader.read(contentsOf: url), file: url.lastPathComponent)
        guard !parsed.zipCodes.isEmpty else { throw Failure(description: "\(url.lastPathComponent) has no usable ZIP codes") }
        var writer = ZipImportWriter(result: parsed, file: url.lastPathComponent)
        writer.progress = progress
        let started = Date()
        let summary = try await writer.write(to: database)
        try await record("zips", [url], summary, started: started)
        return summary
    }

    /// `haven import boundaries [FOLDER]`: the county outlines (`UScounties.shp` and `.dbf`) for Haven's own maps.
    public func importBoundaries(_ folder: URL? = nil) async throws -> ImportSummary {
        let shp = try folder.map { $0.appendingPathComponent("UScounties.shp") } ?? defaultFile("boundaries/UScounties.shp")
        let dbf = shp.deletingPathExtension().appendingPathExtension("dbf")
        progress("reading \(shp.lastPathComponent)", 0, 1)
        guard let shpBytes = FileManager.default.contents(atPath: shp.path), let dbfBytes = FileManager.default.contents(atPath: dbf.path) else {
            throw Failure(description: "\(shp.path) and \(dbf.lastPathComponent) beside it are needed")
        }
        let counties: [CountyOutline]
        do throws(Shapefile.ReadError) { counties = try CountyOutline.read(shp: Array(shpBytes), dbf: Array(dbfBytes)) } catch {
            throw Failure(description: "\(shp.lastPathComponent): \(error.description)")
        }
        guard !counties.isEmpty else { throw Failure(description: "\(shp.lastPathComponent) has no county outlines") }
        let started = Date()
        try await BoundaryImportWriter(counties: counties).write(to: database)
        var file = FileSummary(file: shp.lastPathComponent, edition: "")
        file.read = counties.count
        file.created = counties.count
        var summary = ImportSummary()
        summary.files = [file]
        try await record("boundaries", [shp, dbf], summary, started: started)
        return summary
    }

    /// Keeps each import's receipt in `import_runs`, for operators.
    private func record(_ kind: String, _ files: [URL], _ summary: ImportSummary, started: Date) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try await database.sql.insert(into: ImportRunRow.table).row(ImportRunRow(
            kind: kind, files: files.map(\.lastPathComponent).joined(separator: " "),
            summary: String(decoding: try encoder.encode(summary), as: UTF8.self), startedAt: started, finishedAt: Date())).run()
    }

    /// `haven import samhsa [FILE...]`: each file is an .xlsx workbook or a facilities CSV (its code sheet beside it).
    /// `allowShrink`: let the new editions drop more than 10% of a directory's listings (see `ShrinkGuard`).
    public func importSAMHSA(_ files: [URL] = [], locatorFiles: [URL]? = nil, allowShrink: Bool = false) async throws -> ImportSummary {
        let inputs = try files.isEmpty ? [defaultFile(SourceFiles.saWorkbook), defaultFile(SourceFiles.mhWorkbook)] : files
        var editions: [DirectoryEdition] = []
        for (i, url) in inputs.enumerated() {
            progress("reading \(url.lastPathComponent)", i, inputs.count)
            let edition = try SourceFiles.readDirectory(url)
            guard !editions.contains(where: { $0.directory == edition.directory }) else {
                throw Failure(description: "two files for the \(edition.directory.rawValue) directory; give one of each")
            }
            guard !edition.rows.isEmpty else { throw Failure(description: "\(edition.file) has no facility rows that could be read") }
            editions.append(edition)
        }
        let locators = try locatorFiles ?? SourceFiles.locatorFiles.compactMap { rel -> URL? in
            guard let url = dataDirectory?.appendingPathComponent(rel), FileManager.default.fileExists(atPath: url.path) else { return nil }
            return url
        }
        progress("reading locator files", 0, 1)
        let (locator, websites) = try SourceFiles.readLocator(locators)
        var centroids: [String: Coordinate] = [:]
        for z in try await FacilityRepository(database).zipCodes() { centroids[z.zip] = z.coordinate }
        let drafts = FacilityAssembler(locator: locator, zipCentroids: centroids, websites: websites).assemble(editions)
        var writer = SAMHSAImportWriter(editions: editions, drafts: drafts)
        writer.shrinkGuard.allowed = allowShrink
        writer.progress = progress
        let started = Date()
        var summary = try await writer.write(to: database)
        try await record("samhsa", inputs, summary, started: started)
        if centroids.isEmpty {
            summary.files[0].warnings.insert(ImportIssue(file: "zip_codes", line: 0,
                reason: "no ZIP table imported yet: facilities without a street match have no location; run `haven import zips` and import again"), at: 0)
        }
        return summary
    }

    /// `haven import hsds PATH [--strict]`: an HSDS 3.0 tabular data package, or HSDS JSON (a file or a folder). Unusable files stop the import before
    /// anything is written; unusable rows are reported and left out, or, with `strict`, stop it too.
    public func importHSDS(_ folder: URL, strict: Bool = false, allowShrink: Bool = false) async throws -> ImportSummary {
        progress("reading \(folder.lastPathComponent)", 0, 1)
        let package: HSDSPackage
        do { package = try HSDSPackage.open(folder) } catch { throw Failure(description: "\(error)") }
        var centroids: [String: Coordinate] = [:]
        for z in try await FacilityRepository(database).zipCodes() { centroids[z.zip] = z.coordinate }
        progress("mapping \(package.name)", 0, 1)
        let mapping = HSDSMapper(zipCentroids: centroids).map(package)
        var files = mapping.files.map { r -> FileSummary in
            var s = FileSummary(file: r.file, edition: package.version)
            s.read = r.read; s.rejected = r.rejected; s.warnings = r.warnings
            return s
        }
        if strict && mapping.issueCount > 0 {
            let issues = files.flatMap(\.rejected)
            throw Failure(description: "--strict: \(issues.count) row(s) rejected, nothing imported:\n"
                + issues.prefix(50).map { "  \($0)" }.joined(separator: "\n") + (issues.count > 50 ? "\n  ..." : ""))
        }
        guard !mapping.facilities.isEmpty else {
            throw Failure(description: "\(package.name): no location could be imported, nothing written\n"
                + files.flatMap(\.rejected).prefix(50).map { "  rejected: \($0)" }.joined(separator: "\n"))
        }
        let locations = files.firstIndex { $0.file == package.file("location") }!
        var writer = HSDSImportWriter(package: package.name, version: package.version, title: package.title,
                                      licenses: package.licenses, facilities: mapping.facilities)
        writer.shrinkGuard.allowed = allowShrink
        writer.progress = progress
        let started = Date()
        var summary = try await writer.write(to: database, summary: files[locations])
        files[locations] = summary.files[0]
        summary.files = files
        try await record("hsds", [folder], summary, started: started)
        return summary
    }
}
