import HavenCore
import HavenHTML

/// "Create a provider account": name, work e-mail, password.
enum RegisterPage {
    struct Model {
        var name = ""
        var email = ""
        /// Where to go once registered (the claim form the person came from).
        var next: SafeURL?
        var errors = FormErrors()
        let token: String
        /// Sent: the address the form was sent for (the answer is the same whether or not it had an account).
        var sentTo: String? = nil
    }

    static func view(_ m: Model) -> Node {
        Layout.page(.init(title: m.sentTo == nil ? "Create a provider account" : "Check your e-mail",
                          description: "An account for staff of treatment programs listed on Haven.")) {
            if let email = m.sentTo { sent(email, next: m.next) } else { registration(m) }
        }
    }

    @NodeBuilder private static func sent(_ email: String, next: SafeURL?) -> Node {
            h1 { "Check your e-mail" }
            p(.class("notice"), .role("status")) {
                text("We have sent a message to \(email). If the account is new, it holds a link to confirm the address; if the address already had an account, it says so.")
            }
            p {
                text("You can sign in now with the password you chose: ")
                a(.href(next.map { SiteURL.signIn.with([("next", $0.value)]) } ?? SiteURL.signIn.url)) { "Sign in" }
            }
            p { "Moderators see whether an address is confirmed when they decide a request to manage a listing." }
    }

    @NodeBuilder private static func registration(_ m: Model) -> Node {
            h1 { "Create a provider account" }
            p { "For staff of treatment programs who keep their listing up to date. Looking for help for yourself or someone else? "; a(.href(SiteURL.home.url)) { "Search for treatment" }; " (no account needed)." }
            FormParts.errorSummary(m.errors)
            form(.method("post"), .action(SiteURL.register.url), .novalidate) {
                FormParts.token(m.token)
                if let next = m.next { input([.type("hidden"), .name("next"), .value(next.value)]) }
                FormParts.field("name", "Your name", value: m.name, autocomplete: "name", errors: m.errors, maxLength: 100)
                FormParts.field("email", "Work e-mail address", type: "email", value: m.email, autocomplete: "email", errors: m.errors, maxLength: 254)
                FormParts.field("password", "Password", type: "password", autocomplete: "new-password",
                                hint: "At least \(PasswordRules.minimumLength) characters. A few words together are easy to remember and hard to guess.",
                                errors: m.errors, maxLength: PasswordRules.maximumLength)
                button(.type("submit")) { "Create account" }
            }
            p { "Already have an account? "; a(.href(m.next.map { SiteURL.signIn.with([("next", $0.value)]) } ?? SiteURL.signIn.url)) { "Sign in" } }
    }
}
