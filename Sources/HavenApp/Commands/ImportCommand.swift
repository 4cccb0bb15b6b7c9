import Foundation
import HavenCore
import Vapor

/// `haven import zips [FILE]`, `haven import samhsa [FILE...]`, `haven import sample`, `haven import all`.
struct ImportCommand: AnyAsyncCommand {
    var help: String {
        """
        Imports public data (migrating the database first).
          haven import zips [FILE]          the ZIP table (default: $HAVEN_DATA_DIR/zip/us_zip_codes.csv)
          haven import samhsa [FILE...]     SAMHSA directories: .xlsx workbooks, or facility CSVs with their
                                            ..._service_codes.csv beside them (default: both 2022 workbooks)
                                            --locator FILE (repeatable) geocoded files for street-level coordinates
          haven import hsds PATH [--strict] an HSDS 3.0 tabular data package (datapackage.json and CSVs), or HSDS
                                            JSON (a .json file or a folder of them), such as `haven export hsds
                                            [--json]` writes; --strict refuses it if any row is rejected
          haven import sample               a small made-up directory, for demos without the national files
          haven import all                  zips then samhsa from the data folder, or the sample when there is none
        """
    }

    func outputHelp(using context: inout CommandContext) { context.console.output(help.consoleText()) }

    func run(using context: inout CommandContext) async throws {
        let app = context.application
        let console = context.console
        var args = context.input.arguments
        guard !args.isEmpty else { console.output(help.consoleText()); throw Importer.Failure(description: "say what to import") }
        let kind = args.removeFirst()
        try await app.autoMigrate()
        var importer = Importer(database: app.db, dataDirectory: app.havenSettings.dataDirectory)
        importer.progress = ProgressBar.handler()
        let started = Date()
        let summaries: [ImportSummary]
        switch kind {
        case "zips":
            guard args.count <= 1 else { throw Importer.Failure(description: "import zips takes one file") }
            summaries = [try await importer.importZips(args.first.map(Self.url))]
        case "samhsa":
            var files: [URL] = [], locators: [URL] = []
            while !args.isEmpty {
                let a = args.removeFirst()
                if a == "--locator" {
                    guard !args.isEmpty else { throw Importer.Failure(description: "--locator needs a file") }
                    locators.append(Self.url(args.removeFirst()))
                } else { files.append(Self.url(a)) }
            }
            summaries = [try await importer.importSAMHSA(files, locatorFiles: locators.isEmpty ? nil : locators)]
        case "hsds":
            let strict = args.contains("--strict")
            args.removeAll { $0 == "--strict" }
            guard args.count == 1 else { throw Importer.Failure(description: "import hsds takes one folder or .json file (and optionally --strict)") }
            summaries = [try await importer.importHSDS(Self.url(args[0]), strict: strict)]
        case "sample":
            summaries = try await Self.importSample(importer)
        case "all":
            if importer.dataDirectory != nil {
                summaries = [try await importer.importZips(), try await importer.importSAMHSA()]
            } else {
                console.output("No data folder (../shared/data or HAVEN_DATA_DIR): importing the made-up sample instead.")
                summaries = try await Self.importSample(importer)
            }
        default:
            console.output(help.consoleText())
            throw Importer.Failure(description: "unknown import kind \"\(kind)\"")
        }
        ProgressBar.finish()
        for s in summaries { console.output(s.report.consoleText()) }
        console.output(String(format: "done in %.1f s", Date().timeIntervalSince(started)).consoleText())
    }

    static func importSample(_ importer: Importer) async throws -> [ImportSummary] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("haven-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try SampleData.write(to: folder)
        return [try await importer.importZips(folder.appendingPathComponent(SourceFiles.zipTable)),
                try await importer.importSAMHSA(SampleData.facilityFiles.map { folder.appendingPathComponent($0) }, locatorFiles: [])]
    }

    static func url(_ path: String) -> URL { URL(fileURLWithPath: path) }
}
