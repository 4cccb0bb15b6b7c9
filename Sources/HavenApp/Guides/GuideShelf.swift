import Fluent
import Foundation
import HavenCore
import NIOConcurrencyHelpers
import Vapor

/// The guides the public can read, held in memory for the pages that link to them (results, facility pages, the
/// index): reloaded when a guide changes on any instance, checked at most once a second.
final class GuideShelf: Sendable {
    struct Entry: Sendable {
        let slug: String
        let title: String
        let summary: String
        let terms: [String]
        /// Approved by a medical reviewer (else published from the project's files, awaiting review).
        let reviewed: Bool
        let lastReviewed: Date?
    }

    private struct State { var entries: [Entry] = []; var stamp = ""; var checked = Date.distantPast }
    private let state = NIOLockedValueBox(State())

    /// The published guides, reloaded first if a guide changed since the last look (a second ago or more). When
    /// the database cannot be read, the guides last read stay (pages still render).
    func entries(_ db: any Database, now: Date = Date()) async -> [Entry] {
        let (entries, due) = state.withLockedValue { s in (s.entries, now.timeIntervalSince(s.checked) >= 1) }
        guard due else { return entries }
        state.withLockedValue { $0.checked = now }
        do {
            let store = try GuideStore(db)
            let stamp = try await store.stamp()
            guard stamp != state.withLockedValue({ $0.stamp }) else { return entries }
            let fresh = try await store.published().map(Self.entry)
            state.withLockedValue { $0.entries = fresh; $0.stamp = stamp }
            return fresh
        } catch {
            return entries
        }
    }

    private static func entry(_ g: GuideRow, _ r: RevisionRow) -> Entry {
        let c = r.guideContent
        return Entry(slug: g.slug, title: c.title, summary: c.summary, terms: c.terms,
                     reviewed: r.status == .approved, lastReviewed: g.lastReviewedAt)
    }

    /// Forget what was read (after this instance changed a guide: the next page reads it again).
    func invalidate() { state.withLockedValue { $0.checked = .distantPast } }

    /// Guides about any of `terms`, most terms in common first, then by title; at most `limit`.
    static func related(_ entries: [Entry], terms: Set<String>, also slugs: [String] = [], limit: Int = 3) -> [Entry] {
        let named: [Entry] = slugs.compactMap { s in entries.first { $0.slug == s } }
        var scored: [(entry: Entry, shared: Int)] = []
        for e in entries where !named.contains(where: { $0.slug == e.slug }) {
            let shared = e.terms.filter { terms.contains($0) }.count
            if shared > 0 { scored.append((e, shared)) }
        }
        scored.sort { a, b in a.shared != b.shared ? a.shared > b.shared : a.entry.title < b.entry.title }
        let ranked: [Entry] = scored.map { $0.entry }
        return Array((named + ranked).prefix(limit))
    }
}

