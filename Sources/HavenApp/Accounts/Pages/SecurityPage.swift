import Foundation
import HavenCore
import HavenHTML

/// "Password and sessions": where the account is signed in, sign out everywhere else, change the password.
enum SecurityPage {
    struct Model {
        let user: UserRow
        let sessions: [SessionRow]
        /// The session of the browser reading the page.
        let current: String
        var notice: String?
        var errors = FormErrors()
        let passwordToken: String
        let sessionsToken: String
    }

    static func view(_ m: Model) -> Node {
        Layout.page(.init(title: "Password and sessions", description: "Your Haven account's password and where it is signed in.")) {
            p { a(.href(SiteURL.portal.url)) { "\u{2190} Your listings" } }
            h1 { "Password and sessions" }
            if let notice = m.notice { p(.class("notice"), .role("status")) { text(notice) } }
            section(.ariaLabelledBy("sessions")) {
                h2(.id("sessions")) { "Where you are signed in" }
                p { "A session ends when you sign out, after an hour unused, or 12 hours after signing in." }
                ul {
                    for s in m.sessions {
                        li {
                            text("Signed in \(Format.dayAndTime(s.createdAt)), last used \(Format.dayAndTime(s.lastUsed))")
                            if s.id == m.current { strong { " (this browser)" } }
                        }
                    }
                }
                if m.sessions.count > 1 {
                    form(.method("post"), .action(SiteURL.endSessions.url)) {
                        FormParts.token(m.sessionsToken)
                        button(.type("submit"), .class("secondary")) { "Sign out everywhere else" }
                    }
                }
            }
            section(.ariaLabelledBy("password-title")) {
                h2(.id("password-title")) { "Change your password" }
                p { "You stay signed in here; every other session ends." }
                FormParts.errorSummary(m.errors)
                form(.method("post"), .action(SiteURL.changePassword.url), .novalidate) {
                    FormParts.token(m.passwordToken)
                    FormParts.field("current_password", "Current password", type: "password", autocomplete: "current-password", errors: m.errors,
                                    maxLength: PasswordRules.maximumLength)
                    FormParts.field("password", "New password", type: "password", autocomplete: "new-password",
                                    hint: "At least \(PasswordRules.minimumLength) characters. A few words together are easy to remember.",
                                    errors: m.errors, maxLength: PasswordRules.maximumLength)
                    button(.type("submit")) { "Change the password" }
                }
            }
        }
    }
}
