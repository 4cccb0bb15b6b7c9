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
        html(.lang("en")) {
            head {
                meta(Attribute("charset", "utf-8"))
                meta(.name("viewport"), .content("width=device-width, initial-scale=1"))
                title { "\(about.title) · Haven" }
                meta(.name("description"), .content(about.description))
                meta(.name("referrer"), .content("same-origin"))
                if let canonical = about.canonical { link(.rel("canonical"), .href(canonical.url)) }
                link(.rel("stylesheet"), .href(SiteURL.stylesheet.url))
                script(src: SiteURL.locateScript.url)
                if let json = about.jsonLD { structuredData(json: json) }
            }
            body {
                if about.skipToResults { a(.class("skip"), .href(SafeURL(path: "#results"))) { "Skip to the results" } }
                a(.class("skip"), .href(SafeURL(path: "#main"))) { "Skip to main content" }
                crisisBanner
                header(.class("site")) {
                    a(.class("brand"), .href(SiteURL.home.url)) { "Haven" }
                    nav(.ariaLabel("Main")) {
                        a(.href(SiteURL.home.url)) { "Find treatment" }
                        " "
                        a(.href(SiteURL.guides.url)) { "Guides" }
                        " "
                        a(.href(SiteURL.aboutData.url)) { "About the data" }
                    }
                }
                main(.id("main")) { content() }
                siteFooter
            }
        }
    }

    /// The same on every page, so rendered once.
    static let crisisBanner = trusted(TrustedHTML(
        aside(.class("crisis"), .ariaLabel("Crisis help")) {
            p {
                strong { "In crisis?" }
                " Call or text "
                a(.href(Phone.crisisLine)) { "988" }
                " (Suicide & Crisis Lifeline). SAMHSA National Helpline: "
                a(.href(Phone.helpline)) { "1-800-662-4357" }
                ", free and confidential, 24/7. In an emergency call "
                a(.href(Phone.emergency)) { "911" }
                "."
            }
        }))

    static let siteFooter = trusted(TrustedHTML(
        footer(.class("site")) {
            p {
                "Haven lists facilities from SAMHSA's national directories. It has no ads and no trackers, and it keeps no record of what you search. "
                a(.href(SiteURL.aboutData.url)) { "About the data" }
                " · "
                a(.href(SiteURL.privacy.url)) { "Privacy" }
                " · "
                a(.href(SiteURL.states.url)) { "By state" }
                " · "
                a(.href(SiteURL.apiDocs.url)) { "API" }
            }
            // Providers come back to keep their listing current: the way in is on every page.
            p(.class("for-providers")) {
                "For providers: "
                a(.href(SiteURL.signIn.url)) { "sign in" }
                " to keep your listing current, or find your facility and claim it."
            }
        }))
}
