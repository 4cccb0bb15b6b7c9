/// What a managed listing's page says after an action on it.
enum ManageNotice: String, Notice {
    case saved, resolved, suspended, reinstated
    case reasonNeeded = "reason-needed"

    var text: String {
        switch self {
        case .saved: "Saved. Search shows the change now."
        case .resolved: "Marked resolved."
        case .suspended: "Suspended: the listing is out of search, and its page says why."
        case .reinstated: "Reinstated: the listing is back in search."
        case .reasonNeeded: "Give a reason to suspend the listing: its page shows it."
        }
    }
}
