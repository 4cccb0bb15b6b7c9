import Foundation
@testable import HavenApp
import HavenCore
import Testing
import VaporTesting

/// Issue 19, "done when": every route the app registers, walked as every kind of person, GET and POST (a POST with
/// a valid token for its form, so that only who is asking decides the answer). A route missing from `policy` fails
/// the test: a new route must say who may use it.
@Suite struct AuthorizationMatrixTests {
    /// Who may use a route. `manager`: the listing's managers; `managerOrModerator`: they or any moderator.
    enum Access: Equatable {
        case anyone, account, manager, managerOrModerator, role(Role)
    }

    enum Actor: String, CaseIterable {
        case visitor, provider, manager, moderator, editor, reviewer, admin

        var role: Role? {
            switch self {
            case .visitor: nil
            case .provider, .manager: .provider
            case .moderator: .moderator
            case .editor: .editor
            case .reviewer: .medicalReviewer
            case .admin: .admin
            }
        }

        func may(_ access: Access) -> Bool {
            switch access {
            case .anyone: true
            case .account: role != nil
            case .manager: self == .manager
            case .managerOrModerator: self == .manager || (role?.includes(.moderator) ?? false)
            case .role(let r): role?.includes(r) ?? false
            }
        }
    }

    /// "METHOD /path/:pattern" -> who may use it, and the form a POST carries.
    static let policy: [String: (Access, FormPurpose?)] = [
        "GET /": (.anyone, nil), "GET /search": (.anyone, nil), "GET /es": (.anyone, nil), "GET /es/search": (.anyone, nil),
        "GET /es/facilities/:id": (.anyone, nil), "GET /es/list": (.anyone, nil), "GET /es/list/compare": (.anyone, nil),
        "GET /es/guides": (.anyone, nil), "GET /es/guides/:slug": (.anyone, nil), "GET /es/states": (.anyone, nil), "GET /es/states/:state": (.anyone, nil), "GET /about/data": (.anyone, nil), "GET /api/docs": (.anyone, nil),
        "GET /static/haven.css": (.anyone, nil), "GET /static/locate.js": (.anyone, nil), "GET /privacy": (.anyone, nil), "GET /es/privacy": (.anyone, nil), "GET /es/about/data": (.anyone, nil),
        "GET /facilities/:id": (.anyone, nil), "GET /guides": (.anyone, nil), "GET /guides/:slug": (.anyone, nil),
        "GET /states": (.anyone, nil), "GET /states/:state": (.anyone, nil), "GET /list": (.anyone, nil), "GET /list/compare": (.anyone, nil), "GET /map.svg": (.anyone, nil), "GET /facilities/:id/map.svg": (.anyone, nil), "GET /states/:state/map.svg": (.anyone, nil),
        "GET /api/v1/facilities": (.anyone, nil), "GET /api/v1/facilities.csv": (.anyone, nil), "GET /api/v1/facilities/:id": (.anyone, nil),
        "GET /api/v1/taxonomy": (.anyone, nil), "GET /api/v1/openapi.json": (.anyone, nil),
        "GET /account/register": (.anyone, nil), "POST /account/register": (.anyone, .register),
        "GET /account/sign-in": (.anyone, nil), "POST /account/sign-in": (.anyone, .signIn),
        "GET /account/reset": (.anyone, nil), "POST /account/reset": (.anyone, .reset),
        "GET /account/reset/new": (.anyone, nil), "POST /account/reset/new": (.anyone, .newPassword),
        "POST /account/sign-out": (.anyone, .signOut),
        "GET /account/confirm": (.anyone, nil), "POST /account/confirm": (.anyone, .confirmEmail),
        "GET /facilities/:id/report": (.anyone, nil), "POST /facilities/:id/report": (.anyone, .report),
        "GET /facilities/:id/contact": (.anyone, nil), "POST /facilities/:id/contact": (.anyone, .inquiry),
        "GET /es/facilities/:id/contact": (.anyone, nil), "POST /es/facilities/:id/contact": (.anyone, .inquiry),
        "GET /portal": (.account, nil),
        "GET /account/security": (.account, nil), "POST /account/password": (.account, .changePassword), "POST /account/sessions": (.account, .endSessions),
        "GET /facilities/:id/claim": (.account, nil), "POST /facilities/:id/claim": (.account, .claim),
        "GET /portal/facilities/:id": (.managerOrModerator, nil), "GET /portal/facilities/:id/edit": (.managerOrModerator, nil),
        "POST /portal/facilities/:id/edit": (.managerOrModerator, .profile), "GET /portal/facilities/:id/history": (.managerOrModerator, nil),
        "POST /portal/facilities/:id/leave": (.manager, .leave),
        "GET /portal/facilities/:id/inquiries": (.manager, nil), "GET /portal/facilities/:id/inquiries/:inquiry": (.manager, nil),
        "POST /portal/facilities/:id/inquiries/:inquiry": (.manager, .inquiryStatus),
        // A report is resolved by its listing's managers or a moderator: with an unknown report, anyone signed in
        // reaches "not found" (the manager check needs the report's listing).
        "POST /moderation/reports/:id": (.account, .resolveReport),
        "GET /moderation/reports": (.role(.moderator), nil), "GET /moderation/edits": (.role(.moderator), nil),
        "POST /moderation/edits/:id": (.role(.moderator), .reviewEdits), "GET /moderation/claims": (.role(.moderator), nil),
        "POST /moderation/claims/:id": (.role(.moderator), .decideClaim), "GET /moderation/audit": (.role(.moderator), nil),
        "GET /moderation/inquiries": (.role(.moderator), nil), "POST /moderation/facilities/:id/suspension": (.role(.moderator), .suspension),
        "GET /admin/outbox": (.role(.admin), nil), "GET /admin/accounts": (.role(.admin), nil),
        "POST /admin/accounts/:id/role": (.role(.admin), .accountRole), "POST /admin/accounts/:id/credentials": (.role(.admin), .accountRole),
        "GET /editorial": (.role(.editor), nil), "GET /editorial/new": (.role(.editor), nil), "POST /editorial/new": (.role(.editor), .guideForm),
        "GET /editorial/guides/:slug": (.role(.editor), nil), "GET /editorial/guides/:slug/edit": (.role(.editor), nil),
        "POST /editorial/guides/:slug/edit": (.role(.editor), .guideForm), "POST /editorial/guides/:slug/confirm": (.role(.medicalReviewer), .confirmGuide),
        "GET /editorial/guides/:slug/revisions/:number": (.role(.editor), nil),
        "POST /editorial/guides/:slug/revisions/:number/submit": (.role(.editor), .guideReview),
        "POST /editorial/guides/:slug/revisions/:number/decide": (.role(.medicalReviewer), .guideReview),
    ]

