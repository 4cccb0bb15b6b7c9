import HavenHTML

/// Every moderation and account action, newest first, naming the people and listings involved.
enum AuditLogPage {
    static func view(_ rows: [AuditRow], names: AuditNames) -> Node {
        Layout.page(.init(title: "Audit log", description: "Moderation and account actions.")) {
            h1 { "Audit log" }
            if rows.isEmpty { p { "Nothing yet." } } else {
                table {
                    caption { "The latest \(rows.count) actions, newest first" }
                    thead { tr { th(.scope("col")) { "When" }; th(.scope("col")) { "Who" }; th(.scope("col")) { "What" }; th(.scope("col")) { "On" }; th(.scope("col")) { "Detail" } } }
                    tbody {
                        for r in rows {
                            let subject = names.subject(r.subject)
                            tr {
                                td { text(Format.dayAndTime(r.at)) }
                                td { text(r.actorId.flatMap { names.users[$0] }.map { "\($0.name) (\($0.email))" } ?? r.actor) }
                                td { text(r.action.words) }
                                td { if let link = subject.link { a(.href(link)) { text(subject.text) } } else { text(subject.text) } }
                                td { text(names.detail(r.detail)) }
                            }
                        }
                    }
                }
            }
        }
    }
}
