import HavenHTML

/// The moderators' queue of reported problems.
enum ReportsQueuePage {
    static func view(_ reports: [(report: ReportRow, facilityName: String)], notice: String?, token: String) -> Node {
        Layout.page(.init(title: "Reported problems", description: "Moderation queue.")) {
            h1 { "Reported problems" }
            if let notice { p(.class("notice"), .role("status")) { text(notice) } }
            if reports.isEmpty { p { "No open reports." } }
            ReportList.view(reports, token: token, showFacility: true)
        }
    }
}
