import Foundation
import HavenCore
import HavenHTML

/// What a guide's public page shows: the approved text (or the project's text awaiting review, said so), who wrote
/// and reviewed it and when, its sources, and a search for care that matches it.
struct GuidePageModel {
    let slug: String
    let content: GuideContent
    let rendered: GuideMarkdown.Rendered
    /// Who last reviewed the text the public reads, when a medical reviewer has.
    let reviewer: (name: String, credentials: String, date: Date)?
    let published: Date?
    let updated: Date
    let reviewDue: Date?
    /// Past its review date by more than the grace period: readers are told.
    let overdue: Bool
    /// The search the "find treatment near you" form opens: the guide's words and its terms as filters.
    let searchWords: String
    let searchFilters: [(facet: String, term: String, name: String)]
    /// The absolute address (when HAVEN_PUBLIC_URL is set), for the structured data.
    let publicURL: String?

    init(guide: GuideRow, revision: RevisionRow, taxonomy: Taxonomy, publicBase: String?, now: Date = Date()) {
        slug = guide.slug
        content = revision.guideContent
        rendered = GuideMarkdown.render(content)
        if revision.status == .approved, let date = guide.lastReviewedAt {
            reviewer = (guide.reviewedBy, guide.reviewerCredentials, date)
        } else {
            reviewer = nil
        }
        published = guide.publishedAt
        updated = revision.reviewedAt ?? revision.createdAt
        reviewDue = reviewer == nil ? nil : guide.reviewDueAt
        overdue = reviewer != nil && ReviewSchedule.readersToldOverdue(due: guide.reviewDueAt, now: now)
        searchWords = content.need
        searchFilters = content.terms.compactMap { slug in taxonomy.term(slug).map { ($0.facet, $0.slug, $0.name) } }
        publicURL = publicBase.map { $0 + SiteURL.guide(.value(guide.slug)).path }
    }

    /// schema.org `MedicalWebPage`: `lastReviewed` and `reviewedBy` only when a medical reviewer has approved it.
    var jsonLD: String {
        var page: [String: Any] = [
            "@context": "https://schema.org", "@type": "MedicalWebPage", "name": content.title, "headline": content.title,
            "description": content.summary, "inLanguage": "en", "dateModified": Self.day(updated),
            "author": ["@type": "Organization", "name": content.author],
            "citation": content.citations.map { c -> [String: Any] in
                ["@type": "CreativeWork", "name": c.title, "publisher": ["@type": "Organization", "name": c.publisher],
                 "datePublished": String(c.year), "url": c.url]
            },
        ]
        if let publicURL { page["url"] = publicURL }
        if let published { page["datePublished"] = Self.day(published) }
        if let reviewer {
            page["lastReviewed"] = Self.day(reviewer.date)
            page["reviewedBy"] = ["@type": "Person", "name": reviewer.name, "honorificSuffix": reviewer.credentials]
        }
        let data = (try? JSONSerialization.data(withJSONObject: page, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func day(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withFullDate]
        return f.string(from: date)
    }
}
