import Foundation
import Testing
@testable import HavenCore

/// The provider's profile form: filled from a listing, checked field by field, turned into only the edits that change
/// something, and laid over the listing again.
@Suite struct ProfileFormTests {
    static let now = Date(timeIntervalSince1970: 1_796_000_000)
    static let centre = Coordinate(latitude: 40.7506, longitude: -73.9971)
    static func zipCentre(_ zip: String) -> Coordinate? { zip == "10001" ? centre : nil }

    static let listing = FacilityListing(
        id: UUID(), name: "Beacon", street1: "350 5th Ave", city: "New York", state: "NY", zip: "10001", phone: "212-555-0100",
        coordinate: centre, precision: .zipCentroid, terms: ["outpatient", "medicaid", "adults", "spanish"])

    func submit(_ change: (inout [String: [String]]) -> Void, to l: FacilityListing = listing) -> Result<[FacilityEdit], ProfileForm.Problems> {
        var values = ProfileForm(listing: l).values
        change(&values)
        return ProfileForm(values).edits(from: l, author: "ann@beacon.example", now: Self.now, zipCentre: Self.zipCentre)
    }

    @Test func anUnchangedFormIsAConfirmation() throws {
        let edits = try submit { _ in }.get()
        #expect(edits.map(\.field) == [.verified])
        #expect(Self.listing.applying(edits).listing.verification == Verification(by: .provider, at: Self.now))
    }

    @Test func oddValuesFromTheSourceAreKeptAsTheyAre() throws {
        var l = Self.listing
        l.phone = "555-0100-1000"
        l.zip = "1001"
        #expect(try submit({ _ in }, to: l).get().map(\.field) == [.verified], "the provider is not blamed for the directory's format")
    }

    @Test func onlyWhatChangedBecomesAnEdit() throws {
        let edits = try submit { v in
            v["description"] = ["Outpatient care for adults, in English and Spanish, near Penn Station."]
            v["new_patients"] = ["waitlist"]; v["wait_days"] = ["14"]
            v["mon_opens"] = ["08:00"]; v["mon_closes"] = ["17:30"]
            v["term_insurance"] = ["aetna", "cigna"]
            v["term_language"] = []
        }.get()
        let fields = edits.map { "\($0.field.rawValue) \($0.field == .addTerm || $0.field == .removeTerm ? $0.value : "")" }
        #expect(fields == ["description ", "new_patients ", "hours ", "add_term aetna", "add_term cigna", "remove_term spanish"])
        let l = Self.listing.applying(edits).listing
        #expect(l.details.newPatients == NewPatients(status: .waitlist, waitDays: 14, confirmedAt: Self.now))
        #expect(l.terms.contains("waitlist") && !l.terms.contains("accepting-new-patients"))
        #expect(l.details.hours?.lines.first.map { "\($0.day): \($0.hours)" } == "Monday: 8 AM to 5:30 PM")
        #expect(l.terms.contains("aetna") && !l.terms.contains("spanish"))
        // Filled again from the result, the form gives back what was typed.
        let again = ProfileForm(listing: l)
        #expect(again["mon_opens"] == "08:00" && again["wait_days"] == "14" && again.checked("term_insurance", "cigna"))
    }

    @Test(arguments: [
        (["website": ["not a site"]], "website", "Enter a web address"),
        (["phone": ["12345"]], "phone", "Enter a US phone number"),
        (["phone": [""], "intake1": [""]], "phone", "Keep at least one phone number"),
        (["tue_opens": ["09:00"]], "tue_opens", "Tuesday: give both"),
        (["wed_opens": ["17:00"], "wed_closes": ["09:00"]], "wed_opens", "Wednesday: the closing time must be after"),
        (["new_patients": ["waitlist"], "wait_days": ["soon"]], "wait_days", "number of days"),
        (["new_patients": ["maybe"]], "new_patients", "Choose whether"),
        (["zip": ["1001"]], "zip", "5-digit ZIP"),
        (["state": ["New York"]], "state", "two-letter code"),
        (["street1": [""]], "street1", "or choose not to publish it"),
        (["latitude": ["-73.99"], "longitude": ["40.75"]], "latitude", "miles from ZIP 10001"),
        (["latitude": ["north"], "longitude": ["1"]], "latitude", "two numbers"),
        (["term_payment": ["bitcoin"]], "term_payment", "not one of the choices"),
        (["description": [String(repeating: "a", count: 2001)]], "description", "under 2000 characters"),
    ] as [([String: [String]], String, String)])
    func badValuesSayWhatIsWrongBesideTheirField(change: [String: [String]], field: String, message: String) {
        let result = submit { v in v.merge(change) { $1 } }
        guard case .failure(let problems) = result else { Issue.record("accepted \(change)"); return }
        #expect(problems.list.first?.field == field)
        #expect(problems.list.first?.message.contains(message) == true, "\(problems.list)")
    }

    @Test func aTypedMapPointMakesTheListingExactAndAWithheldStreetNeverIs() throws {
        var edits = try submit { v in v["latitude"] = ["40.748400"]; v["longitude"] = ["-73.985700"] }.get()
        var l = Self.listing.applying(edits).listing
        #expect(l.precision == .address && l.coordinate == Coordinate(latitude: 40.7484, longitude: -73.9857))
        edits += try submit({ v in v["address_withheld"] = ["1"] }, to: l).get()
        l = Self.listing.applying(edits).listing
        #expect(l.street1.isEmpty && l.details.addressWithheld)
        #expect(l.precision == .zipCentroid && l.coordinate == Self.centre, "back to the ZIP's centre, said to be approximate")
        #expect(!PostalAddress(l).isStreetPublished)
    }

    @Test func aNewAddressWithoutAPointIsPlacedAtItsZIPCentre() throws {
        let exact = FacilityListing(id: UUID(), name: "B", street1: "1 Main St", city: "New York", state: "NY", zip: "10001",
                                    phone: "212-555-0100", coordinate: Coordinate(latitude: 40.76, longitude: -73.99), precision: .address, terms: [])
        var values = ProfileForm(listing: exact).values
        values["street1"] = ["500 8th Ave"]; values["latitude"] = []; values["longitude"] = []
        let l = exact.applying(try ProfileForm(values).edits(from: exact, author: "a", now: Self.now, zipCentre: Self.zipCentre).get()).listing
        #expect(l.street1 == "500 8th Ave" && l.precision == .zipCentroid && l.coordinate == Self.centre)
    }

    @Test func completenessRisesWithWhatSeekersNeedAndSaysWhatIsLeft() throws {
        let before = Completeness(Self.listing, now: Self.now)
        #expect(before.score == 15 + 5, "a phone and an age group")
        #expect(before.nextSteps.first?.id == "new-patients")
        let edits = try submit { v in
            v["new_patients"] = ["accepting"]
            v["term_insurance"] = ["aetna"]
            for d in ["mon", "tue"] { v[d + "_opens"] = ["09:00"]; v[d + "_closes"] = ["17:00"] }
        }.get()
        let after = Completeness(Self.listing.applying(edits).listing, now: Self.now)
        #expect(after.score == before.score + 15 + 10 + 10)
        #expect(!after.nextSteps.contains { $0.id == "hours" || $0.id == "insurance" || $0.id == "new-patients" })
        // "We take new patients" goes stale after 90 days.
        let later = Completeness(Self.listing.applying(edits).listing, now: Self.now.addingTimeInterval(91 * 24 * 3600))
        #expect(later.nextSteps.first?.advice.contains("still take new patients") == true)
        #expect(Completeness(Self.listing).steps.reduce(0) { $0 + $1.points } == 100)
    }
}
