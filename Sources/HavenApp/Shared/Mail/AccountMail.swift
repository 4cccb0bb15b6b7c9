import Foundation
import HavenCore

/// The messages accounts and claims send. Plain text, no health details, nothing a seeker typed.
enum AccountMail {
    static func reset(to user: UserRow, link: String) -> Mail {
        Mail(recipient: user.email, subject: "Choose a new password for Haven", body: """
            Hello \(user.name),

            Someone (we hope you) asked to reset the password of your Haven account. To choose a new one, open this
            link within an hour; it works once:

            \(link)

            If you did not ask, ignore this message: your password stays as it is.

            Haven
            """, kind: .passwordReset)
    }

    /// No mail server is set: no link was made. The outbox says so; an operator can give a link at the terminal.
    static func resetWithoutServer(to user: UserRow) -> Mail {
        Mail(recipient: user.email, subject: "Password reset asked for (not sent: no mail server)", body: """
            Someone asked to reset the password of the Haven account \(user.email). No mail server is set
            (HAVEN_SMTP_URL), so no link was made or sent. If the account's owner asked you, an operator can give them a
            one-time link with:

                haven admin reset-link \(user.email)
            """, kind: .resetRequested)
    }

    /// A new account: confirm the address with a one-time link.
    static func confirmAccount(to user: UserRow, link: String) -> Mail {
        Mail(recipient: user.email, subject: "Confirm your e-mail address for Haven", body: """
            Hello \(user.name),

            Thank you for creating a provider account on Haven. Open this link within a week to confirm that this
            address is yours; it works once:

            \(link)

            If you did not create an account, ignore this message.

            Haven
            """, kind: .confirmEmail)
    }

    /// Someone tried to create an account with an address that has one: its owner is told (the form said only
    /// "check your e-mail", as it does for every address).
    static func registrationAttempt(to user: UserRow, signIn: String, reset: String) -> Mail {
        Mail(recipient: user.email, subject: "Someone tried to create a Haven account with your address", body: """
            Hello \(user.name),

            Someone tried to create a new Haven account with this e-mail address, which already has one. Nothing was
            changed. If it was you, sign in instead:

            \(signIn)

            or, if you forgot your password, choose a new one:

            \(reset)

            If it was not you, you need do nothing.

            Haven
            """, kind: .registrationAttempt)
    }

    /// Proves a claim's work e-mail: sent to that address, with a one-time link. Nothing else about the claim.
    static func confirmWorkEmail(to email: String, facility: String, link: String) -> Mail {
        Mail(recipient: email, subject: "Confirm your work e-mail for Haven", body: """
            Hello,

            Someone asked to manage the listing of \(facility) on Haven and gave this address as their work e-mail. If it
            was you, open this link within a week to confirm it; it works once:

            \(link)

            If it was not you, ignore this message: nothing is confirmed, and the moderators will see that.

            Haven
            """, kind: .confirmEmail)
    }

    static func firstAdmin(to user: UserRow, link: String) -> Mail {
        Mail(recipient: user.email, subject: "Your Haven administrator account", body: """
            Hello \(user.name),

            An administrator account was made for you on Haven. Choose its password with this link, within a day; it
            works once:

            \(link)

            Haven
            """, kind: .passwordReset)
    }

    static func claimReceived(to user: UserRow, facility: String, portal: String) -> Mail {
        Mail(recipient: user.email, subject: "We received your request to manage a listing", body: """
            Hello \(user.name),

            Thank you for asking to manage the listing of \(facility) on Haven. A moderator will check it, usually by
            calling the work phone number you gave, and you will get a message with the decision. Your requests and
            where they stand are in your portal:

            \(portal)

            Haven
            """, kind: .claimReceived)
    }

    static func guideAwaitsReview(to reviewer: UserRow, title: String, link: String) -> Mail {
        Mail(recipient: reviewer.email, subject: "A guide is waiting for your medical review", body: """
            Hello \(reviewer.name),

            A revision of the guide "\(title)" was sent for medical review on Haven. Sign in to read it, see what changed,
            and approve it or return it with a note:

            \(link)

            Haven
            """, kind: .guideReview)
    }

    static func claimWaiting(to moderator: UserRow, link: String) -> Mail {
        Mail(recipient: moderator.email, subject: "A request to manage a listing is waiting", body: """
            Hello \(moderator.name),

            A request to manage a listing on Haven is waiting for a decision. Sign in to read it:

            \(link)

            Haven
            """, kind: .claimReceived)
    }

    /// A message is waiting: which listing, and where to read it. Nothing about the sender or what they wrote.
    static func inquiryReceived(to email: String, facility: String, link: String) -> Mail {
        Mail(recipient: email, subject: "You have a new message on Haven", body: """
            Hello,

            Someone sent a message to \(facility) through Haven. For their privacy it is not in this e-mail: sign in to
            read it and reach back.

            \(link)

            Haven
            """, kind: .inquiryReceived)
    }

    static func reportReceived(to email: String, facility: String, link: String) -> Mail {
        Mail(recipient: email, subject: "A problem was reported on your Haven listing", body: """
            Hello,

            Someone reported a problem with the listing of \(facility) on Haven. Sign in to read it, correct the listing,
            and mark the report resolved:

            \(link)

            Haven
            """, kind: .reportReceived)
    }

    /// `link`: the listing's page in the portal when approved, its public page when declined.
    static func claimDecided(to user: UserRow, facility: String, approved: Bool, reason: String, link: String) -> Mail {
        let outcome = approved
            ? "Your request to manage the listing of \(facility) was approved. Sign in to keep it up to date:\n\n\(link)"
            : "Your request to manage the listing of \(facility) was declined. Its public page:\n\n\(link)"
        return Mail(recipient: user.email, subject: approved ? "You now manage a listing on Haven" : "Your request to manage a listing", body: """
            Hello \(user.name),

            \(outcome)\(reason.isEmpty ? "" : "\n\nThe moderator wrote: \(reason)")

            Haven
            """, kind: .claimDecided)
    }
}
