import HavenCore
import HavenHTML

/// The one page frame: head (title, description, canonical URL), skip link, crisis banner, navigation, footer.
enum Layout {
    struct Head {
        let title: String
        let description: String
        var canonical: SiteURL?
        /// JSON-LD for search engines (a guide's `MedicalWebPage`).
        var jsonLD: String?
        /// A results page: its first skip link goes straight to the results.
        var skipToResults = false
    }

    static func page(_ about: Head, @NodeBuilder main content: () -> Node) -> Node {
        let language = Language.current, w = Words.current
        let here = PageLanguage.here
        return html(Attribute("lang", language.rawValue)) {
            head {
                meta(Attribute("charset", "utf-8"))
                meta(.name("viewport"), .content("width=device-width, initial-scale=1"))
                title { "\(about.title) · Haven" }
                meta(.name("description"), .content(about.description))
                meta(.name("referrer"), .content("same-origin"))
                if let canonical = about.canonical { link(.rel("canonical"), .href(canonical.url)) }
                if let here {
                    for other in Language.allCases {
                        link(.rel("alternate"), Attribute("hreflang", other.rawValue), .href(SafeURL(path: PageLanguage.link(here, in: other))))
                    }
                }
                link(.rel("stylesheet"), .href(SiteURL.stylesheet.url))
                script(src: SiteURL.locateScript.url)
                if let json = about.jsonLD { structuredData(json: json) }
            }
            body {
                if about.skipToResults { a(.class("skip"), .href(SafeURL(path: "#results"))) { text(w.skipToResults) } }
                a(.class("skip"), .href(SafeURL(path: "#main"))) { text(w.skipToMain) }
                crisisBanner[language]
                header(.class("site")) {
                    a(.class("brand"), .href(SiteURL.home.url)) { "Haven" }
                    // Beside the name, where a reader of the other language looks first.
                    if let here { languageSwitch(here, current: language) }
                    nav(.ariaLabel(w.mainNavigation)) {
                        a(.href(SiteURL.home.url)) { text(w.findTreatment) }
                        " "
                        a(.href(SiteURL.guides.url)) { text(w.guides) }
                        " "
                        a(.href(SiteURL.aboutData.url)) { text(w.aboutTheData) }
                    }
                }
                main(.id("main")) { content() }
                siteFooter[language]
            }
        }
    }

    /// The same page in the other language, named in that language (and marked as it, for screen readers).
    static func languageSwitch(_ here: String, current: Language) -> Node {
        p(.class("language")) {
            for other in Language.allCases where other != current {
                a(.href(SafeURL(path: PageLanguage.link(here, in: other) + (other == .en && here == "/" ? "?lang=en" : ""))),
                  Attribute("hreflang", other.rawValue), Attribute("lang", other.rawValue)) { text(other.endonym) }
            }
        }
    }

    /// The same on every page in a language, so rendered once per language.
    static let crisisBanner = ByLanguage { w in
        trusted(TrustedHTML(
            aside(.class("crisis"), .ariaLabel(w.crisisHelp)) {
                w.crisisBanner(crisisLine: a(.href(Phone.crisisLine)) { "988" }, helpline: a(.href(Phone.helpline)) { "1-800-662-4357" },
                               emergency: a(.href(Phone.emergency)) { "911" })
            }))
    }

    static let siteFooter = ByLanguage { w in
        trusted(TrustedHTML(
            footer(.class("site")) {
                w.footer(aboutData: a(.href(SiteURL.aboutData.url)) { text(w.aboutTheData) },
                         privacy: a(.href(SiteURL.privacy.url)) { text(w.privacyLink) },
                         byState: a(.href(SiteURL.states.url)) { text(w.byState) },
                         api: a(.href(SiteURL.apiDocs.url)) { "API" })
                // Providers come back to keep their listing current: the way in is on every page.
                w.forProviders(signIn: a(.href(SiteURL.signIn.url)) { text(w.signIn) })
            }))
    }
}

/// A value made once per language (a page's fixed parts), each made with that language's words.
struct ByLanguage<Value: Sendable>: Sendable {
    private let values: [Value]

    init(_ make: (any Wording) -> Value) {
        values = Language.allCases.map { language in Language.$current.withValue(language) { make(Words.current) } }
    }

    subscript(_ language: Language) -> Value { values[language == .en ? 0 : 1] }

    /// The value for the page being made.
    var current: Value { self[Language.current] }
}
