import HavenCore

/// `/api/docs`: the API reference, rendered by Haven from its own OpenAPI document (no third-party script).
enum APIDocsPage {
    static let html: String = render(OpenAPIDocument.document(.haven))

    static func render(_ doc: [String: Any]) -> String {
        let paths = (doc["paths"] as? [String: [String: Any]]) ?? [:]
        var body = """
        <h1>Haven API</h1>
        <p>Read-only JSON over HTTPS, no key needed; any origin may call it (CORS). The machine-readable description is
        <a href="\(APIURL.openAPI)">\(APIURL.openAPI)</a> (OpenAPI 3.1). Errors are <code>application/problem+json</code>
        naming the parameter at fault. Lists send <code>Link</code> and <code>X-Total-Count</code>; single resources send
        an <code>ETag</code> (send it back in <code>If-None-Match</code> for a 304). Each client may make a limited number of
        requests a second; over it, the answer is 429 with <code>Retry-After</code>.</p>
        <nav aria-label="Endpoints"><ul>
        """
        let order = paths.keys.sorted()
        body += order.map { "<li><a href=\"#\(anchor($0))\"><code>GET \(esc($0))</code></a></li>" }.joined() + "</ul></nav>"
        for path in order {
            guard let op = paths[path]?["get"] as? [String: Any] else { continue }
            body += "<section id=\"\(anchor(path))\"><h2><code>GET \(esc(path))</code></h2><p>\(esc(op["summary"] as? String ?? ""))</p>"
            let params = op["parameters"] as? [[String: Any]] ?? []
            if !params.isEmpty {
                body += "<table><caption>Parameters</caption><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">In</th><th scope=\"col\">What</th></tr></thead><tbody>"
                for p in params {
                    let schema = p["schema"] as? [String: Any] ?? [:]
                    let values = ((schema["items"] as? [String: Any])?["enum"] ?? schema["enum"]) as? [String] ?? []
                    let what = esc(p["description"] as? String ?? "") + (values.isEmpty ? "" : "<br><span class=\"values\">Values: " + values.map { "<code>\(esc($0))</code>" }.joined(separator: " ") + "</span>")
                    body += "<tr><td><code>\(esc(p["name"] as? String ?? ""))</code></td><td>\(esc(p["in"] as? String ?? ""))</td><td>\(what)</td></tr>"
                }
                body += "</tbody></table>"
            }
            let responses = op["responses"] as? [String: [String: Any]] ?? [:]
            body += "<h3>Responses</h3><ul>" + responses.keys.sorted().map { code in
                "<li><strong>\(esc(code))</strong>: \(esc(responses[code]?["description"] as? String ?? ""))</li>"
            }.joined() + "</ul></section>"
        }
        body += "<p>Example: <a href=\"\(APIURL.facilities)?near=10001&amp;radius=10&amp;payment=medicaid&amp;medication=buprenorphine\"><code>\(APIURL.facilities)?near=10001&amp;radius=10&amp;payment=medicaid&amp;medication=buprenorphine</code></a></p>"
        return Layout.page(title: "API", description: "Haven's JSON API: search treatment facilities, read one, get the taxonomy.",
                           canonical: "/api/docs", body: body)
    }

    static func anchor(_ path: String) -> String {
        String(path.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
