import HavenCore
import HavenHTML

/// The home page: one search form (place, distance, age, payment, type of care) and help now.
enum HomePage {
    static func view(_ m: HomePageModel) -> Node {
        Layout.page(.init(title: "Find treatment near you",
                          description: "Find drug, alcohol and mental health treatment near you: detox, residential, outpatient, medication and therapy.",
                          canonical: .home)) {
            h1 { "Find drug, alcohol and mental health treatment" }
            p(.class("lead")) {
                "Search \(Format.grouped(m.facilityCount)) licensed treatment facilities from the national directories. Free, private, no sign-up."
            }
            form(.class("search"), .method("get"), .action(SiteURL.search.url), .role("search")) {
                SearchFields.place(near: nil, radius: SearchQuery.defaultRadius)
                SearchFields.need(nil)
                SearchFields.facetSelect(FacetSlug.age.rawValue, "Age", taxonomy: m.taxonomy, anyLabel: "Any age")
                SearchFields.facetSelect(FacetSlug.payment.rawValue, "How will you pay?", taxonomy: m.taxonomy, anyLabel: "Any payment")
                SearchFields.facetSelect(FacetSlug.careType.rawValue, "Type of care", taxonomy: m.taxonomy, anyLabel: "Any type of care")
                button(.type("submit")) { "Search" }
            }
            section(.ariaLabelledBy("help-now")) {
                h2(.id("help-now")) { "Need to talk to someone now?" }
                p {
                    "The SAMHSA National Helpline ("
                    a(.href(Phone.helpline)) { "1-800-662-4357" }
                    ") gives free, confidential referrals in English and Spanish, any time. If you or someone else may be in danger, call or text "
                    a(.href(Phone.crisisLine)) { "988" }
                    ", or call "
                    a(.href(Phone.emergency)) { "911" }
                    "."
                }
            }
            PopularList.view(m.popular, heading: "Popular centers", staleBefore: m.staleBefore)
            p { a(.href(SiteURL.states.url)) { "Browse treatment by state" } }
        }
    }
}
