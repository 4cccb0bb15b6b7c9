import Foundation
import Vapor

/// `haven inquiries purge` and `haven inquiries new-key`.
struct InquiriesCommand: AsyncCommandGroup {
    let help = "Manages messages sent to facilities: delete old ones now, make an encryption key."
    var commands: [String: any AnyAsyncCommand] { ["purge": InquiriesPurgeCommand(), "new-key": InquiriesKeyCommand()] }
}

/// Deletes every inquiry older than the retention period (`HAVEN_INQUIRY_RETENTION_DAYS`) now, instead of waiting
/// for the server's hourly pass; `--all` deletes every inquiry.
struct InquiriesPurgeCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "all", help: "delete every message, whatever its age")
        var all: Bool
    }

    let help = "Deletes the messages older than the retention period now (or every message, with --all)."

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let n: Int
        if signature.all {
            n = try await InquiryStore(app.db).purge(before: Date.distantFuture)
        } else {
            n = try await ContactHousekeeping.purge(app)
        }
        let days = app.havenSettings.inquiryRetentionDays
        context.console.output("Deleted \(n) message\(n == 1 ? "" : "s")\(signature.all ? "" : " older than \(days) days").".consoleText())
    }
}

/// Prints a fresh key for `HAVEN_INQUIRY_KEY`.
struct InquiriesKeyCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    let help = "Prints a new random key for HAVEN_INQUIRY_KEY (to rotate: put it first, keep the old one after a comma)."

    func run(using context: CommandContext, signature: Signature) async throws {
        context.console.output(InquirySealer.newKey().consoleText())
    }
}
