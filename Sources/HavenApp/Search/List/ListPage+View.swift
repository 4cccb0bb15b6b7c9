import HavenCore
import HavenHTML

/// "Your list": up to ten places to read, print (five fit a printed page), send by text or e-mail, or compare.
enum ListPage {
    static func view(_ m: ListPageModel) -> Node {
        let n = m.places.count
        let w = Words.current
        return Layout.page(.init(title: w.yourListTitle, description: w.listDescription)) {
          div(.class("my-list-page")) {
            h1 { text(w.yourListTitle) }
            if m.list.isEmpty {
                p { text(w.listEmpty) }
                p { a(.href(SiteURL.home.url)) { text(w.findTreatment) } }
            } else {
                p(.class("count")) {
                    text(w.places(n))
                    if let from = m.from, m.places.contains(where: { $0.miles != nil }) { text(w.milesFrom(from)) }
                    "."
                    if m.missing > 0 { text(w.noLongerListed(m.missing)) }
                }
                share(m)
                ol(.class("my-list-places")) { for entry in m.places { place(entry, m) } }
                p(.class("freshness")) { text(w.callToConfirm) }
            }
          }
        }
    }

    /// Keep it, send it, print it, compare: each opens the person's own app, nothing goes through Haven.
    static func share(_ m: ListPageModel) -> Node {
        let w = Words.current
        return section(.class("share"), .ariaLabelledBy("share")) {
            h2(.id("share")) { text(w.keepOrShare) }
            p { text(w.listLivesInAddress) }
            ul {
                if let sms = m.smsURL { li { a(.href(sms)) { text(w.sendByText) } } }
                if let mail = m.mailURL { li { a(.href(mail)) { text(w.sendByEmail) } } }
                li { text(w.printIt) }
                if (2...4).contains(m.places.count) {
                    li { a(.href(SiteURL.list(m.list, near: m.near, compare: true))) { text(w.compareSideBySide) } }
                }
                if let back = m.backToSearch { li { a(.href(back)) { text(w.backToTheSearch) } } }
            }
        }
    }

    /// The first `n` names, and how many more (a printed page holds five places).
    static func some(_ names: [String], _ n: Int) -> [String] {
        names.count <= n ? names : Array(names.prefix(n)) + [Words.current.andMore(names.count - n)]
    }

    static func place(_ entry: ListPageModel.Place, _ m: ListPageModel) -> Node {
        let l = entry.listing
        let offers = Self.some(m.offers(l), 6), payment = Self.some(m.payment(l), 5), ages = m.ages(l)
        let w = Words.current
        return li(.class("listed")) {
            h2 { a(.href(SafeURL(path: SiteURL.facility(l).value + "?list=" + m.list.parameter))) { text(l.name) } }
            if !l.name2.isEmpty { p(.class("sub")) { text(l.name2) } }
            if let miles = entry.miles { p(.class("distance")) { text(w.away(Format.miles(miles), approximate: l.precision == .zipCentroid)) } }
            p(.class("address")) { text(l.address.seekerLine) }
            if !l.phone.isEmpty { p(.class("phone")) { text(w.call); Phone.link(l.phone) } }
            for intake in [l.intake1, l.intake2] where !intake.isEmpty && intake != l.phone { p(.class("phone")) { text(w.intakePhone + ": "); Phone.link(intake) } }
            if let open = entry.open { p(.class(open.isOpen ? "hours open" : "hours closed")) { text(open.words) } }
            if let hours = l.details.hours, hours.hasTimes {
                p(.class("hours-lines")) { text(hours.lines.map { "\($0.day) \($0.hours)" }.joined(separator: "; ")) }
            }
            dl(.class("summary")) {
                if !offers.isEmpty { dt { text(w.offers) }; dd { text(offers.joined(separator: ", ")) } }
                if !payment.isEmpty { dt { text(w.payment) }; dd { text(payment.joined(separator: ", ")) } }
                if !ages.isEmpty { dt { text(w.ages) }; dd { text(ages.joined(separator: ", ")) } }
            }
            let date = ListPageModel.dataDate(l)
            if !date.isEmpty { p(.class("source")) { text(date) } }
            p(.class("list-add no-print")) {
                a(.href(SiteURL.list(m.list.removing(l.id), near: m.near))) { text(w.removeFromList.before); span(.class("visually-hidden")) { text(l.name) }; text(w.removeFromList.after) }
            }
        }
    }
}
