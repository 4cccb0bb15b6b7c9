/// What the editorial pages say after an action.
enum RevisionNotice: String, Notice {
    case saved, submitted, approved, returned

    var text: String {
        switch self {
        case .saved: "Saved as a draft. Send it for medical review when it is ready."
        case .submitted: "Sent for medical review. The public keeps reading the approved revision until a reviewer approves this one."
        case .approved: "Approved: the public reads this revision from now on."
        case .returned: "Returned to the editor with your note."
        }
    }
}

/// A medical reviewer confirmed a guide's current text (the guide's page names the next review date itself).
enum GuideConfirmedNotice: String, Notice {
    case confirmed

    var text: String { "Review date renewed." }
}
