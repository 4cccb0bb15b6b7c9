import HavenHTML

/// Every moderation and account action, newest first.
enum AuditLogPage {
    static func view(_ rows: [AuditRow]) -> Node {
        Layout.page(.init(title: "Audit log", description: "Moderation and account actions.")) {
            h1 { "Audit log" }
            if rows.isEmpty { p { "Nothing yet." } } else {
                table {
                    caption { "The latest \(rows.count) actions, newest first" }
                    thead { tr { th(.scope("col")) { "When" }; th(.scope("col")) { "Who" }; th(.scope("col")) { "What" }; th(.scope("col")) { "On" }; th(.scope("col")) { "Detail" } } }
                    tbody {
                        for r in rows {
                            tr { td { text(Format.dayAndTime(r.at)) }; td { text(r.actor) }; td { text(r.action.rawValue) }; td { text(r.subject) }; td { text(r.detail) } }
                        }
                    }
                }
            }
        }
    }
}
