import Foundation
import HavenCore
import Vapor

// ConsoleKit signatures have no optional or repeated positional arguments, so these two take their files from the
// input left after their options: `haven import zips [FILE]`, `haven import samhsa [FILE...] [--locator FILE]...`.

/// `haven import zips [FILE]`
struct ImportZipsCommand: AnyAsyncCommand {
    let help = "Imports the ZIP table (default: $HAVEN_DATA_DIR/zip/us_zip_codes.csv). Do this first: it places ZIP-only facilities."

    func outputAutoComplete(using context: inout CommandContext) {}

    func outputHelp(using context: inout CommandContext) {
        context.console.output("Usage: haven import zips [FILE]\n\(help)".consoleText())
    }

    func run(using context: inout CommandContext) async throws {
        let files = try PositionalFiles.take(from: &context.input, at: 0...1, usage: "haven import zips [FILE]")
        try await ImportCommand.run(context) { [try await $0.importZips(files.first)] }
    }
}

/// `haven import samhsa [FILE...] [--locator FILE]...`
struct ImportSAMHSACommand: AnyAsyncCommand {
    struct LocatorOption: CommandSignature {
        @Option(name: "locator", help: "a geocoded locator CSV giving street-level coordinates (repeatable; default: the geoda files in the data folder)")
        var locator: String?
    }

    struct ShrinkFlag: CommandSignature {
        @Flag(name: "allow-shrink", help: "let the new editions drop more than 10% of a directory's listings")
        var allowShrink: Bool
    }

    let help = """
        Imports SAMHSA directories: .xlsx workbooks, or facility CSVs with their ..._service_codes.csv beside them \
        (default: both 2022 workbooks from the data folder).
        """

    func outputAutoComplete(using context: inout CommandContext) {}

    func outputHelp(using context: inout CommandContext) {
        context.console.output("Usage: haven import samhsa [FILE...] [--locator FILE]... [--allow-shrink]\n\(help)".consoleText())
        LocatorOption().outputHelp(help: "", using: &context)
        ShrinkFlag().outputHelp(help: "", using: &context)
    }

    func run(using context: inout CommandContext) async throws {
        let allowShrink = try ShrinkFlag(from: &context.input).allowShrink
        var locators: [URL] = []
        while true {
            let option = try LocatorOption(from: &context.input)
            guard option.$locator.isPresent else { break }
            guard let file = option.locator, !file.isEmpty else { throw Importer.Failure(description: "--locator needs a file") }
            locators.append(URL(fileURLWithPath: file))
        }
        let files = try PositionalFiles.take(from: &context.input, at: 0...2, usage: "haven import samhsa [FILE...] [--locator FILE]... [--allow-shrink]")
        try await ImportCommand.run(context) {
            [try await $0.importSAMHSA(files, locatorFiles: locators.isEmpty ? nil : locators, allowShrink: allowShrink)]
        }
    }
}

/// The file names left in a command's input.
enum PositionalFiles {
    static func take(from input: inout CommandInput, at counts: ClosedRange<Int>, usage: String) throws -> [URL] {
        let args = input.arguments
        if let option = args.first(where: { $0.hasPrefix("-") }) {
            throw Importer.Failure(description: "unknown option \(option); usage: \(usage)")
        }
        guard counts.contains(args.count) else { throw Importer.Failure(description: "too many files; usage: \(usage)") }
        input.arguments = []
        return args.map { URL(fileURLWithPath: $0) }
    }
}

/// `haven import guides DIR`
struct ImportGuidesCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "folder", help: "a folder of guide files (Markdown with front matter), such as the repository's guides/")
        var folder: String
    }

    let help = "Loads guides from Markdown files; every file is checked first, and one bad file stops the import."

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let files = try GuideImporter.read(URL(fileURLWithPath: signature.folder), taxonomy: .haven)
        for line in try await GuideImporter(db: app.db, taxonomy: .haven).load(files) { context.console.output(line.consoleText()) }
    }
}
