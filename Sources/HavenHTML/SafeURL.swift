/// A URL that is safe to put in `href` or `action`: a path on this site, or an absolute `http`, `https`, `tel`, `sms` or
/// `mailto` URL. Anything else (`javascript:`, `data:`, `vbscript:`, a scheme-relative `//host`) is refused, so text
/// from a data file or a provider can be linked only when it is a real web address.
public struct SafeURL: Sendable, Hashable {
    public let value: String

    /// A path on this site, as `SiteURL` builds it ("/search?near=10001", "#main").
    public init(path: String) {
        precondition(path.hasPrefix("/") && !path.hasPrefix("//") || path.hasPrefix("#"), "not a site path: \(path)")
        value = path
    }

    /// A template's hole marker (see `Hole.Maker.url`).
    init(unchecked value: String) { self.value = value }

    /// An outside address; nil unless it is http(s), tel, sms or mailto, with no control characters or spaces.
    public init?(external text: String) {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }) else { return nil }
        let lower = trimmed.lowercased()
        guard ["http://", "https://", "tel:", "mailto:", "sms:"].contains(where: lower.hasPrefix),
              lower.count > (lower.hasPrefix("http") ? 8 : 4) else { return nil }
        value = trimmed
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
