import HavenCore
import HavenHTML

/// "Sign in": e-mail and password, and where to go after.
enum SignInPage {
    struct Model {
        var email = ""
        var next: SafeURL?
        var notice: String?
        var errors = FormErrors()
        let token: String
    }

    static func view(_ m: Model) -> Node {
        Layout.page(.init(title: "Sign in", description: "Sign in to manage a listing on Haven.")) {
            h1 { "Sign in" }
            if let notice = m.notice { p(.class("notice"), .role("status")) { text(notice) } }
            p { "For provider staff, moderators and editors. You don't need an account to search for treatment." }
            FormParts.errorSummary(m.errors)
            form(.method("post"), .action(SiteURL.signIn.url), .novalidate) {
                FormParts.token(m.token)
                if let next = m.next { input([.type("hidden"), .name("next"), .value(next.value)]) }
                FormParts.field("email", "E-mail address", type: "email", value: m.email, autocomplete: "email", errors: m.errors, maxLength: 254)
                FormParts.field("password", "Password", type: "password", autocomplete: "current-password", errors: m.errors,
                                maxLength: PasswordRules.maximumLength)
                button(.type("submit")) { "Sign in" }
            }
            p { a(.href(SiteURL.resetRequest.url)) { "Forgot your password?" } }
            p { "New here? "; a(.href(m.next.map { SiteURL.register.with([("next", $0.value)]) } ?? SiteURL.register.url)) { "Create a provider account" } }
        }
    }
}
