import HavenCore
import HavenHTML

/// A link mailed to prove an address: a button to confirm (a mail scanner that opens links confirms nothing), then
/// the outcome. An unknown, used or expired link says so.
enum ConfirmEmailPage {
    enum State { case ready(token: String), confirmed, invalid }

    static func view(_ state: State, formToken: String) -> Node {
        Layout.page(.init(title: "Confirm your e-mail address", description: "Confirm an e-mail address for Haven.")) {
            h1 { "Confirm your e-mail address" }
            switch state {
            case .ready(let token):
                p { "Confirm that this address is yours, so Haven's moderators know the request came from someone who reads it." }
                form(.method("post"), .action(SiteURL.confirmEmail.url)) {
                    FormParts.token(formToken)
                    input([.type("hidden"), .name("token"), .value(token)])
                    button(.type("submit")) { "Confirm" }
                }
            case .confirmed:
                p(.class("notice"), .role("status")) { "Confirmed. Thank you: Haven's moderators will see that the address is yours." }
                p { a(.href(SiteURL.portal.url)) { "Go to your listings" } }
            case .invalid:
                p { "This link has expired or has been used." }
            }
        }
    }
}
