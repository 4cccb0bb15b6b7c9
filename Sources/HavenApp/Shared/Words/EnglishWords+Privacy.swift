import HavenCore
import HavenHTML

/// The privacy page in English: what Haven keeps, for how long, and what it never does.
extension EnglishWords {
    var privacyTitle: String { "Privacy" }
    var privacyDescription: String { "What Haven keeps about you, for how long, and what it never does." }

    @NodeBuilder func privacy(_ m: PrivacyPage.Model) -> Node {
        h1 { "Privacy" }
        p(.class("lead")) {
            "Looking for treatment is private. Haven is built to know as little about you as it can and to keep that for as short a time as it can."
        }
        section(.ariaLabelledBy("never")) {
            h2(.id("never")) { "What Haven never does" }
            ul {
                li { "No advertising, no trackers, no analytics services, and no scripts, fonts or images from other sites: every page says so to your browser (a Content-Security-Policy), which then refuses anything from elsewhere." }
                li { "No cookies unless you sign in to an account. Searching, reading listings and guides, and sending a message to a facility set none." }
                li { "It never sells or shares what you do here, and never passes your message to anyone but the facility you chose." }
            }
        }
        section(.ariaLabelledBy("searching")) {
            h2(.id("searching")) { "When you search or read" }
            ul {
                li { "What you search for is not stored or logged. The server's log records errors, not the places or needs you typed." }
                li { "Your connection's address is held in memory only, to slow down anyone sending too many requests or forms, and forgotten once its limit has refilled (within an hour at most); it is never written down." }
                li {
                    "Each listing's page views are counted as a daily total per listing, to rank popular centers. To avoid counting robots and the same "
                    "person twice within half an hour, Haven remembers a scrambled code of your connection for half an hour, in memory only, under "
                    "a key that changes every day; it is never written down and cannot be turned back into your address. Visits while signed in are not counted."
                }
                li { "If you use \u{201C}Use my location\u{201D}, your browser sends the position with that one search; Haven does not keep it." }
            }
        }
        section(.ariaLabelledBy("messages")) {
            h2(.id("messages")) { "When you message a facility" }
            ul {
                li { "Only the people who manage that facility's listing can read your message. Haven's moderators and administrators see counts, never contents." }
                li { "Everything you type in the form is encrypted (AES-256-GCM) before it is stored, with a key kept apart from the database." }
                li { "It is deleted automatically \(m.inquiryRetentionDays) days after you send it, or sooner if the facility deletes it." }
                li { "The facility is told by e-mail that a message is waiting; the e-mail says nothing about you or what you wrote." }
                li { "Haven counts how many messages each facility receives per day, with nothing about who sent them." }
            }
        }
        section(.ariaLabelledBy("reports")) {
            h2(.id("reports")) { "When you report a problem with a listing" }
            p { "Your report, and your e-mail address if you give one, are seen by the listing's managers and Haven's moderators, and kept until the report is resolved and beyond it in the audit record of changes to the listing." }
        }
        section(.ariaLabelledBy("accounts")) {
            h2(.id("accounts")) { "If you have an account (providers, editors, moderators)" }
            ul {
                li { "Your name, e-mail address and a one-way hash of your password; for medical reviewers, the credentials an administrator records." }
                li { "One cookie, to keep you signed in: it holds a random token, lasts \(m.sessionHours) hours at most (an hour unused ends it sooner), and is deleted when you sign out." }
                li { "An audit record of the changes you make to listings and guides, and of moderators' decisions." }
                li { "Mail Haven sends you (password resets, decisions) is kept in its outbox; one-time links are removed once the mail is delivered." }
            }
        }
        p { "Questions: ask whoever runs this Haven. Haven is open source, so anyone can check that it does what this page says." }
    }
}
