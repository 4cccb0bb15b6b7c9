import HavenCore
import HavenHTML

/// The home page: one search form (place, distance, age, payment, type of care) and help now.
enum HomePage {
    static func view(_ m: HomePageModel) -> Node {
        let w = Words.current
        return Layout.page(.init(title: w.homeTitle, description: w.homeDescription, canonical: .home)) {
            h1 { text(w.homeHeading) }
            p(.class("lead")) { text(w.homeLead(m.facilityCount)) }
            form(.class("search"), .method("get"), .action(SiteURL.search.url), .role("search")) {
                SearchFields.place(near: nil, radius: SearchQuery.defaultRadius)
                SearchFields.need(nil)
                SearchFields.facetSelect(FacetSlug.age.rawValue, w.age, taxonomy: m.taxonomy, anyLabel: w.anyAge)
                SearchFields.facetSelect(FacetSlug.payment.rawValue, w.howWillYouPay, taxonomy: m.taxonomy, anyLabel: w.anyPayment)
                SearchFields.facetSelect(FacetSlug.careType.rawValue, w.typeOfCare, taxonomy: m.taxonomy, anyLabel: w.anyTypeOfCare)
                button(.type("submit")) { text(w.search) }
            }
            section(.ariaLabelledBy("help-now")) {
                h2(.id("help-now")) { text(w.needToTalk) }
                w.helpNow(helpline: a(.href(Phone.helpline)) { "1-800-662-4357" }, crisisLine: a(.href(Phone.crisisLine)) { "988" },
                          emergency: a(.href(Phone.emergency)) { "911" })
            }
            PopularList.view(m.popular, heading: w.popularCenters, staleBefore: m.staleBefore)
            p { a(.href(SiteURL.states.url)) { text(w.browseByState) } }
        }
    }
}