    static let visitorForms: Set<FormPurpose> = [.register, .signIn, .reset, .newPassword, .report, .inquiry, .confirmEmail]

    @Test func everyRouteAsEveryone() async throws {
        try await withSample({ AccountTests.fast(&$0); $0.inquiryKeys = [Data(repeating: 7, count: 32)]; $0.formBurst = 100_000 }) { app in
            let facility = try #require(UUID(uuidString: try await ClaimTests.facilityIDs(app, 1)[0]))
            var browsers: [Actor: TestBrowser] = [.visitor: TestBrowser(app)]
            for actor in Actor.allCases where actor != .visitor {
                let role = actor.role == .provider ? "provider" : actor.role!.rawValue
                browsers[actor] = try await TestAccounts.signedIn(app, role: role, email: "\(actor.rawValue)@haven.example", name: actor.rawValue.capitalized)
            }
            let managerID = try #require(try await AccountStore(app.db).user(email: EmailAddress("manager@haven.example")!)).id
            let providerID = try #require(try await AccountStore(app.db).user(email: EmailAddress("provider@haven.example")!)).id
            func concrete(_ pattern: String) -> String {
                let id = pattern.hasPrefix("/admin/accounts") ? providerID : pattern.hasPrefix("/moderation/claims") || pattern.hasPrefix("/moderation/reports") ? UUID() : facility
                return pattern.replacingOccurrences(of: ":id", with: id.uuidString.lowercased()).replacingOccurrences(of: ":inquiry", with: UUID().uuidString.lowercased())
                    .replacingOccurrences(of: ":slug", with: "no-such-guide").replacingOccurrences(of: ":number", with: "1").replacingOccurrences(of: ":state", with: "NY")
            }
            // Routes that end a session or a manager's role go last.
            func last(_ r: String) -> Int { r.contains("sign-out") ? 2 : r.contains("/leave") ? 1 : 0 }
            let routes = app.routes.all.map { "\($0.method.rawValue) /" + $0.path.map(\.description).joined(separator: "/") }
                .sorted { (last($0), $0) < (last($1), $1) }
            var checked = 0
            for route in routes {
                guard let (access, purpose) = Self.policy[route] else {
                    Issue.record("\(route) is not in the authorization policy: say who may use it")
                    continue
                }
                let method = String(route.prefix { $0 != " " }), path = concrete(String(route.drop { $0 != " " }.dropFirst()))
                for actor in Actor.allCases {
                    try await ClaimStore(app.db).addManager(facility: facility, user: managerID, claim: nil)
                    var b = browsers[actor]!
                    let page: TestBrowser.Page
                    if method == "POST" {
                        // A visitor's form (registration, a message, a report) is signed without a session, as its page signs it.
                        let form = try #require(purpose, "\(route) has a form")
                        let token = try await FormTokenTests.token(app, form, for: Self.visitorForms.contains(form) ? TestBrowser(app) : b, age: 0)
                        page = try await b.post(path, [], token: token)
                    } else {
                        page = try await b.get(path)
                    }
                    // A page sends a visitor to sign in and back; a form sent without a session is 401 (nothing to come back to).
                    let toSignIn = (page.status == .seeOther && page.location?.hasPrefix("/account/sign-in?next=") == true)
                        || (method == "POST" && page.status == .unauthorized)
                    if actor.may(access) {
                        #expect(page.status != .forbidden && !toSignIn, "\(actor) may use \(route): \(page.status) \(page.location ?? "")")
                    } else if actor == .visitor {
                        #expect(toSignIn, "a visitor is sent to sign in for \(route): \(page.status)")
                    } else {
                        #expect(page.status == .forbidden, "\(actor) may not use \(route): \(page.status)")
                    }
                    checked += 1
                }
            }
            #expect(routes.count >= 60 && checked == routes.count * Actor.allCases.count)
        }
    }
}
