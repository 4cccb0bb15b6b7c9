import HavenCore
import HavenHTML

/// "Your list": up to ten places to read, print (five fit a printed page), send by text or e-mail, or compare.
enum ListPage {
    static func view(_ m: ListPageModel) -> Node {
        let n = m.places.count
        return Layout.page(.init(title: "Your list", description: "A short list of treatment places to print, save or share.")) {
          div(.class("my-list-page")) {
            h1 { "Your list" }
            if m.list.isEmpty {
                p { "Your list is empty. On a search's results or a place's page, choose \u{201C}Add to my list\u{201D}: the list is kept in this page's address, not on Haven\u{2019}s server." }
                p { a(.href(SiteURL.home.url)) { "Find treatment" } }
            } else {
                p(.class("count")) {
                    "\(n) \(n == 1 ? "place" : "places")"
                    if let from = m.from, m.places.contains(where: { $0.miles != nil }) { text("; miles from \(from)") }
                    "."
                    if m.missing > 0 { text(" \(m.missing) \(m.missing == 1 ? "place on this list is" : "places on this list are") no longer listed.") }
                }
                share(m)
                ol(.class("my-list-places")) { for entry in m.places { place(entry, m) } }
                p(.class("freshness")) { "Programs change: call to confirm hours, services and payment before you go." }
            }
          }
        }
    }

    /// Keep it, send it, print it, compare: each opens the person's own app, nothing goes through Haven.
    static func share(_ m: ListPageModel) -> Node {
        section(.class("share"), .ariaLabelledBy("share")) {
            h2(.id("share")) { "Keep or share this list" }
            p { "The list lives in this page\u{2019}s address: bookmark it, or copy it from the address bar. Haven keeps no copy." }
            ul {
                if let sms = m.smsURL { li { a(.href(sms)) { "Send it by text message" } } }
                if let mail = m.mailURL { li { a(.href(mail)) { "Send it by e-mail" } } }
                li { "Print it with your browser\u{2019}s Print command: the printout has each place and the crisis lines." }
                if (2...4).contains(m.places.count) {
                    li { a(.href(SiteURL.list(m.list, near: m.near, compare: true))) { "Compare them side by side" } }
                }
                if let back = m.backToSearch { li { a(.href(back)) { "Back to the search" } } }
            }
        }
    }

    /// The first `n` names, and how many more (a printed page holds five places).
    static func some(_ names: [String], _ n: Int) -> [String] {
        names.count <= n ? names : Array(names.prefix(n)) + ["and \(names.count - n) more"]
    }

    static func place(_ entry: ListPageModel.Place, _ m: ListPageModel) -> Node {
        let l = entry.listing
        let offers = Self.some(m.offers(l), 6), payment = Self.some(m.payment(l), 5), ages = m.ages(l)
        return li(.class("listed")) {
            h2 { a(.href(SafeURL(path: SiteURL.facility(l).value + "?list=" + m.list.parameter))) { text(l.name) } }
            if !l.name2.isEmpty { p(.class("sub")) { text(l.name2) } }
            if let miles = entry.miles { p(.class("distance")) { text("\(Format.miles(miles)) away\(l.precision == .zipCentroid ? " (approximate)" : "")") } }
            p(.class("address")) { text(l.address.seekerLine) }
            if !l.phone.isEmpty { p(.class("phone")) { "Call "; Phone.link(l.phone) } }
            for intake in [l.intake1, l.intake2] where !intake.isEmpty && intake != l.phone { p(.class("phone")) { "Intake: "; Phone.link(intake) } }
            if let open = entry.open { p(.class(open.isOpen ? "hours open" : "hours closed")) { text(open.words) } }
            if let hours = l.details.hours, hours.hasTimes {
                p(.class("hours-lines")) { text(hours.lines.map { "\($0.day) \($0.hours)" }.joined(separator: "; ")) }
            }
            dl(.class("summary")) {
                if !offers.isEmpty { dt { "Offers" }; dd { text(offers.joined(separator: ", ")) } }
                if !payment.isEmpty { dt { "Payment" }; dd { text(payment.joined(separator: ", ")) } }
                if !ages.isEmpty { dt { "Ages" }; dd { text(ages.joined(separator: ", ")) } }
            }
            let date = ListPageModel.dataDate(l)
            if !date.isEmpty { p(.class("source")) { text(date) } }
            p(.class("list-add no-print")) {
                a(.href(SiteURL.list(m.list.removing(l.id), near: m.near))) { "Remove "; span(.class("visually-hidden")) { text(l.name) }; " from the list" }
            }
        }
    }
}
