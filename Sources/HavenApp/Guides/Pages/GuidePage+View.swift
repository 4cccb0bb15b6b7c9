import HavenCore
import HavenHTML

/// A guide: title and summary, who wrote and reviewed it, contents, the text, "find treatment near you", sources.
enum GuidePage {
    static func view(_ m: GuidePageModel) -> Node {
        let w = Words.current
        // The guide's own text is English (a Spanish translation is not written yet): on a Spanish page it says so and
        // is marked `lang="en"`, so a screen reader reads it as English.
        let english: [Attribute] = Language.current == .en ? [] : [Attribute("lang", "en")]
        return Layout.page(.init(title: m.content.title, description: m.content.summary, canonical: .guide(.value(m.slug)), jsonLD: m.jsonLD)) {
            article(.class("guide"), .ariaLabelledBy("guide-title")) {
                p(.class("breadcrumb")) { a(.href(SiteURL.guides.url)) { text(w.guides) } }
                if !english.isEmpty { p(.class("notice"), .role("note")) { text(w.notYetInSpanish) } }
                element("h1", [.id("guide-title")] + english) { text(m.content.title) }
                element("p", [.class("lead")] + english) { text(m.content.summary) }
                byline(m)
                w.disclaimer(emergency: a(.href(Phone.emergency)) { "911" }, crisisLine: a(.href(Phone.crisisLine)) { "988" })
                if m.rendered.headings.filter({ $0.level == 2 }).count >= 2 {
                    nav(.class("contents"), .id("contents"), .ariaLabel(w.contents)) {
                        h2 { text(w.contents) }
                        ol {
                            for h in m.rendered.headings where h.level == 2 { element("li", english) { a(.href(SafeURL(path: "#" + h.id))) { text(h.text) } } }
                            li { a(.href(SafeURL(path: "#find-treatment"))) { text(w.homeTitle) } }
                            li { a(.href(SafeURL(path: "#sources"))) { text(w.sources) } }
                        }
                    }
                }
                element("div", [.class("guide-body")] + english) { m.rendered.body }
                findTreatment(m)
                sources(m.content.citations)
            }
        }
    }

    /// Written by, reviewed by and when; or, plainly, that no licensed reviewer has approved it yet.
    static func byline(_ m: GuidePageModel) -> Node {
        let w = Words.current
        return group([
            dl(.class("byline")) {
                dt { text(w.writtenBy) }
                dd { text(m.content.author) }
                if let r = m.reviewer {
                    dt { text(w.medicallyReviewedBy) }
                    dd { text(r.credentials.isEmpty ? r.name : "\(r.name), \(r.credentials)") }
                    dt { text(w.lastReviewed) }
                    dd { text(Format.day(r.date)) }
                    if let due = m.reviewDue { dt { text(w.nextReviewDue) }; dd { text(Format.day(due)) } }
                } else {
                    dt { text(w.medicalReview) }
                    dd { text(w.notYetReviewed) }
                }
                if let published = m.published { dt { text(w.firstPublished) }; dd { text(Format.day(published)) } }
            },
            m.reviewer == nil ? w.awaitingReview(a(.href(Phone.helpline)) { "1-800-662-4357" }) : .empty,
            m.overdue ? w.pastReviewDate(m.reviewDue.map(Format.day)) : .empty,
        ])
    }

    /// A search form that opens results with the guide's words and terms already chosen.
    static func findTreatment(_ m: GuidePageModel) -> Node {
        let w = Words.current
        return section(.class("find-treatment"), .id("find-treatment"), .ariaLabelledBy("find-treatment-title")) {
            h2(.id("find-treatment-title")) { text(w.homeTitle) }
            if !m.searchFilters.isEmpty {
                p { text(w.searchForPlacesWith); text(m.searchFilters.map(\.name).joined(separator: ", ")); "." }
            }
            form(.method("get"), .action(SiteURL.search.url), .role("search"), .ariaLabel(w.homeTitle)) {
                SearchFields.place(near: nil, radius: nil)
                if !m.searchWords.isEmpty { input([.type("hidden"), .name("q"), .value(m.searchWords)]) }
                for f in m.searchFilters { input([.type("hidden"), .name(f.facet), .value(f.term)]) }
                button(.type("submit")) { text(w.findTreatment) }
            }
        }
    }

    static func sources(_ citations: [Citation]) -> Node {
        let w = Words.current
        return section(.class("sources"), .id("sources"), .ariaLabelledBy("sources-title")) {
            h2(.id("sources-title")) { text(w.sources) }
            ol {
                for (n, c) in citations.enumerated() {
                    element("li", [.id("source-\(n + 1)")] + (Language.current == .en ? [] : [Attribute("lang", "en")])) {
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
        let w = Words.current
        return Layout.page(.init(title: w.guides, description: w.guidesDescription, canonical: .guides)) {
            h1 { text(w.guides) }
            p(.class("lead")) { text(w.guidesLead) }
            if entries.isEmpty {
                p { text(w.noGuidesYet) }
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
