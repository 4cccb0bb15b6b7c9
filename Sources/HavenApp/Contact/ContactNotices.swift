/// What a facility's inbox says after a manager acted on a message.
enum InboxNotice: String, Notice {
    case deleted

    var text: String { "Deleted." }
}

enum InquiryNotice: String, Notice {
    case status

    var text: String { "Saved." }
}
