import HavenCore
import HavenHTML

/// Resetting a password: ask for a link, then choose a new password from it.
enum ResetPages {
    struct RequestModel {
        var email = ""
        var sentTo: String?
        var errors = FormErrors()
        let token: String
    }

    static func request(_ m: RequestModel) -> Node {
        Layout.page(.init(title: "Reset your password", description: "Get a link to choose a new password.")) {
            h1 { "Reset your password" }
            if let sent = m.sentTo {
                p(.class("notice"), .role("status")) {
                    "If an account uses \(sent), we have sent it a link to choose a new password. The link works for one hour, once."
                }
                p { "No message? Check your spam folder, or "; a(.href(SiteURL.resetRequest.url)) { "ask again" }; "." }
            } else {
                p { "Enter the e-mail address you sign in with. We'll send a link to choose a new password." }
                FormParts.errorSummary(m.errors)
                form(.method("post"), .action(SiteURL.resetRequest.url), .novalidate) {
                    FormParts.token(m.token)
                    FormParts.field("email", "E-mail address", type: "email", value: m.email, autocomplete: "email", errors: m.errors, maxLength: 254)
                    button(.type("submit")) { "Send the link" }
                }
            }
        }
    }

    struct NewPasswordModel {
        /// The mailed token, carried in the form (never shown); nil when the link is unknown, used or expired.
        var resetToken: String?
        var errors = FormErrors()
        let token: String
    }

    static func newPassword(_ m: NewPasswordModel) -> Node {
        Layout.page(.init(title: "Choose a new password", description: "Choose a new password for your Haven account.")) {
            h1 { "Choose a new password" }
            if let reset = m.resetToken {
                FormParts.errorSummary(m.errors)
                form(.method("post"), .action(SiteURL.resetPassword.url), .novalidate) {
                    FormParts.token(m.token)
                    input([.type("hidden"), .name("token"), .value(reset)])
                    FormParts.field("password", "New password", type: "password", autocomplete: "new-password",
                                    hint: "At least \(PasswordRules.minimumLength) characters.", errors: m.errors,
                                    maxLength: PasswordRules.maximumLength)
                    button(.type("submit")) { "Save the new password" }
                }
                p { "Saving it signs you out everywhere else." }
            } else {
                p(.class("error"), .role("alert")) { "This link has expired or has been used. Links work for one hour, once." }
                p { a(.href(SiteURL.resetRequest.url)) { "Ask for a new link" } }
            }
        }
    }
}
