import Foundation
@testable import HavenApp
import HavenCore
import HavenHTML

/// Fixed models for the contact form, the inbox, volumes, state pages and the privacy page: `text` in every field
/// a person types (the inquiry) or the data holds (facility names, cities).
enum ContactFixtures {
    static let date = PageFixtures.date
    static let id = PageFixtures.id

    static func inquiry(_ text: String?) -> Inquiry {
        Inquiry(name: text ?? "Sam", method: "phone", reach: text ?? "212-555-0142", bestTime: "evening", forWhom: "someone-else",
                ageGroup: "18-25", payment: "medicaid", message: text ?? "My brother uses ketamine every day.\nCan he start this week?", consent: true)
    }

    static func pages(_ text: String?) -> [(String, Node)] {
        let listing = PageFixtures.listing(text)
        var form = ContactPage.Model(facility: listing, managed: true, inquiry: inquiry(text), token: PortalFixtures.token, retentionDays: 90)
        form.inquiry.consent = false
        form.errors = PortalFixtures.errors(text, ["reach", "consent"])
        var sent = ContactPage.Model(facility: listing, managed: true, inquiry: inquiry(text), token: PortalFixtures.token, retentionDays: 90)
        sent.sent = true
        let row = InquiryRow(id: id, facilityId: id, status: .new, keyId: "00", sealed: Data(), createdAt: date, updatedAt: date)
        let entry = InboxPage.Entry(row: row, inquiry: inquiry(text))
        let unopened = InboxPage.Entry(row: InquiryRow(id: UUID(uuidString: "3f2c5e1a-0000-8000-8000-000000000002")!, facilityId: id, status: .replied,
                                                       keyId: "01", sealed: Data(), createdAt: date, updatedAt: date), inquiry: nil)
        var closed = listing
        closed.isListed = false
        var other = PageFixtures.listing(text, id: UUID(uuidString: "3f2c5e1a-0000-8000-8000-000000000003")!)
        other.verification = nil
        var brooklyn = PageFixtures.listing(nil, id: UUID(uuidString: "3f2c5e1a-0000-8000-8000-000000000004")!)
        brooklyn.city = text ?? "Brooklyn"
        var noCity = PageFixtures.listing(nil, id: UUID(uuidString: "3f2c5e1a-0000-8000-8000-000000000005")!)
        noCity.city = ""
        let directory = StateDirectory(listings: [listing, other, brooklyn, noCity, PageFixtures.listing(nil, id: UUID(uuidString: "3f2c5e1a-0000-8000-8000-000000000006")!)])
        let state = directory.states["NY"]!
        let days: [(day: String, counts: [CountMetric: Int])] = [("2026-11-18", [.inquiry: 3, .inquiryRefused: 1, .inquiryLimited: 12, .view: 140]), ("2026-11-17", [:])]
        return [
            ("home-popular", HomePage.view(HomePageModel(facilityCount: 19_112, taxonomy: .haven, staleBefore: date.addingTimeInterval(-86_400),
                                                         popular: [listing, other]))),
            ("contact", ContactPage.view(form)),
            ("contact-sent", ContactPage.view(sent)),
            ("contact-closed", ContactPage.view(.init(facility: closed, managed: true, token: PortalFixtures.token, retentionDays: 90))),
            ("contact-unavailable", ContactPage.view(.init(facility: listing, managed: false, token: PortalFixtures.token, retentionDays: 90))),
            ("inbox", InboxPage.view(.init(facility: listing, entries: [entry, unopened], notice: nil, retentionDays: 90))),
            ("inquiry", InboxPage.inquiry(.init(facility: listing, entry: entry, token: PortalFixtures.token, notice: "Saved."))),
            ("volumes", VolumesPage.view(.init(days: days, topInquiries: [(id, text ?? "Harbor Recovery Center", 3)], topTurnedAway: [],
                                               stored: 41, retentionDays: 90))),
            ("states", StatePages.index(directory)),
            ("state", StatePages.state(.init(state: state, searches: state.cities.map { .init(near: "\($0.name), NY", radius: $0.name == "Brooklyn" ? 50 : nil) },
                                             popular: [listing], staleBefore: date.addingTimeInterval(-86_400)))),
            ("privacy", PrivacyPage.view(.init(inquiryRetentionDays: 90, sessionHours: 12))),
        ]
    }
}
