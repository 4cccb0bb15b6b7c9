import HavenCore
import HavenHTML

/// A guide: title and summary, who wrote and reviewed it, contents, the text, "find treatment near you", sources.
enum GuidePage {
    static func view(_ m: GuidePageModel) -> Node {
        Layout.page(.init(title: m.content.title, description: m.content.summary, canonical: .guide(.value(m.slug)), jsonLD: m.jsonLD)) {
            article(.class("guide"), .ariaLabelledBy("guide-title")) {
                p(.class("breadcrumb")) { a(.href(SiteURL.guides.url)) { "Guides" } }
                h1(.id("guide-title")) { text(m.content.title) }
                p(.class("lead")) { text(m.content.summary) }
                byline(m)
                p(.class("disclaimer")) {
                    "This guide is information, not medical advice: talk with a doctor or other clinician about your own situation. "
                    "If you or someone else is in danger, call 911. If you are thinking about suicide or are in crisis, call or text "
                    a(.href(Phone.crisisLine)) { "988" }
                    "."
                }
                if m.rendered.headings.filter({ $0.level == 2 }).count >= 2 {
                    nav(.class("contents"), .id("contents"), .ariaLabel("Contents")) {
                        h2 { "Contents" }
                        ol {
                            for h in m.rendered.headings where h.level == 2 { li { a(.href(SafeURL(path: "#" + h.id))) { text(h.text) } } }
                            li { a(.href(SafeURL(path: "#find-treatment"))) { "Find treatment near you" } }
                            li { a(.href(SafeURL(path: "#sources"))) { "Sources" } }
                        }
                    }
                }
                div(.class("guide-body")) { m.rendered.body }
                findTreatment(m)
                sources(m.content.citations)
            }
        }
    }

    /// Written by, reviewed by and when; or, plainly, that no licensed reviewer has approved it yet.
    static func byline(_ m: GuidePageModel) -> Node {
        group([
            dl(.class("byline")) {
                dt { "Written by" }
                dd { text(m.content.author) }
                if let r = m.reviewer {
                    dt { "Medically reviewed by" }
                    dd { text(r.credentials.isEmpty ? r.name : "\(r.name), \(r.credentials)") }
                    dt { "Last reviewed" }
                    dd { text(Format.day(r.date)) }
                    if let due = m.reviewDue { dt { "Next review due" }; dd { text(Format.day(due)) } }
                } else {
                    dt { "Medical review" }
                    dd { "Not yet reviewed by a licensed professional" }
                }
                if let published = m.published { dt { "First published" }; dd { text(Format.day(published)) } }
            },
            m.reviewer == nil
                ? p(.class("warning"), .role("note")) {
                    strong { "Awaiting medical review. " }
                    "Haven's editors wrote this guide from the sources listed at the end. A licensed medical reviewer has not approved it yet: check what matters to you with a clinician or the SAMHSA helpline ("
                    a(.href(Phone.helpline)) { "1-800-662-4357" }
                    ")."
                }
                : .empty,
            m.overdue
                ? p(.class("warning"), .role("note")) {
                    strong { "This guide is past its review date. " }
                    "Its medical review was due on \(m.reviewDue.map(Format.day) ?? "an earlier date"); some details may be out of date."
                }
                : .empty,
        ])
    }

    /// A search form that opens results with the guide's words and terms already chosen.
    static func findTreatment(_ m: GuidePageModel) -> Node {
        section(.class("find-treatment"), .id("find-treatment"), .ariaLabelledBy("find-treatment-title")) {
            h2(.id("find-treatment-title")) { "Find treatment near you" }
            if !m.searchFilters.isEmpty {
                p { "Search for places with: "; text(m.searchFilters.map(\.name).joined(separator: ", ")); "." }
            }
            form(.method("get"), .action(SiteURL.search.url), .role("search"), .ariaLabel("Find treatment near you")) {
                SearchFields.place(near: nil, radius: nil)
                if !m.searchWords.isEmpty { input([.type("hidden"), .name("q"), .value(m.searchWords)]) }
                for f in m.searchFilters { input([.type("hidden"), .name(f.facet), .value(f.term)]) }
                button(.type("submit")) { "Find treatment" }
            }
        }
    }

    static func sources(_ citations: [Citation]) -> Node {
        section(.class("sources"), .id("sources"), .ariaLabelledBy("sources-title")) {
            h2(.id("sources-title")) { "Sources" }
            ol {
                for (n, c) in citations.enumerated() {
                    li(.id("source-\(n + 1)")) {
                        if let url = SafeURL(external: c.url) { a(.href(url)) { text(c.title) } } else { text(c.title) }
                        ". "
                        text(c.publisher)
                        ", \(c.year)."
                    }
                }
            }
        }
    }
}

/// The guides the public can read.
enum GuidesIndexPage {
    static func view(_ entries: [GuideShelf.Entry]) -> Node {
        Layout.page(.init(title: "Guides", description: "Plain guides about stopping drugs, treatment, paying for care and staying safer, with their sources and medical review.", canonical: .guides)) {
            h1 { "Guides" }
            p(.class("lead")) { "Plain answers about withdrawal, treatment, paying for care and staying safer. Each guide names its author, its sources and whether a licensed medical reviewer has checked it." }
            if entries.isEmpty {
                p { "There are no guides yet." }
            } else {
                ul(.class("guide-list")) {
                    for e in entries.sorted(by: { $0.title < $1.title }) { GuideLinks.item(e) }
                }
            }
        }
    }
}

/// A guide as a link with its summary and review status: the index, and related guides on other pages.
enum GuideLinks {
    static func item(_ e: GuideShelf.Entry) -> Node {
        // Guides are written in English for now: on a Spanish page, the item says so in its `lang`.
        element("li", Language.current == .en ? [] : [Attribute("lang", "en")]) {
            a(.href(SiteURL.guide(.value(e.slug)).url)) { text(e.title) }
            p(.class("sub")) { text(e.summary) }
            p(.class("hint")) {
                if e.reviewed, let date = e.lastReviewed { text("Medically reviewed \(Format.day(date))") } else { "Awaiting medical review" }
            }
        }
    }

    /// One line above results: "Guide: ..." (a seeker came for places; the guide is a link, not a block).
    static func line(_ entries: [GuideShelf.Entry]) -> Node {
        guard !entries.isEmpty else { return .empty }
        return p(.class("guide-links")) {
            let w = Words.current
            span(.class("label")) { text(entries.count == 1 ? w.guideLabel : w.guidesLabel) }
            group(entries.enumerated().map { n, e in
                group([n == 0 ? .empty : text(" · "), element("a", [.href(SiteURL.guide(.value(e.slug)).url)] + (Language.current == .en ? [] : [Attribute("lang", "en")])) { text(e.title) },
                       Language.current == .en ? .empty : text(" (\(w.inEnglish))")])
            })
        }
    }

    /// "Guides" on a facility's page, with summaries; nothing when none relate.
    static func related(_ entries: [GuideShelf.Entry], heading: String = "Guides") -> Node {
        guard !entries.isEmpty else { return .empty }
        return aside(.class("related-guides"), .ariaLabelledBy("related-guides")) {
            h2(.id("related-guides")) { text(heading + (Language.current == .en ? "" : " (\(Words.current.inEnglish))")) }
            ul(.class("guide-list")) { for e in entries { item(e) } }
        }
    }
}
