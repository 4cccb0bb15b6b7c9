import Crypto
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Password hashing: bcrypt (Vapor's) over the password's SHA-256 in base64, so long passwords are not cut at
/// bcrypt's 72 bytes and no NUL reaches it. Hashing runs on the thread pool, never on an event loop.
enum Passwords {
    static func hash(_ password: String, cost: Int, on app: Application) async throws -> String {
        let input = prehash(password)
        return try await app.threadPool.runIfActive { try Bcrypt.hash(input, cost: cost) }
    }

    /// Whether `password` matches `hash`. `hash` nil (no such account) or "!" (an account with no password yet,
    /// made by `haven admin create`) never matches, but the check costs what a real one does, so the time a failed
    /// sign-in takes says nothing about whether the account exists.
    static func verify(_ password: String, against hash: String?, cost: Int, on app: Application) async throws -> Bool {
        let input = prehash(password)
        let real = hash.flatMap { $0.hasPrefix("$2") ? $0 : nil }
        let target = try real ?? unusable(cost: cost)
        let ok = try await app.threadPool.runIfActive { try Bcrypt.verify(input, created: target) }
        return ok && real != nil
    }

    /// What password-less accounts store.
    static let none = "!"

    private static let dummies = NIOLockedValueBox<[Int: String]>([:])

    /// A real bcrypt hash of a random value at `cost`, made once.
    private static func unusable(cost: Int) throws -> String {
        if let h = dummies.withLockedValue({ $0[cost] }) { return h }
        let h = try Bcrypt.hash(SecretToken.make(), cost: cost)
        dummies.withLockedValue { $0[cost] = h }
        return h
    }

    static func prehash(_ password: String) -> String {
        Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }
}
