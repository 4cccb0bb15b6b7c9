import Foundation
import HavenCore
import HavenHTML
import Vapor

/// A path parameter: `.key` where a route is registered, `.value` where a link is made.
enum Parameter<T: Sendable>: Sendable {
    case key
    case value(T)
}

/// Every page Haven serves, in one place: routes register these paths and pages link with them, so a link and
/// its route cannot disagree.
enum SiteURL: Sendable {
    case home, search, aboutData, apiDocs, stylesheet, locateScript
    case facility(Parameter<UUID>)
    // Accounts and the provider portal
    case register, signIn, signOut, resetRequest, resetPassword, portal
    case accountSecurity, changePassword, endSessions, confirmEmail
    case claim(Parameter<UUID>)
    case manage(Parameter<UUID>), editProfile(Parameter<UUID>), history(Parameter<UUID>)
    case report(Parameter<UUID>), resolveReport(Parameter<UUID>), suspension(Parameter<UUID>)
    case moderationReports, moderationEdits
    case reviewEdits(Parameter<UUID>)
    // Moderation and admin
    case moderationClaims, auditLog, outbox, accounts
    case accountRole(Parameter<UUID>)
    case decideClaim(Parameter<UUID>)
    case accountCredentials(Parameter<UUID>)
    // Guides and their editorial workflow
    case guides
    case guide(Parameter<String>)
    case editorial, newGuide
    case editorialGuide(Parameter<String>), editGuide(Parameter<String>), confirmGuide(Parameter<String>)
    case revision(Parameter<String>, Parameter<Int>), submitRevision(Parameter<String>, Parameter<Int>)
    case decideRevision(Parameter<String>, Parameter<Int>)
    // Contacting a facility, its inbox, and what is counted
    case contact(Parameter<UUID>), inbox(Parameter<UUID>), leaveListing(Parameter<UUID>)
    case inquiry(Parameter<UUID>, Parameter<UUID>)
    case moderationInquiries, privacy
    case states
    case state(Parameter<String>)
    case myList, compare, mapImage
    case facilityMap(Parameter<UUID>), stateMap(Parameter<String>)

    var pathComponents: [PathComponent] {
        switch self {
        case .home: []
        case .search: ["search"]
        case .aboutData: ["about", "data"]
        case .apiDocs: ["api", "docs"]
        case .stylesheet: ["static", "haven.css"]
        case .locateScript: ["static", "locate.js"]
        case .facility: ["facilities", ":id"]
        case .register: ["account", "register"]
        case .signIn: ["account", "sign-in"]
        case .signOut: ["account", "sign-out"]
        case .accountSecurity: ["account", "security"]
        case .changePassword: ["account", "password"]
        case .endSessions: ["account", "sessions"]
        case .confirmEmail: ["account", "confirm"]
        case .resetRequest: ["account", "reset"]
        case .resetPassword: ["account", "reset", "new"]
        case .portal: ["portal"]
        case .claim: ["facilities", ":id", "claim"]
        case .manage: ["portal", "facilities", ":id"]
        case .editProfile: ["portal", "facilities", ":id", "edit"]
        case .history: ["portal", "facilities", ":id", "history"]
        case .report: ["facilities", ":id", "report"]
        case .resolveReport: ["moderation", "reports", ":id"]
        case .suspension: ["moderation", "facilities", ":id", "suspension"]
        case .moderationReports: ["moderation", "reports"]
        case .moderationEdits: ["moderation", "edits"]
        case .reviewEdits: ["moderation", "edits", ":id"]
        case .moderationClaims: ["moderation", "claims"]
        case .decideClaim: ["moderation", "claims", ":id"]
        case .auditLog: ["moderation", "audit"]
        case .outbox: ["admin", "outbox"]
        case .accounts: ["admin", "accounts"]
        case .accountRole: ["admin", "accounts", ":id", "role"]
        case .accountCredentials: ["admin", "accounts", ":id", "credentials"]
        case .guides: ["guides"]
        case .guide: ["guides", ":slug"]
        case .editorial: ["editorial"]
        case .newGuide: ["editorial", "new"]
        case .editorialGuide: ["editorial", "guides", ":slug"]
        case .editGuide: ["editorial", "guides", ":slug", "edit"]
        case .confirmGuide: ["editorial", "guides", ":slug", "confirm"]
        case .revision: ["editorial", "guides", ":slug", "revisions", ":number"]
        case .submitRevision: ["editorial", "guides", ":slug", "revisions", ":number", "submit"]
        case .decideRevision: ["editorial", "guides", ":slug", "revisions", ":number", "decide"]
        case .contact: ["facilities", ":id", "contact"]
        case .inbox: ["portal", "facilities", ":id", "inquiries"]
        case .leaveListing: ["portal", "facilities", ":id", "leave"]
        case .inquiry: ["portal", "facilities", ":id", "inquiries", ":inquiry"]
        case .moderationInquiries: ["moderation", "inquiries"]
        case .privacy: ["privacy"]
        case .states: ["states"]
        case .state: ["states", ":state"]
        case .myList: ["list"]
        case .compare: ["list", "compare"]
        case .mapImage: ["map.svg"]
        case .facilityMap: ["facilities", ":id", "map.svg"]
        case .stateMap: ["states", ":state", "map.svg"]
        }
    }

