import Crypto
import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// Keys Haven makes for itself: made on first use, stored in `site_secrets` so every instance on the same database
/// signs and checks with the same key, and kept in memory after the first read.
final class SiteSecrets: Sendable {
    private let formKey = NIOLockedValueBox<SymmetricKey?>(nil)
    private let inquiryKey = NIOLockedValueBox<SymmetricKey?>(nil)

    func formGuard(_ db: any Database) async throws -> FormGuard {
        if let key = formKey.withLockedValue({ $0 }) { return FormGuard(key: key) }
        let key = try await load("form-key", db.sql)
        formKey.withLockedValue { $0 = key }
        return FormGuard(key: key)
    }

    /// With an explicit `--env development` and no `HAVEN_INQUIRY_KEY`: a key in a file beside the SQLite file (or in
    /// the working folder for PostgreSQL), readable by its owner only, so a copy of the database opens nothing. In
    /// tests, a key in memory. Earlier versions kept this key in `site_secrets`: it moves to the file, and the row goes.
    func developmentInquiryKey(_ app: Application) async throws -> SymmetricKey {
        if let key = inquiryKey.withLockedValue({ $0 }) { return key }
        guard Application.allowsDevelopmentKey(app.havenSettings, environment: app.environment) else {
            throw HavenError(.internalServerError, "Something went wrong", "Messages cannot be sealed: HAVEN_INQUIRY_KEY is not set.")
        }
        let sql = try app.db.sql
        let stored = try await sql.select().column("value").from("site_secrets").where("name", .equal, "development-inquiry-key").first()
            .flatMap { try $0.decode(column: "value", as: String.self) }
        let key: SymmetricKey
        if app.environment == .testing {
            key = stored.flatMap(SecretToken.fromBase64URL).map { SymmetricKey(data: $0) } ?? SymmetricKey(size: .bits256)
        } else {
            let path = developmentKeyFile(app.havenSettings)
            if let text = try? String(contentsOfFile: path, encoding: .utf8), let data = SecretToken.fromBase64URL(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                key = SymmetricKey(data: data)
            } else {
                let data = stored.flatMap(SecretToken.fromBase64URL) ?? SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
                guard FileManager.default.createFile(atPath: path, contents: Data((SecretToken.base64URL(data) + "\n").utf8),
                                                     attributes: [.posixPermissions: 0o600]) else {
                    throw HavenError(.internalServerError, "Something went wrong", "Haven could not write its development key file.")
                }
                key = SymmetricKey(data: data)
            }
        }
        if stored != nil { try await sql.delete(from: "site_secrets").where("name", .equal, "development-inquiry-key").run() }
        inquiryKey.withLockedValue { $0 = key }
        return key
    }

    /// Where the development key is kept: `<sqlite file>.inquiry-key`, or `.haven-inquiry-key` in the working folder.
    func developmentKeyFile(_ settings: Settings) -> String {
        if case .sqlite(let path) = settings.storage { return path + ".inquiry-key" }
        return FileManager.default.currentDirectoryPath + "/.haven-inquiry-key"
    }

    private func load(_ name: String, _ sql: any SQLDatabase) async throws -> SymmetricKey {
        func read() async throws -> SymmetricKey? {
            try await sql.select().column("value").from("site_secrets").where("name", .equal, name).first()
                .flatMap { try $0.decode(column: "value", as: String.self) }
                .flatMap { SecretToken.fromBase64URL($0) }.map { SymmetricKey(data: $0) }
        }
        if let key = try await read() { return key }
        let fresh = SymmetricKey(size: .bits256)
        let text = fresh.withUnsafeBytes { SecretToken.base64URL(Data($0)) }
        // Two instances starting together: the second insert fails on the key, and both read the first's.
        do { try await sql.insert(into: "site_secrets").columns("name", "value").values(name, text).run() } catch {}
        guard let key = try await read() else { throw HavenError(.internalServerError, "Something went wrong", "Haven could not make its signing key.") }
        return key
    }
}

