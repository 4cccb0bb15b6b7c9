import Foundation
import HavenCore
import Vapor

/// `haven admin create EMAIL`: the first administrator, from the command line (or any later one).
/// `haven admin reset-link EMAIL`: a one-time link to choose a new password, for an owner who asked an operator.
struct AdminCommand: AsyncCommandGroup {
    let help = "Manages accounts from the command line: create an administrator, give a one-time password link."
    var commands: [String: any AnyAsyncCommand] { ["create": AdminCreateCommand(), "reset-link": AdminResetLinkCommand()] }
}

/// Prints a one-time link (valid for an hour) to choose a new password for EMAIL's account, and records in the
/// audit log that the operator at the terminal issued it. Nothing is mailed or kept but the link's SHA-256: this is
/// how an owner gets back in when no mail server is set (the outbox never holds a link).
struct AdminResetLinkCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "email", help: "the account's e-mail address")
        var email: String
    }

    let help = "Prints a one-time link, valid for an hour, to choose a new password for an account (audited)."

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let operatorName = ProcessInfo.processInfo.environment["SUDO_USER"] ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
        let link = try await Self.link(for: signature.email, operator: operatorName, app)
        context.console.output("A one-time link for \(signature.email), valid for an hour. Give it to the account's owner only:\n\(link)".consoleText())
    }

    /// The link, with the audit entry naming the operator.
    static func link(for address: String, operator name: String, _ app: Application) async throws -> String {
        guard let email = EmailAddress(address) else {
            throw HavenCommandError("\"\(address)\" is not an e-mail address like name@example.org")
        }
        guard let user = try await AccountStore(app.db).user(email: email) else { throw HavenCommandError("no account uses \(email.value)") }
        let token = try await app.workplace.run { work in
            let token = try await AccountStore(work.db).startReset(user.id, now: work.now)
            try await work.audit(.passwordResetLink, by: nil, subject: "user \(user.id)",
                                 detail: "issued at the terminal by the operator (\(name)) for \(email.value)")
            return token
        }
        return app.publicLink(.resetPassword, ("token", token))
    }
}

/// Makes EMAIL an administrator: a new account, or an existing one promoted. No password is typed on the command
/// line (it would stay in the shell's history): the command prints a one-time link, valid for a day, to choose it,
/// and keeps the same message in the outbox. `--password-stdin` reads a password from standard input instead
/// (for automation).
struct AdminCreateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "email", help: "the administrator's e-mail address")
        var email: String
        @Option(name: "name", help: "their name (default: the part of the address before @)")
        var name: String?
        @Flag(name: "password-stdin", help: "read the password from standard input instead of printing a link to choose it")
        var passwordStdin: Bool
    }

    let help = "Creates an administrator account (or makes an existing account one) and prints a link to choose its password."

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        guard let email = EmailAddress(signature.email) else {
            throw HavenCommandError("\"\(signature.email)\" is not an e-mail address like name@example.org")
        }
        let name = (signature.name ?? String(email.value.split(separator: "@")[0])).trimmingCharacters(in: .whitespaces)
        var hash = Passwords.none
        if signature.passwordStdin {
            let password = (readLine(strippingNewline: true) ?? "")
            if let problem = PasswordRules.problem(password, email: email.value) { throw HavenCommandError("password refused: \(problem)") }
            hash = try await Passwords.hash(password, cost: app.havenSettings.bcryptCost, on: app)
        }
        let passwordStdin = signature.passwordStdin, passwordHash = hash
        // Read before the transaction: the key may be read from the database, which a transaction holds on SQLite.
        let sealer = app.havenSettings.smtp == nil || passwordStdin ? nil : try? await app.inquirySealer()
        let (existed, link): (Bool, String?) = try await app.workplace.run { work in
            let store = try AccountStore(work.db)
            let user: UserRow, existed: Bool
            if let existing = try await store.user(email: email) {
                try await store.setRole(existing.id, .admin)
                if passwordStdin { try await store.setPassword(existing.id, hash: passwordHash) }
                (user, existed) = (existing, true)
            } else {
                guard let created = try await store.create(email: email, name: name, passwordHash: passwordHash, role: .admin, now: work.now) else {
                    throw HavenCommandError("\(email.value) was created by someone else just now: run the command again")
                }
                (user, existed) = (created, false)
            }
            try await work.audit(.accountMadeAdmin, by: nil, subject: "user \(user.id)", detail: email.value)
            guard !passwordStdin else { return (existed, nil) }
            let token = try await store.startReset(user.id, lifetime: AccountStore.firstAdminLinkLifetime, now: work.now)
            let link = app.publicLink(.resetPassword, ("token", token))
            // Mailed too when a mail server is set, sealed while it waits; never kept in clear in the outbox.
            if let sealer { try await work.mail(AccountMail.firstAdmin(to: user, link: link), sealer: sealer) }
            return (existed, link)
        }
        context.console.output((existed ? "\(email.value) already had an account: it is now an administrator."
                                        : "Created the administrator \(email.value).").consoleText())
        guard let link else { return }
        context.console.output("Choose the password within a day, once, at:\n\(link)".consoleText())
    }
}

/// A command's refusal, said once in plain words.
struct HavenCommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