    var path: String {
        switch self {
        case .facility(.value(let id)): "/facilities/" + id.uuidString.lowercased()
        case .claim(.value(let id)): "/facilities/" + id.uuidString.lowercased() + "/claim"
        case .manage(.value(let id)): "/portal/facilities/" + id.uuidString.lowercased()
        case .editProfile(.value(let id)): "/portal/facilities/" + id.uuidString.lowercased() + "/edit"
        case .history(.value(let id)): "/portal/facilities/" + id.uuidString.lowercased() + "/history"
        case .report(.value(let id)): "/facilities/" + id.uuidString.lowercased() + "/report"
        case .resolveReport(.value(let id)): "/moderation/reports/" + id.uuidString.lowercased()
        case .suspension(.value(let id)): "/moderation/facilities/" + id.uuidString.lowercased() + "/suspension"
        case .reviewEdits(.value(let id)): "/moderation/edits/" + id.uuidString.lowercased()
        case .accountRole(.value(let id)): "/admin/accounts/" + id.uuidString.lowercased() + "/role"
        case .decideClaim(.value(let id)): "/moderation/claims/" + id.uuidString.lowercased()
        case .accountCredentials(.value(let id)): "/admin/accounts/" + id.uuidString.lowercased() + "/credentials"
        case .guide(.value(let slug)): "/guides/" + Self.percent(slug)
        case .editorialGuide(.value(let slug)): "/editorial/guides/" + Self.percent(slug)
        case .editGuide(.value(let slug)): "/editorial/guides/" + Self.percent(slug) + "/edit"
        case .confirmGuide(.value(let slug)): "/editorial/guides/" + Self.percent(slug) + "/confirm"
        case .revision(.value(let slug), .value(let n)): "/editorial/guides/" + Self.percent(slug) + "/revisions/\(n)"
        case .submitRevision(.value(let slug), .value(let n)): "/editorial/guides/" + Self.percent(slug) + "/revisions/\(n)/submit"
        case .decideRevision(.value(let slug), .value(let n)): "/editorial/guides/" + Self.percent(slug) + "/revisions/\(n)/decide"
        case .contact(.value(let id)): "/facilities/" + id.uuidString.lowercased() + "/contact"
        case .inbox(.value(let id)): "/portal/facilities/" + id.uuidString.lowercased() + "/inquiries"
        case .leaveListing(.value(let id)): "/portal/facilities/" + id.uuidString.lowercased() + "/leave"
        case .inquiry(.value(let id), .value(let inquiry)):
            "/portal/facilities/" + id.uuidString.lowercased() + "/inquiries/" + inquiry.uuidString.lowercased()
        case .state(.value(let code)): "/states/" + Self.percent(code)
        case .facilityMap(.value(let id)): "/facilities/" + id.uuidString.lowercased() + "/map.svg"
        case .stateMap(.value(let code)): "/states/" + Self.percent(code) + "/map.svg"
        default: Self.join(pathComponents)
        }
    }

    /// Pages written in Spanish as well: served under `/es/` too, and linked there from Spanish pages. The rest
    /// (the provider portal, moderation, the editorial desk) are in English only, and links to them say so.
    var hasSpanish: Bool {
        switch self {
        case .home, .search, .facility, .myList, .compare, .states, .state, .contact, .guides, .guide, .privacy, .aboutData: true
        default: false
        }
    }

