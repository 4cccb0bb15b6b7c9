import Crypto
import Foundation
import HavenCore

/// Seals an inquiry before it is stored and opens it for the facility's managers: AES-256-GCM over the whole
/// inquiry as JSON, bound to the inquiry's id and facility (a sealed box moved to another row does not open).
/// The first key seals; every key opens, so keys can be rotated (a row names the key that sealed it).
struct InquirySealer: Sendable {
    let keys: [SymmetricKey]

    init(keys: [SymmetricKey]) {
        precondition(!keys.isEmpty, "an inquiry sealer needs a key")
        self.keys = keys
    }

    init(keys: [Data]) { self.init(keys: keys.map { SymmetricKey(data: $0) }) }

    struct Sealed: Sendable {
        let keyID: String
        let box: Data
    }

    struct CannotOpen: Error, CustomStringConvertible {
        let keyID: String
        var description: String { "an inquiry sealed with key \(keyID), which this instance does not hold (HAVEN_INQUIRY_KEY)" }
    }

    /// A key's name: the first 8 bytes of its SHA-256, in hex. Names the key without revealing it.
    static func id(of key: SymmetricKey) -> String {
        key.withUnsafeBytes { SHA256.hash(data: Data($0)) }.prefix(8).map { String(format: "%02x", $0) }.joined()
    }

    func seal(_ inquiry: Inquiry, id: UUID, facility: UUID) throws -> Sealed {
        let plain = try JSONEncoder().encode(inquiry)
        let box = try AES.GCM.seal(plain, using: keys[0], authenticating: Self.context(id, facility))
        return Sealed(keyID: Self.id(of: keys[0]), box: box.combined!)
    }

    func open(_ sealed: Sealed, id: UUID, facility: UUID) throws -> Inquiry {
        guard let key = keys.first(where: { Self.id(of: $0) == sealed.keyID }) else { throw CannotOpen(keyID: sealed.keyID) }
        let plain = try AES.GCM.open(try AES.GCM.SealedBox(combined: sealed.box), using: key, authenticating: Self.context(id, facility))
        return try JSONDecoder().decode(Inquiry.self, from: plain)
    }

    private static func context(_ id: UUID, _ facility: UUID) -> Data {
        Data("haven-inquiry\u{0}\(id.uuidString.lowercased())\u{0}\(facility.uuidString.lowercased())".utf8)
    }

    // MARK: Other secrets at rest (a mail holding a one-time link, while it waits in the outbox)

    static let textPrefix = "sealed:v1:"

    /// `text` sealed with the first key and bound to `label` (the row it belongs in), as text a column can hold.
    func sealText(_ text: String, label: String) throws -> String {
        let box = try AES.GCM.seal(Data(text.utf8), using: keys[0], authenticating: Data("haven-text\u{0}\(label)".utf8))
        return Self.textPrefix + Self.id(of: keys[0]) + ":" + box.combined!.base64EncodedString()
    }

    /// The text `sealText` sealed for `label`; throws when no key held opens it, or it was moved or altered.
    func openText(_ stored: String, label: String) throws -> String {
        let parts = stored.dropFirst(Self.textPrefix.count).split(separator: ":", maxSplits: 1)
        guard Self.isSealedText(stored), parts.count == 2, let data = Data(base64Encoded: String(parts[1])) else { throw CannotOpen(keyID: "?") }
        guard let key = keys.first(where: { Self.id(of: $0) == parts[0] }) else { throw CannotOpen(keyID: String(parts[0])) }
        let plain = try AES.GCM.open(try AES.GCM.SealedBox(combined: data), using: key, authenticating: Data("haven-text\u{0}\(label)".utf8))
        return String(decoding: plain, as: UTF8.self)
    }

    static func isSealedText(_ text: String) -> Bool { text.hasPrefix(textPrefix) }

    /// A fresh key, as `HAVEN_INQUIRY_KEY` takes it.
    static func newKey() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
    }
}
