/// The one page frame: head, skip link, crisis banner, navigation, footer.
enum Layout {
    static func page(title: String, description: String, canonical: String? = nil, body: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(esc(title)) · Haven</title>
        <meta name="description" content="\(esc(description))">
        <meta name="referrer" content="no-referrer">
        \(canonical.map { "<link rel=\"canonical\" href=\"\(esc($0))\">" } ?? "")
        <link rel="stylesheet" href="\(SiteURL.stylesheet.path)">
        </head>
        <body>
        <a class="skip" href="#main">Skip to main content</a>
        <aside class="crisis" aria-label="Crisis help">
        <p><strong>In crisis?</strong> Call or text <a href="tel:988">988</a> (Suicide &amp; Crisis Lifeline).
        SAMHSA National Helpline: <a href="tel:+18006624357">1-800-662-4357</a>, free and confidential, 24/7.
        In an emergency call <a href="tel:911">911</a>.</p>
        </aside>
        <header class="site">
        <a class="brand" href="\(SiteURL.home.path)">Haven</a>
        <nav aria-label="Main"><a href="\(SiteURL.home.path)">Find treatment</a> <a href="\(SiteURL.aboutData.path)">About the data</a></nav>
        </header>
        <main id="main">
        \(body)
        </main>
        <footer class="site">
        <p>Haven lists facilities from SAMHSA's national directories. It has no ads and no trackers, and it keeps no record of what you search.
        <a href="\(SiteURL.aboutData.path)">About the data</a> · <a href="/api/docs">API</a></p>
        </footer>
        </body>
        </html>
        """
    }
}
