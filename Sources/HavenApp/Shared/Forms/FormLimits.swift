import Foundation
import Vapor

/// Limits on the forms people could hammer, each allowance kept apart so that spending one never blocks another
/// (issue 19, finding 4: resets, registrations and wrong passwords from anyone shared one allowance per account,
/// and once it was spent the right password was refused):
/// - every submission from a client address: `clientBurst` in ten minutes;
/// - wrong passwords for an account, from all clients together: `accountBurst` in 15 minutes. Guessing stays
///   bounded; the owner still gets in with a reset link, which neither this allowance nor a reset request touches,
///   and a completed reset refills it;
/// - mail an address can be sent from forms (reset requests, registrations with it): `accountBurst` in 15 minutes;
///   a link already sent keeps working;
/// - requests to manage listings per account: `accountBurst` in 15 minutes.
/// Kept in memory per instance, only while a bucket is not full (as every rate limit in Haven).
final class FormLimits: Sendable {
    enum Allowance: Sendable {
        /// Sign-in to this account: refused while its wrong passwords are spent (a check only: `failed` charges).
        case signIn(String)
        /// A form that mails this address (reset, registration).
        case mail(String)
        /// A claim by this account.
        case claim(String)
        /// A report from this client on this listing (never per listing alone: a few clients must not be able to
        /// close reporting on a listing to everyone).
        case report(client: String, facility: UUID)
        /// No allowance beyond the client's.
        case none
    }

    let perClient: RateLimiter
    let wrongPasswords: RateLimiter
    let mailings: RateLimiter
    let claims: RateLimiter
    let reports: RateLimiter

    init(clientBurst: Int, accountBurst: Int) {
        perClient = RateLimiter(rate: Double(clientBurst) / 600, burst: Double(clientBurst))
        wrongPasswords = RateLimiter(rate: Double(accountBurst) / 900, burst: Double(accountBurst))
        mailings = RateLimiter(rate: Double(accountBurst) / 900, burst: Double(accountBurst))
        claims = RateLimiter(rate: Double(accountBurst) / 900, burst: Double(accountBurst))
        reports = RateLimiter(rate: Double(accountBurst) / 900, burst: Double(accountBurst))
    }

    /// nil when allowed; else a sentence saying why not and when to try again, and the seconds to wait (the 429's
    /// `Retry-After`). Every submission counts against the client.
    func check(client: String, _ allowance: Allowance) -> (message: String, seconds: Int)? {
        if let wait = perClient.take(client).wait {
            return ("Too many tries from this connection. Wait \(Self.minutes(wait)) and try again.", Int(wait.rounded(.up)))
        }
        switch allowance {
        case .signIn(let email) where !email.isEmpty:
            if let wait = wrongPasswords.wait(email.lowercased()) {
                return ("Too many wrong passwords for this account. Wait \(Self.minutes(wait)), or reset the password: the link we mail lets you in now.",
                        Int(wait.rounded(.up)))
            }
        case .mail(let email) where !email.isEmpty:
            if let wait = mailings.take(email.lowercased()).wait {
                return ("We have sent several messages to this address already: use the link in the last one, or wait \(Self.minutes(wait)).",
                        Int(wait.rounded(.up)))
            }
        case .claim(let email) where !email.isEmpty:
            if let wait = claims.take(email.lowercased()).wait {
                return ("Too many requests from this account. Wait \(Self.minutes(wait)) and try again.", Int(wait.rounded(.up)))
            }
        case .report(let client, let facility):
            if let wait = reports.take("\(client) \(facility)").wait {
                return ("You have reported this listing several times already: moderators will read what you sent. Wait \(Self.minutes(wait)) to send more.",
                        Int(wait.rounded(.up)))
            }
        default: break
        }
        return nil
    }

    /// A wrong password for `account`.
    func failed(account: String) { _ = wrongPasswords.take(account.lowercased()) }

    /// The owner proved they hold the address (a reset link used): wrong passwords before count no more.
    func recovered(account: String) { wrongPasswords.forget(account.lowercased()) }

    /// "a minute", "12 minutes": a wait as a form says it.
    static func minutes(_ seconds: Double) -> String {
        let m = Int((seconds / 60).rounded(.up))
        return m <= 1 ? "a minute" : "\(m) minutes"
    }
}
