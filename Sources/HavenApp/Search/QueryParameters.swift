import Vapor

/// Query parameters with repeats kept (checkboxes send one per term), as `SearchQuery.parse` takes them.
enum QueryParameters {
    static func read(_ req: Request) -> [String: [String]] {
        var out: [String: [String]] = [:]
        guard let query = req.url.query else { return out }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s) }
            guard let name = parts.first.map(decode), !name.isEmpty else { continue }
            out[name, default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return out
    }
}
