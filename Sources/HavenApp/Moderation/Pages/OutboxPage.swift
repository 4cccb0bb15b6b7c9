import HavenHTML

/// The mail Haven sent or is sending, for admins: with no mail server configured, this is where messages are read.
enum OutboxPage {
    static func view(_ rows: [MailRow], delivering: Bool) -> Node {
        Layout.page(.init(title: "Outbox", description: "Mail Haven sent.")) {
            h1 { "Outbox" }
            p {
                delivering
                    ? "Messages are delivered by the configured mail server (HAVEN_SMTP_URL); each is kept here with its delivery state."
                    : "No mail server is configured (HAVEN_SMTP_URL), so messages are kept here only: pass them on by hand."
            }
            if rows.isEmpty { p { "No messages yet." } }
            for r in rows {
                details(.class("mail")) {
                    summary { text("\(Format.dayAndTime(r.createdAt)) · to \(r.recipient) · \(r.subject) · \(r.status.rawValue)\(r.attempts > 1 ? ", \(r.attempts) attempts" : "")") }
                    if let e = r.lastError { p(.class("error")) { text("Last error: \(e)") } }
                    if InquirySealer.isSealedText(r.body) || r.kind.carriesOneTimeLink {
                        // Its one-time link is for its recipient only: sealed until sent, never shown.
                        p(.class("hint")) { "The text holds a one-time link for its recipient only: it is sealed, and not shown here." }
                    } else {
                        pre { text(r.body) }
                    }
                }
            }
        }
    }
}
