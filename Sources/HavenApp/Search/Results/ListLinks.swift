import Foundation
import HavenCore
import HavenHTML

/// The links a results page gives each card for the seeker's list (`PlaceList`, kept in the URL): "add to my list"
/// goes back to the same page with the id added, to the same card. The page's address is made once; each card only
/// appends its id (a results page has twenty cards and is Haven's hottest page).
struct ListLinks {
    let list: PlaceList
    let query: SearchQuery
    /// The page's own address with `list=` last, ready for one more id.
    private let addPrefix: String
    /// What a facility link carries so its page keeps the list ("" with no list).
    let facilitySuffix: String

    init(_ query: SearchQuery) {
        self.query = query
        list = query.list
        let here = SiteURL.search(query, page: query.page).value
        addPrefix = list.isEmpty ? here + (here.contains("?") ? "&list=" : "?list=") : here + ","
        facilitySuffix = list.isEmpty ? "" : "?list=" + list.parameter
    }

    /// The card's line: add, or on the list (with remove); nothing when the list is full and the place is not on it.
    func line(_ f: FacilityListing) -> Node {
        let id = f.idString
        if list.contains(f.id) {
            var q = query
            q.list = list.removing(f.id)
            return Self.on.current(.text(id), .url(SafeURL(path: SiteURL.search(q, page: q.page).value + "#add-" + id)), .text(f.name))
        }
        guard !list.isFull else { return .empty }
        return Self.add.current(.text(id), .url(SafeURL(path: addPrefix + id + "#add-" + id)), .text(f.name))
    }

    /// The facility page's address, carrying the list.
    func facility(_ f: FacilityListing) -> SafeURL {
        facilitySuffix.isEmpty ? SiteURL.facility(f) : SafeURL(path: SiteURL.prefix() + "/facilities/" + f.idString + facilitySuffix)
    }

    static let add = ByLanguage { w in
        Template { h in
            p(.class("list-add"), .id("add-" + h.string(0))) {
                a(.href(h.url(1))) { text(w.addToMyList.before); span(.class("visually-hidden")) { h.text(2) }; text(w.addToMyList.after) }
            }
        }
    }
    static let on = ByLanguage { w in
        Template { h in
            p(.class("list-add on"), .id("add-" + h.string(0))) {
                span(.ariaHidden) { "\u{2713} " }
                text(w.onYourList)
                a(.href(h.url(1))) { text(w.removeFromList.before); span(.class("visually-hidden")) { h.text(2) }; text(w.removeFromList.after) }
            }
        }
    }
}
