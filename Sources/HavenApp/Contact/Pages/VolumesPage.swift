import Foundation
import HavenCore
import HavenHTML

/// For moderators: how many inquiries were sent and turned away, per day and per facility, to spot a flood.
/// Counts only: no page shows a moderator what anyone wrote.
enum VolumesPage {
    struct Model {
        /// Newest day first: (day, counts per metric).
        let days: [(day: String, counts: [CountMetric: Int])]
        let topInquiries: [(id: UUID, name: String, count: Int)]
        let topTurnedAway: [(id: UUID, name: String, count: Int)]
        let stored: Int
        let retentionDays: Int
    }

    static func view(_ m: Model) -> Node {
        Layout.page(.init(title: "Message volumes", description: "How many messages people sent through Haven.")) {
            p { a(.href(SiteURL.portal.url)) { "\u{2190} Your listings" } }
            h1 { "Message volumes" }
            p {
                "Counts of the messages people sent facilities through Haven, and of those turned away (robots, and senders over the limits). "
                "Nobody but a facility's managers can read a message; this page never shows one."
            }
            p { "Kept now: \(Format.grouped(m.stored)) messages (each is deleted \(m.retentionDays) days after it was sent)." }
            perDay(m.days)
            top("most", "Facilities with the most messages, last 7 days", m.topInquiries)
            top("turned-away", "Facilities with the most messages turned away, last 7 days", m.topTurnedAway)
        }
    }

    /// The days with something counted, newest first (a flood stands out; quiet days are left out).
    static func perDay(_ days: [(day: String, counts: [CountMetric: Int])]) -> Node {
        let counted = days.filter { !$0.counts.values.allSatisfy { $0 == 0 } }
        return section(.ariaLabelledBy("per-day")) {
            h2(.id("per-day")) { "Last \(days.count) days" }
            if counted.isEmpty { p { "Nothing counted." } } else {
                p(.class("hint")) { "Days with nothing counted are left out." }
                table(.class("counts")) {
                    thead {
                        tr {
                            th(.scope("col")) { "Day (UTC)" }; th(.scope("col")) { "Sent" }; th(.scope("col")) { "Robots" }
                            th(.scope("col")) { "Over the limits" }; th(.scope("col")) { "Page views" }
                        }
                    }
                    tbody {
                        for d in counted {
                            tr {
                                th(.scope("row")) { text(d.day) }
                                for metric in [CountMetric.inquiry, .inquiryRefused, .inquiryLimited, .view] {
                                    td { text(Format.grouped(d.counts[metric] ?? 0)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func top(_ id: String, _ heading: String, _ rows: [(id: UUID, name: String, count: Int)]) -> Node {
        section(.ariaLabelledBy(id)) {
            h2(.id(id)) { text(heading) }
            if rows.isEmpty { p { "None." } } else {
                ol { for r in rows { li { a(.href(SiteURL.facility(.value(r.id)).url)) { text(r.name) }; text(": \(Format.grouped(r.count))") } } }
            }
        }
    }
}
