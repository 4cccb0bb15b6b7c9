import Foundation
import Vapor

/// A submitted form (`application/x-www-form-urlencoded`), every value kept as typed so a form shown again loses
/// nothing. Repeated names (checkboxes) keep every value.
struct FormInput: Sendable {
    private(set) var values: [String: [String]] = [:]

    init(_ values: [String: [String]]) { self.values = values }

    /// The request's body as a form; a body of another type is refused (415).
    init(_ req: Request) throws {
        guard req.method == .POST else { self.init([:]); return }
        if let type = req.headers.contentType, type != .urlEncodedForm {
            throw HavenError(.unsupportedMediaType, "Unsupported form", "Send the form as a web page does (application/x-www-form-urlencoded).")
        }
        guard let body = req.body.data else { self.init([:]); return }
        self.init(Self.parse(String(decoding: body.readableBytesView, as: UTF8.self)))
    }

    /// `a=1&b=two+words&c=%3Cb%3E`: `+` is a space, percent escapes decode as UTF-8 (invalid ones are kept as typed).
    static func parse(_ body: String) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0])
            guard !name.isEmpty else { continue }
            out[name, default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return out
    }

    private static func decode(_ s: Substring) -> String {
        let spaced = s.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The first value, as typed ("" when absent).
    subscript(_ name: String) -> String { values[name]?.first ?? "" }

    /// The first value trimmed of surrounding white space.
    func text(_ name: String) -> String { self[name].trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Every value of a repeated field.
    func all(_ name: String) -> [String] { values[name] ?? [] }
}
