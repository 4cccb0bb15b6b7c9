/// What a form is for: its signed token names it, so a token made for one form never works on another.
enum FormPurpose: String, Sendable, CaseIterable {
    case accountRole = "account-role"
    case changePassword = "change-password"
    case confirmEmail = "confirm-email"
    case endSessions = "end-sessions"
    case claim
    case confirmGuide = "confirm-guide"
    case decideClaim = "decide-claim"
    case guideForm = "guide-form"
    case guideReview = "guide-review"
    case inquiry
    case inquiryStatus = "inquiry-status"
    case leave
    case newPassword = "new-password"
    case profile
    case register
    case report
    case reset
    case resolveReport = "resolve-report"
    case reviewEdits = "review-edits"
    case signIn = "sign-in"
    case signOut = "sign-out"
    case suspension
}
