import Foundation
import HavenCore
import Vapor

/// `haven export hsds DIR [--json]`: the whole directory as an HSDS 3.0 data package.
struct ExportCommand: AnyAsyncCommand {
    var help: String {
        """
        Exports the directory.
          haven export hsds DIR [--json]   HSDS 3.0: datapackage.json and a CSV per table in DIR;
                                           --json also writes HSDS JSON objects, one file each, in DIR/json/TABLE/
        """
    }

    func outputHelp(using context: inout CommandContext) { context.console.output(help.consoleText()) }

    func run(using context: inout CommandContext) async throws {
        var args = context.input.arguments
        guard args.first == "hsds", args.count >= 2 else {
            context.console.output(help.consoleText())
            throw Importer.Failure(description: "say what to export and where: haven export hsds DIR")
        }
        args.removeFirst()
        let json = args.contains("--json")
        guard let dir = args.first(where: { $0 != "--json" }) else { throw Importer.Failure(description: "give the folder to write") }
        let app = context.application
        try await app.autoMigrate()
        let started = Date()
        let repo = try FacilityRepository(app.db)
        let listings = try await repo.allListings()
        // Imported packages' data is in the export: their licenses and titles go into its descriptor.
        let credits = try await repo.dataPackages().map(\.credit)
        let counts = try HSDSExporter(writeJSON: json).write(listings, to: URL(fileURLWithPath: dir), credits: credits)
        for table in HSDSSchema.tables { context.console.output("\(table.path): \(counts[table.name] ?? 0) rows".consoleText()) }
        context.console.output(String(format: "exported %d facilities in %.1f s", listings.count, Date().timeIntervalSince(started)).consoleText())
    }
}
