import Foundation
import HavenCore

/// Every path Haven serves, in one place: routes register these and pages link with them.
enum SiteURL {
    case home, search, aboutData, stylesheet
    case facility(UUID)

    var path: String {
        switch self {
        case .home: "/"
        case .search: "/search"
        case .aboutData: "/about/data"
        case .stylesheet: "/static/haven.css"
        case .facility(let id): "/facilities/\(id.uuidString.lowercased())"
        }
    }

    static func facility(_ listing: FacilityListing) -> String { "/facilities/" + listing.idString }

    /// The search page for a query, at a page.
    static func search(_ query: SearchQuery, page: Int? = nil) -> String {
        "/search" + queryString(query.parameters(page: page))
    }

    static func queryString(_ params: [(String, String)]) -> String {
        guard !params.isEmpty else { return "" }
        return "?" + params.map { "\(percent($0.0))=\(percent($0.1))" }.joined(separator: "&")
    }

    static func percent(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }

    private static let allowed: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._~,")
        return set
    }()
}

enum APIURL {
    static let facilities = "/api/v1/facilities"
    static let taxonomy = "/api/v1/taxonomy"
    static let openAPI = "/api/v1/openapi.json"
    static func facility(_ id: UUID) -> String { "/api/v1/facilities/\(id.uuidString.lowercased())" }
}
