import Foundation
@testable import HavenApp
import HavenCore
import HavenHTML
import Testing

/// Every page rendered from fixed models, compared with its stored snapshot; and the same pages with markup in every
/// text field, which must come out as text.
@Suite struct PageSnapshotTests {
    static func pages(_ text: String?) throws -> [(String, Node)] {
        var pages: [(String, Node)] = [
            ("home", HomePage.view(HomePageModel(facilityCount: 19_112, taxonomy: .haven, staleBefore: PageFixtures.date))),
            ("results", ResultsPage.view(try PageFixtures.resultsModel(text))),
            ("facility", FacilityPage.view(PageFixtures.facilityModel(text))),
            ("about-data", AboutDataPage.view(PageFixtures.aboutModel(text))),
            ("which-place", SearchProblemPage.view(PageFixtures.problemModel(text))),
            ("error", ErrorPage.view(title: text ?? "Facility not found", message: text ?? "There is no facility at this address.")),
            ("api-docs", APIDocsPage.view(OpenAPIDocument.haven)),
            ("my-list", ListPage.view(PageFixtures.listModel(text))),
            ("compare", ComparePage.view(PageFixtures.listModel(text))),
        ]
        if let text { pages.append(("name-search", ResultsPage.view(try PageFixtures.nameSearchModel(text)))) }
        // The pages that have Spanish, as `/es/` makes them (with the switch to English).
        try Language.$current.withValue(.es) {
            try PageLanguage.$here.withValue("/search?near=10001") {
                pages += [
                    ("es-home", HomePage.view(HomePageModel(facilityCount: 19_112, taxonomy: .haven, staleBefore: PageFixtures.date))),
                    ("es-results", ResultsPage.view(try PageFixtures.resultsModel(text))),
                    ("es-facility", FacilityPage.view(PageFixtures.facilityModel(text))),
                    ("es-which-place", SearchProblemPage.view(PageFixtures.problemModel(text))),
                    ("es-my-list", ListPage.view(PageFixtures.listModel(text))),
                    ("es-compare", ComparePage.view(PageFixtures.listModel(text))),
                    ("es-about-data", AboutDataPage.view(PageFixtures.aboutModel(text))),
                ]
                pages += ContactFixtures.pages(text).filter { ["states", "state", "contact", "contact-sent"].contains($0.0) }.map { ("es-" + $0.0, $0.1) }
                pages += GuideFixtures.pages(text).filter { ["guide", "guides"].contains($0.0) }.map { ("es-" + $0.0, $0.1) }
                pages += ContactFixtures.pages(text).filter { $0.0 == "privacy" }.map { ("es-" + $0.0, $0.1) }
            }
        }
        return pages + PortalFixtures.pages(text) + GuideFixtures.pages(text) + ContactFixtures.pages(text)
    }

    @Test(arguments: ["home", "results", "facility", "about-data", "which-place", "error", "api-docs", "register", "sign-in",
                      "reset-request", "reset-sent", "new-password", "portal", "claim", "moderation-claims", "audit-log", "outbox",
                      "manage", "edit-profile", "history", "report", "moderation-reports", "manage-moderator", "facility-suspended", "moderation-edits", "accounts",
                      "guide", "guide-awaiting-review", "guides", "editorial", "guide-form", "guide-overview", "guide-revision",
                      "home-popular", "contact", "contact-sent", "contact-closed", "contact-unavailable", "inbox", "inquiry", "volumes", "states", "state", "privacy",
                      "register-sent", "account-security", "confirm-email", "my-list", "compare",
                      "es-home", "es-results", "es-facility", "es-which-place", "es-my-list", "es-compare", "es-states", "es-state", "es-contact", "es-contact-sent", "es-guide", "es-guides", "es-privacy", "es-about-data"])
    func pageMatchesItsSnapshot(_ name: String) throws {
        let page = try #require(try Self.pages(nil).first { $0.0 == name }?.1)
        try assertSnapshot(page.renderDocument(), named: name)
    }

    static let attacks = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)"]

    /// Tags and attributes Haven writes; anything else in a page is markup that came from data.
    static let allowedTags: Set<String> = [
        "html", "head", "meta", "title", "link", "body", "a", "aside", "p", "strong", "header", "nav", "main", "footer", "h1", "h2",
        "h3", "form", "div", "label", "input", "select", "option", "button", "section", "ul", "ol", "li", "span", "details",
        "summary", "fieldset", "legend", "article", "address", "br", "em", "code", "table", "caption", "thead", "tbody", "tr",
        "th", "td", "dl", "dt", "dd", "pre", "textarea", "meter", "ins", "del", "img", "figure", "figcaption",
    ]

    @Test(arguments: attacks)
    func markupInEveryFieldComesOutAsText(_ attack: String) throws {
        for (name, page) in try Self.pages(attack) {
            let html = page.renderDocument()
            // Plain "javascript:alert(1)" is harmless as text; it must only never become a link (checked below).
            if attack.contains("<") || attack.contains("\"") { #expect(!html.contains(attack), "\(name) has the attack as written") }
            let escaped = attack.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            if !["api-docs", "home", "states", "privacy", "es-home", "es-states", "es-privacy"].contains(name) { #expect(html.contains(escaped), "\(name) does not show the field as text") }
            for tag in Tag.all(in: html) {
                // The one script is Haven's own file, by source, on every page; any other is markup from data.
                let ownScript = tag.name == "script" && tag.attributes.contains { $0.name == "src" && $0.value == "/static/locate.js" }
                    // A guide's JSON-LD: data, never run, its text JSON-escaped (checked in AllowedMarkupTests).
                    || tag.name == "script" && tag.attributes.count == 1 && tag.attributes[0].name == "type" && tag.attributes[0].value == "application/ld+json"
                #expect(Self.allowedTags.contains(tag.name) || ownScript, "\(name): <\(tag.name)> came from data")
                for (attr, value) in tag.attributes {
                    #expect(!attr.hasPrefix("on"), "\(name): <\(tag.name) \(attr)=...> is an event handler")
                    if attr == "href" || attr == "action" || attr == "src" {
                        let scheme = value.lowercased().trimmingCharacters(in: .whitespaces)
                        #expect(scheme.hasPrefix("/") || scheme.hasPrefix("#") || scheme.hasPrefix("https:") || scheme.hasPrefix("http:")
                                || scheme.hasPrefix("tel:") || scheme.hasPrefix("mailto:") || scheme.hasPrefix("sms:"), "\(name): \(attr)=\(value)")
                    }
                }
            }
        }
    }

    @Test func theAttackTestWouldCatchRawMarkup() {
        // The checks above, on a page that did let markup through, must fail: a broken escape cannot pass unseen.
        let raw = "<p>\(Self.attacks[1])</p><a href=\"javascript:alert(1)\">x</a>"
        let tags = Tag.all(in: raw)
        #expect(tags.contains { $0.name == "img" && $0.attributes.contains { $0.name == "onerror" } })
        #expect(tags.contains { $0.name == "a" && $0.attributes.contains { $0.value.hasPrefix("javascript:") } })
    }
}
