import Foundation
import HavenHTML
import Vapor

extension Request {
    /// A signed token for a form this request's page shows, bound to the session when someone is signed in.
    func formToken(_ purpose: FormPurpose, _ who: SignedIn?) async throws -> String {
        try await application.siteSecrets.formGuard(db).token(purpose: purpose.rawValue, binding: who?.sessionID ?? "")
    }

    /// The posted form, when it was sent from this site's own page for `purpose`, in this session, within the
    /// token's lifetime. A cross-site or forged submission is refused (403), and so is one whose page was open too
    /// long (a one-button form has nothing typed to lose: the page is loaded again). Every form is checked here.
    func postedForm(_ purpose: FormPurpose, _ who: SignedIn?) async throws -> FormInput {
        let (input, expired) = try await postedFormKeepingTyped(purpose, who)
        if expired { throw Self.expiredForm }
        return input
    }

    /// The same check for a form that is shown again with everything typed when its page was open too long:
    /// `expired` is true then, and the caller must show it again rather than act on it.
    func postedFormKeepingTyped(_ purpose: FormPurpose, _ who: SignedIn?) async throws -> (input: FormInput, expired: Bool) {
        let input = try FormInput(self)
        guard FormGuard.sameOrigin(self, publicURL: application.havenSettings.publicURL) else { throw Self.refusedForm }
        switch try await application.siteSecrets.formGuard(db).check(input[FormGuard.fieldName], purpose: purpose.rawValue, binding: who?.sessionID ?? "") {
        case .ok: return (input, false)
        case .expired: return (input, true)
        case .forged: throw Self.refusedForm
        }
    }

    private static let refusedForm = HavenError(.forbidden, "Form refused",
        "For your safety, Haven accepts forms only from its own pages, sent in the same session. Go back, reload the page and send it again.")

    private static let expiredForm = HavenError(.forbidden, "Page open too long",
        "For your safety, a form works for 4 hours after its page is loaded. Go back, reload the page and send it again.")

    /// The form limits for this client and `allowance` (see `FormLimits`).
    func formLimited(_ allowance: FormLimits.Allowance) -> (message: String, seconds: Int)? {
        application.formLimits.check(client: clientAddress, allowance)
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
