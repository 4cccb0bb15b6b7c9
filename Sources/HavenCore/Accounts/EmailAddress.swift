import Foundation

/// An e-mail address as an account is keyed by: trimmed and lower-cased, one `@`, a dotted domain, no spaces or
/// control characters, at most 254 characters (RFC 5321's path limit).
public struct EmailAddress: Sendable, Hashable, CustomStringConvertible {
    public let value: String

    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard (3...254).contains(trimmed.count) else { return nil }
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last,
              (1...64).contains(local.count), domain.count >= 3,
              domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix("."), !domain.contains(".."),
              !trimmed.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }),
              !trimmed.contains(where: { "<>()[]\\,;:\"".contains($0) }) else { return nil }
        value = trimmed
    }

    public var description: String { value }
}
