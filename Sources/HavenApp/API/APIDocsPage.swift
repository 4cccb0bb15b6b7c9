import HavenCore
import HavenHTML

/// `/api/docs`: the API reference, rendered by Haven from its own typed OpenAPI document (no third-party script).
enum APIDocsPage {
    /// The document never changes while Haven runs: rendered once.
    static let html: [UInt8] = view(OpenAPIDocument.haven).documentBytes()

    static func view(_ doc: OpenAPI) -> Node {
        let paths = doc.paths.keys.sorted()
        let example = SafeURL(path: APIURL.facilities.path + "?near=10001&radius=10&payment=medicaid&medication=buprenorphine")
        return Layout.page(.init(title: "API", description: "Haven's JSON API: search treatment facilities, read one, get the taxonomy.",
                                 canonical: .apiDocs)) {
            h1 { "Haven API" }
            p {
                "Read-only JSON over HTTPS, no key needed; any origin may call it (CORS). The machine-readable description is "
                a(.href(SafeURL(path: APIURL.openAPI.path))) { text(APIURL.openAPI.path) }
                " (OpenAPI 3.1). Errors are "; code { "application/problem+json" }
                " naming the parameter at fault. Lists send "; code { "Link" }; " and "; code { "X-Total-Count" }
                "; single resources send an "; code { "ETag" }; " (send it back in "; code { "If-None-Match" }
                " for a 304). Each client may make a limited number of requests a second; over it, the answer is 429 with "
                code { "Retry-After" }; "."
            }
            nav(.ariaLabel("Endpoints")) {
                ul { for path in paths { li { a(.href(SafeURL(path: "#" + anchor(path)))) { code { "GET \(path)" } } } } }
            }
            for path in paths { if let op = doc.paths[path]?.get { operation(path, op) } }
            p {
                "Example: "
                a(.href(example)) { code { text(example.value) } }
            }
        }
    }

    static func operation(_ path: String, _ op: OpenAPI.Operation) -> Node {
        section(.id(anchor(path))) {
            h2 { code { "GET \(path)" } }
            p { text(op.summary) }
            if let params = op.parameters, !params.isEmpty {
                table {
                    caption { "Parameters" }
                    thead { tr { th(.scope("col")) { "Name" }; th(.scope("col")) { "In" }; th(.scope("col")) { "What" } } }
                    tbody { for p in params { parameterRow(p) } }
                }
            }
            h3 { "Responses" }
            ul {
                for code in op.responses.keys.sorted() {
                    li { strong { text(code) }; ": "; text(op.responses[code]?.description ?? "") }
                }
            }
        }
    }

    static func parameterRow(_ p: OpenAPI.Parameter) -> Node {
        let values = p.schema.items?.enumeration ?? p.schema.enumeration ?? []
        return tr {
            td { code { text(p.name) } }
            td { text(p.in.rawValue) }
            td {
                text(p.description ?? "")
                if !values.isEmpty {
                    br()
                    span(.class("values")) { "Values: "; group(values.map { v in code { text(v) } }.interleaved(with: " ")) }
                }
            }
        }
    }

    static func anchor(_ path: String) -> String {
        String(path.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