    /// The path a link on the page being made points to: under `/es/` on a Spanish page, for a page that has Spanish.
    var linkPath: String { Self.prefix(hasSpanish) + path }

    /// "/es" while a Spanish page is made, for pages with Spanish; "" otherwise.
    static func prefix(_ hasSpanish: Bool = true) -> String { hasSpanish ? Language.current.pathPrefix : "" }

    /// The path as a link target.
    var url: SafeURL { SafeURL(path: linkPath) }

    /// A facility's page, with the id text the listing already holds (formatting a UUID is slow on Linux).
    static func facility(_ listing: FacilityListing) -> SafeURL { SafeURL(path: prefix() + "/facilities/" + listing.idString) }

    /// A page with a query string (`SiteURL.signIn.with(["next": "/portal"])`).
    func with(_ params: [(String, String)]) -> SafeURL { SafeURL(path: linkPath + Self.queryString(params)) }

    /// The seeker's list page (or its comparison), with the place distances are measured from.
    static func list(_ list: PlaceList, near: String?, compare: Bool = false) -> SafeURL {
        var params = [("ids", list.parameter)]
        if let near { params.append(("near", near)) }
        return (compare ? SiteURL.compare : SiteURL.myList).with(params)
    }

    /// The search page for a query, at a page.
    static func search(_ query: SearchQuery, page: Int? = nil) -> SafeURL {
        SafeURL(path: SiteURL.search.linkPath + queryString(query.parameters(page: page)))
    }

    static func join(_ components: [PathComponent]) -> String {
        "/" + components.map(\.description).joined(separator: "/")
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

/// The JSON API's resources under `/api/v1`: routes, links, pagination headers and the OpenAPI document's paths.
enum APIURL: Sendable, CaseIterable {
    case facilities, facilitiesCSV, facility, taxonomy, openAPI

    static let prefix: [PathComponent] = ["api", "v1"]
    static let prefixPath = SiteURL.join(prefix) + "/"

    /// The one test of whether a request is for the API (problem+json errors, CORS, read-only, rate limit).
    static func isAPI(_ path: String) -> Bool { path.hasPrefix(prefixPath) }

    var pathComponents: [PathComponent] {
        Self.prefix + {
            switch self {
            case .facilities: ["facilities"]
            case .facilitiesCSV: ["facilities.csv"]
            case .facility: ["facilities", ":id"]
            case .taxonomy: ["taxonomy"]
            case .openAPI: ["openapi.json"]
            }
        }()
    }

    /// The path (for `facility`, with its `:id` placeholder: links to one facility come from `SiteURL`).
    var path: String { SiteURL.join(pathComponents) }

    /// The path as OpenAPI writes it: `/api/v1/facilities/{id}`.
    var openAPIPath: String {
        "/" + pathComponents.map { c in
            if case .parameter(let name) = c { return "{\(name)}" }
            return c.description
        }.joined(separator: "/")
    }
}

extension RoutesBuilder {
    /// Registers a GET handler at a page's path (and under `/es/` for a page with Spanish), made in the language
    /// its path asks for.
    @discardableResult
    func get(_ url: SiteURL, use handler: @Sendable @escaping (Request) async throws -> Response) -> Route {
        let inLanguage = PageLanguage.serving(handler, bilingual: url.hasSpanish)
        if url.hasSpanish { get(PageLanguage.spanishPrefix + url.pathComponents, use: inLanguage) }
        return get(url.pathComponents, use: inLanguage)
    }

    /// Registers a POST handler (a form's target) at a page's path.
    @discardableResult
    func post(_ url: SiteURL, maxBody: ByteCount = "64kb", use handler: @Sendable @escaping (Request) async throws -> Response) -> Route {
        let inLanguage = PageLanguage.serving(handler, bilingual: url.hasSpanish)
        if url.hasSpanish { on(.POST, PageLanguage.spanishPrefix + url.pathComponents, body: .collect(maxSize: maxBody), use: inLanguage) }
        return on(.POST, url.pathComponents, body: .collect(maxSize: maxBody), use: inLanguage)
    }

    /// Registers a GET handler at an API resource's path.
    @discardableResult
    func get(_ url: APIURL, use handler: @Sendable @escaping (Request) async throws -> Response) -> Route {
        get(url.pathComponents, use: handler)
    }
}
