import HavenHTML

/// The page for an error a person meets (not found, bad request, server trouble): what happened, and a way on.
enum ErrorPage {
    static func view(title heading: String, message: String) -> Node {
        Layout.page(.init(title: heading, description: heading)) {
            h1 { text(heading) }
            p { text(message) }
            p { a(.href(SiteURL.home.url)) { text(Words.current.startNewSearch) } }
        }
    }
}
