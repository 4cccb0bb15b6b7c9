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

    /// Outside production, when no `HAVEN_INQUIRY_KEY` is set: a key kept beside the data it seals. It keeps
    /// inquiries out of plain sight in the file, not from someone holding the database; production refuses to start
    /// without a configured key.
    func developmentInquiryKey(_ db: any Database) async throws -> SymmetricKey {
        if let key = inquiryKey.withLockedValue({ $0 }) { return key }
        let key = try await load("development-inquiry-key", db.sql)
        inquiryKey.withLockedValue { $0 = key }
        return key
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

extension Application {
    private struct SiteSecretsKey: StorageKey { typealias Value = SiteSecrets }

    var siteSecrets: SiteSecrets {
        if let s = storage[SiteSecretsKey.self] { return s }
        let s = SiteSecrets()
        storage[SiteSecretsKey.self] = s
        return s
    }
}
