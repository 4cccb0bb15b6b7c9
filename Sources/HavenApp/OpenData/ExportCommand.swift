import Foundation
import HavenCore
import Vapor

/// `haven export hsds DIR [--json]`: the export formats are subcommands.
struct ExportCommand: AsyncCommandGroup {
    let help = "Exports the directory: hsds."
    var commands: [String: any AnyAsyncCommand] { ["hsds": ExportHSDSCommand()] }
}

/// `haven export hsds DIR [--json]`: the whole directory as an HSDS 3.0 data package.
struct ExportHSDSCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "dir", help: "the folder to write datapackage.json and a CSV per table in")
        var dir: String
        @Flag(name: "json", help: "also write HSDS JSON objects, one file each, in DIR/json/TABLE/")
        var json: Bool
    }

    let help = "Exports the directory as an HSDS 3.0 data package."

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let started = Date()
        let repo = try FacilityRepository(app.db)
        let listings = try await repo.allListings()
        // Imported packages' data is in the export: their licenses and titles go into its descriptor.
        let credits = try await repo.dataPackages().map(\.credit)
        let counts = try HSDSExporter(writeJSON: signature.json).write(listings, to: URL(fileURLWithPath: signature.dir), credits: credits)
        for table in HSDSSchema.tables { context.console.output("\(table.path): \(counts[table.name] ?? 0) rows".consoleText()) }
        context.console.output(String(format: "exported %d facilities in %.1f s", listings.count, Date().timeIntervalSince(started)).consoleText())
    }
}
