import Fluent
import Foundation
import HavenCore

/// Loads guides from Markdown files with front matter (`haven import guides DIR`): the project ships its own in
/// `guides/`. Every file is read and checked first; one bad file stops the import with its name and line, and
/// nothing is written. A file whose text is unchanged adds nothing; a changed one adds a revision:
/// - with `reviewer:` in its front matter (a licensed reviewer approved this text), it is approved and published;
/// - without, it waits for a medical reviewer. The public then reads it, marked "awaiting medical review", only
///   while no reviewer-approved text exists; an approved text stays public until a reviewer approves the new one.
struct GuideImporter {
    let db: any Database
    let taxonomy: Taxonomy

    struct Failure: Error, CustomStringConvertible {
        let problems: [String]
        var description: String { "No guides were imported:\n" + problems.map { "  " + $0 }.joined(separator: "\n") }
    }

    static func read(_ folder: URL, taxonomy: Taxonomy) throws -> [GuideFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        guard !names.isEmpty else { throw Failure(problems: ["\(folder.path): no .md files"]) }
        var files: [GuideFile] = [], problems: [String] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8) else { problems.append("\(name): not readable as UTF-8 text"); continue }
            do {
                let file = try GuideFile.parse(text)
                let issues = file.content.problems { taxonomy.term($0) != nil }
                if issues.isEmpty { files.append(file) } else { problems += issues.map { "\(name): \($0.field): \($0.message)" } }
            } catch {
                problems.append("\(name): \(error)")
            }
        }
        let slugs = files.map(\.slug)
        for s in Set(slugs) where slugs.filter({ $0 == s }).count > 1 { problems.append("two files have the slug \(s)") }
        guard problems.isEmpty else { throw Failure(problems: problems) }
        return files
    }

    /// One line per guide: what happened to it.
    func load(_ files: [GuideFile], now: Date = Date()) async throws -> [String] {
        try await db.transaction { tx in
            let store = try GuideStore(tx)
            var report: [String] = []
            for file in files {
                let guide: GuideRow
                if let existing = try await store.guide(slug: file.slug) { guide = existing } else {
                    guide = try await store.create(slug: file.slug, now: now)
                }
                let revisions = try await store.revisions(of: guide.id)
                if let same = revisions.first(where: { $0.guideContent == file.content }), same.id == revisions.first?.id || same.id == guide.publicRevisionId {
                    report.append("\(file.slug): unchanged (revision \(same.number))")
                    continue
                }
                let publicApproved = revisions.first { $0.id == guide.publicRevisionId }?.status == .approved
                if let r = file.reviewer {
                    let reviewer = ReviewerName(id: nil, name: r.name, credentials: r.credentials)
                    let row = try await store.addRevision(guide.id, file.content, status: .inReview, author: (nil, "haven"), now: now)
                    try await store.approve(row, by: reviewer, note: "Approved as the file says.", reviewed: r.date, now: now)
                    report.append("\(file.slug): revision \(row.number), reviewed by \(r.name), \(r.credentials): published")
                } else {
                    let row = try await store.addRevision(guide.id, file.content, status: .inReview, author: (nil, "haven"), now: now)
                    if publicApproved {
                        report.append("\(file.slug): revision \(row.number) awaits medical review (the public keeps the approved text)")
                    } else {
                        try await store.publish(row, reviewedBy: nil, at: now, now: now)
                        report.append("\(file.slug): revision \(row.number) published, marked awaiting medical review")
                    }
                }
            }
            return report
        }
    }
}
