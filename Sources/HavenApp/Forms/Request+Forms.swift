import Foundation
import HavenHTML
import Vapor

extension Request {
    /// A signed token for a form this request's page shows, bound to the session when someone is signed in.
    func formToken(_ purpose: String, _ who: SignedIn?) async throws -> String {
        try await application.siteSecrets.formGuard(db).token(purpose: purpose, binding: who?.sessionID ?? "")
    }

    /// The posted form, when it was sent from this site's own page for `purpose`. A cross-site or forged submission
    /// is refused (403); one whose page was open too long comes back with `expired`, for the form to be shown again
    /// with everything typed.
    func postedForm(_ purpose: String, _ who: SignedIn?) async throws -> (input: FormInput, expired: Bool) {
        let input = try FormInput(self)
        guard FormGuard.sameOrigin(self) else { throw Self.refusedForm }
        switch try await application.siteSecrets.formGuard(db).check(input[FormGuard.fieldName], purpose: purpose, binding: who?.sessionID ?? "") {
        case .ok: return (input, false)
        case .expired: return (input, true)
        case .forged: throw Self.refusedForm
        }
    }

    private static let refusedForm = HavenError(.forbidden, "Form refused",
        "For your safety, Haven accepts forms only from its own pages, sent in the same session. Go back, reload the page and send it again.")

    /// The form limits for this client (and the account typed, if any).
    func formLimited(account: String?, charge: Bool = true, subject: String = "this account") -> (message: String, seconds: Int)? {
        application.formLimits.check(client: clientAddress, account: account, charge: charge, subject: subject)
    }
}

/// What forms say when their page was open too long.
enum FormMessages {
    static let expired = "This page was open a long time, so for your safety it needs sending again. Check the form and send it again."
}

/// Answers that move a browser on.
enum Redirect {
    /// 303: after a form, the browser loads `to` with GET.
    static func to(_ url: SafeURL) -> Response {
        let res = Response(status: .seeOther)
        res.headers.replaceOrAdd(name: .location, value: url.value)
        return res
    }

    /// 301: the one address of a page typed another way.
    static func permanent(_ url: SafeURL) -> Response {
        let res = Response(status: .movedPermanently)
        res.headers.replaceOrAdd(name: .location, value: url.value)
        return res
    }

    /// A path on this site given in a form or query (`next`), or nil: never another site ("//host", "/\\host").
    static func localPath(_ text: String?) -> SafeURL? {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.hasPrefix("/\\"), text.count < 500,
              !text.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F || $0 == "\\" }) else { return nil }
        return SafeURL(path: text)
    }

    /// The sign-in page, coming back to this request's page after.
    static func signIn(returningTo req: Request) -> Response {
        to(SiteURL.signIn.with([("next", req.url.path)]))
    }
}
