import Foundation
import HavenCore
import Vapor

/// `haven import zips|samhsa|hsds|sample|all`: each kind of data is a subcommand with its own signature.
struct ImportCommand: AsyncCommandGroup {
    let help = "Imports public data into the database (migrating it first): zips, samhsa, hsds, sample, all, guides or boundaries."
    var commands: [String: any AnyAsyncCommand] {
        ["zips": ImportZipsCommand(), "samhsa": ImportSAMHSACommand(), "hsds": ImportHSDSCommand(),
         "sample": ImportSampleCommand(), "all": ImportAllCommand(), "guides": ImportGuidesCommand(),
         "boundaries": ImportBoundariesCommand()]
    }

    /// Takes the import lock (waiting for an import in progress), migrates, runs the import with a progress bar,
    /// prints each summary and the time taken.
    static func run(_ context: CommandContext, _ body: (Importer) async throws -> [ImportSummary]) async throws {
        let started = Date()
        let app = context.application
        let console = context.console
        let summaries = try await ImportLock.run(app.havenSettings.storage, logger: app.logger, waiting: { console.output($0.consoleText()) }) {
            try await app.autoMigrate()
            var importer = Importer(database: app.db, dataDirectory: app.havenSettings.dataDirectory)
            importer.progress = ProgressBar.handler()
            return try await body(importer)
        }
        ProgressBar.finish()
        for s in summaries { context.console.output(s.report.consoleText()) }
        context.console.output(String(format: "done in %.1f s", Date().timeIntervalSince(started)).consoleText())
    }

    static func importSample(_ importer: Importer) async throws -> [ImportSummary] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("haven-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try SampleData.write(to: folder)
        return [try await importer.importZips(folder.appendingPathComponent(SourceFiles.zipTable)),
                try await importer.importSAMHSA(SampleData.facilityFiles.map { folder.appendingPathComponent($0) }, locatorFiles: [])]
    }
}

/// `haven import hsds PATH [--strict]`
struct ImportHSDSCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "path", help: "an HSDS 3.0 tabular package (a folder with datapackage.json and CSVs), or HSDS JSON (a .json file or a folder of them), such as `haven export hsds [--json]` writes")
        var path: String
        @Flag(name: "strict", help: "refuse the package if any row is rejected")
        var strict: Bool
        @Flag(name: "allow-shrink", help: "let this version drop more than 10% of the places the package lists now")
        var allowShrink: Bool
    }

    let help = "Imports an HSDS 3.0 data package."

    func run(using context: CommandContext, signature: Signature) async throws {
        try await ImportCommand.run(context) { [try await $0.importHSDS(URL(fileURLWithPath: signature.path), strict: signature.strict, allowShrink: signature.allowShrink)] }
    }
}

/// `haven import sample`
struct ImportSampleCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    let help = "Imports a small made-up directory, for demos without the national files."

    func run(using context: CommandContext, signature: Signature) async throws {
        try await ImportCommand.run(context) { try await ImportCommand.importSample($0) }
    }
}

/// `haven import all`
struct ImportAllCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    let help = "Imports the ZIP table, then both SAMHSA directories, from the data folder (or the sample when there is none)."

    func run(using context: CommandContext, signature: Signature) async throws {
        let console = context.console
        try await ImportCommand.run(context) { importer in
            guard importer.dataDirectory != nil else {
                console.output("No data folder (../shared/data or HAVEN_DATA_DIR): importing the made-up sample instead.")
                return try await ImportCommand.importSample(importer)
            }
            var done = [try await importer.importZips(), try await importer.importSAMHSA()]
            // The county outlines draw the maps; a data folder from before they were added still imports the rest.
            if let dir = importer.dataDirectory, FileManager.default.fileExists(atPath: dir.appendingPathComponent("boundaries/UScounties.shp").path) {
                done.append(try await importer.importBoundaries())
            } else {
                console.output("No boundaries/ in the data folder: maps will show places without county lines.")
            }
            return done
        }
    }
}

/// `haven import boundaries [FOLDER]`
struct ImportBoundariesCommand: AnyAsyncCommand {
    let help = "Imports the county outlines Haven draws its maps from (default: the data folder's boundaries/)."

    func outputAutoComplete(using context: inout CommandContext) {}

    func outputHelp(using context: inout CommandContext) {
        context.console.output("Usage: haven import boundaries [FOLDER]\n\(help)".consoleText())
    }

    func run(using context: inout CommandContext) async throws {
        let folders = try PositionalFiles.take(from: &context.input, at: 0...1, usage: "haven import boundaries [FOLDER]")
        try await ImportCommand.run(context) { [try await $0.importBoundaries(folders.first)] }
    }
}
