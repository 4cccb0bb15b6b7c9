import Foundation

/// The provider's profile form as submitted values (name -> values, checkboxes repeat), read from a listing to fill
/// the form, and checked and turned into edits when sent back: only what changed becomes an edit.
public struct ProfileForm: Sendable {
    public var values: [String: [String]]

    public init(_ values: [String: [String]]) { self.values = values }

    /// Facets a provider sets by checkbox: every facet but availability (set from "new patients").
    public static func editableFacets(_ taxonomy: Taxonomy) -> [Facet] { taxonomy.facets.filter { $0.slug != FacetSlug.availability.rawValue } }

    public subscript(_ name: String) -> String { values[name]?.first ?? "" }
    func text(_ name: String) -> String { self[name].trimmingCharacters(in: .whitespacesAndNewlines) }
    public func checked(_ name: String, _ value: String) -> Bool { values[name]?.contains(value) ?? false }

    /// The form filled from a listing as it stands.
    public init(listing l: FacilityListing, taxonomy: Taxonomy = .haven) {
        var v: [String: [String]] = [
            "description": [l.details.description], "website": [l.website], "phone": [l.phone], "intake1": [l.intake1],
            "street1": [l.street1], "street2": [l.street2], "city": [l.city], "state": [l.state], "zip": [l.zip],
            "other_plans": [l.details.otherPlans], "costs": [l.details.costs], "licenses": [l.details.licenses],
        ]
        if l.details.addressWithheld { v["address_withheld"] = ["1"] }
        if l.precision == .address, let c = l.coordinate {
            v["latitude"] = [String(format: "%.6f", c.latitude)]
            v["longitude"] = [String(format: "%.6f", c.longitude)]
        }
        if let h = l.details.hours {
            if h.aroundTheClock { v["hours_24"] = ["1"] }
            for d in OpeningHours.Day.allCases {
                if let span = h.days[d.rawValue] {
                    v[d.key + "_opens"] = [OpeningHours.clock(span.opens)]
                    v[d.key + "_closes"] = [OpeningHours.clock(span.closes)]
                }
            }
            v["hours_note"] = [h.note]
        }
        if let n = l.details.newPatients {
            v["new_patients"] = [n.status.rawValue]
            if let days = n.waitDays { v["wait_days"] = [String(days)] }
        }
        let terms = Set(l.terms)
        for f in Self.editableFacets(taxonomy) { v["term_" + f.slug] = f.termSlugs.filter(terms.contains) }
        self.init(v)
    }

    public struct Problem: Sendable, Equatable {
        public let field: String
        public let message: String
    }

    public struct Problems: Error, Sendable, Equatable {
        public let list: [Problem]
    }

    /// Checks the form against the listing as it stands; returns the edits that make the listing say what the form
    /// says, or the problems, field by field, in form order. `zipCentre` places a ZIP code (for an address with no
    /// typed map point, and for a withheld one).
    public func edits(from l: FacilityListing, author: String, role: FacilityEdit.Role = .provider, now: Date = Date(),
                      taxonomy: Taxonomy = .haven, zipCentre: (String) -> Coordinate?) -> Result<[FacilityEdit], Problems> {
        var problems: [Problem] = []
        var edits: [FacilityEdit] = []
        func problem(_ field: String, _ message: String) { problems.append(Problem(field: field, message: message)) }
        func edit(_ field: FacilityEdit.Field, _ value: String) { edits.append(FacilityEdit(field: field, value: value, author: author, createdAt: now, role: role)) }
        func changed(_ field: FacilityEdit.Field, _ old: String, _ new: String) { if old != new { edit(field, new) } }

        // Nothing typed holds control characters: one-line fields none at all, the two blocks only line breaks.
        for (name, values) in values.sorted(by: { $0.key < $1.key }) {
            let block = name == "description" || name == "licenses"
            if values.contains(where: { block ? !TypedText.isBlock($0) : !TypedText.isOneLine($0) }) {
                problem(name, block ? "Write this as plain text, without special characters." : TypedText.oneLineMessage("this"))
            }
        }
        // About
        let description = text("description")
        if description.count > ProviderDetails.descriptionLimit {
            problem("description", "Keep the description under \(ProviderDetails.descriptionLimit) characters (it has \(description.count)).")
        }
        // Values as the source gives them are kept as they are (a directory's odd phone format is not the provider's
        // mistake); only what the provider changes is checked.
        var website = text("website")
        if !website.isEmpty && website != l.website {
            if !website.lowercased().hasPrefix("http://") && !website.lowercased().hasPrefix("https://") { website = "https://" + website }
            if let url = URL(string: website), let host = url.host, host.contains("."), !website.contains(" ") { } else {
                problem("website", "Enter a web address like https://www.example.org.")
            }
        }
        // Contact
        let phone = text("phone"), intake = text("intake1")
        if phone.isEmpty && intake.isEmpty && !(l.phone.isEmpty && l.intake1.isEmpty) {
            problem("phone", "Keep at least one phone number: people need a way to reach you.")
        }
        for (field, value, old) in [("phone", phone, l.phone), ("intake1", intake, l.intake1)] where !value.isEmpty && value != old && !ClaimRequest.isPhone(value) {
            problem(field, "Enter a US phone number with its area code, like 555-123-4567.")
        }
        // New patients
        var newPatients: NewPatients?
        let status = text("new_patients")
        if !status.isEmpty {
            if let s = NewPatients.Status(rawValue: status) {
                var wait: Int?
                let days = text("wait_days")
                if s == .waitlist, !days.isEmpty {
                    if let n = Int(days), (0...365).contains(n) { wait = n } else { problem("wait_days", "Enter the typical wait as a number of days, from 0 to 365.") }
                }
                newPatients = NewPatients(status: s, waitDays: wait, confirmedAt: now)
            } else {
                problem("new_patients", "Choose whether you take new patients.")
            }
        }
        // Hours
        var hours = OpeningHours(aroundTheClock: self["hours_24"] == "1", note: text("hours_note"))
        if hours.note.count > ProviderDetails.shortTextLimit { problem("hours_note", "Keep the note on hours under \(ProviderDetails.shortTextLimit) characters.") }
        if !hours.aroundTheClock {
            for d in OpeningHours.Day.allCases {
                let o = text(d.key + "_opens"), c = text(d.key + "_closes")
                if o.isEmpty && c.isEmpty { continue }
                guard let opens = OpeningHours.minutes(o), let closes = OpeningHours.minutes(c) else {
                    problem(d.key + "_opens", "\(d.name): give both the opening and the closing time (like 08:00 and 17:00), or neither if closed.")
                    continue
                }
                guard closes > opens else {
                    problem(d.key + "_opens", "\(d.name): the closing time must be after the opening time.")
                    continue
                }
                hours.days[d.rawValue] = OpeningHours.Span(opens: opens, closes: closes)
            }
        }
        // Payment
        for (field, label) in [("other_plans", "other plans"), ("costs", "costs"), ("licenses", "licenses")] where text(field).count > ProviderDetails.shortTextLimit {
            problem(field, "Keep the \(label) under \(ProviderDetails.shortTextLimit) characters.")
        }
        // Location
        let street1 = text("street1"), street2 = text("street2"), city = text("city"), zip = text("zip")
        let state = text("state").uppercased()
        let withheld = self["address_withheld"] == "1"
        if city.isEmpty && city != l.city { problem("city", "Enter the city.") }
        if USState.names[state] == nil && state != l.state { problem("state", "Enter the state as its two-letter code, like NY.") }
        if !(zip.count == 5 && zip.allSatisfy(\.isNumber)) && zip != l.zip { problem("zip", "Enter the 5-digit ZIP code.") }
        if !withheld && street1.isEmpty && street1 != l.street1 { problem("street1", "Enter the street address, or choose not to publish it.") }
        let lat = text("latitude"), lon = text("longitude")
        var point: Coordinate?
        if !withheld && !(lat.isEmpty && lon.isEmpty) {
            if let la = Double(lat), let lo = Double(lon), (-90...90).contains(la), (-180...180).contains(lo) {
                point = Coordinate(latitude: la, longitude: lo)
                if let centre = zipCentre(zip), Geo.miles(centre, point!) > 60 {
                    problem("latitude", "That map point is \(Int(Geo.miles(centre, point!))) miles from ZIP \(zip). Check the numbers: latitude first (like 40.7484), then longitude (like -73.9857).")
                }
            } else {
                problem("latitude", "Enter the map point as two numbers: latitude (like 40.7484) and longitude (like -73.9857), or leave both empty.")
            }
        }
        // Services
        var chosen = Set<String>()
        for f in Self.editableFacets(taxonomy) {
            for slug in values["term_" + f.slug] ?? [] {
                if f.termSlugs.contains(slug) { chosen.insert(slug) } else { problem("term_" + f.slug, "\"\(slug)\" is not one of the choices for \(f.name).") }
            }
        }
        guard problems.isEmpty else { return .failure(Problems(list: Self.ordered(problems))) }

        let d = l.details
        changed(.description, d.description, description)
        changed(.website, l.website, website)
        changed(.phone, l.phone, phone)
        changed(.intake1, l.intake1, intake)
        if let newPatients { edit(.newPatients, FacilityListing.encode(newPatients)) }
        let oldHours = d.hours ?? OpeningHours()
        if oldHours != hours { edit(.hours, hours.isEmpty ? "" : FacilityListing.encode(hours)) }
        changed(.otherPlans, d.otherPlans, text("other_plans"))
        changed(.costs, d.costs, text("costs"))
        changed(.licenses, d.licenses, text("licenses"))
        // A withheld street is neither shown nor edited (the listing shows none; typing one again publishes it).
        let streetChanged = !withheld && (street1, street2) != (l.street1, l.street2)
        if !withheld {
            changed(.street1, l.street1, street1)
            changed(.street2, l.street2, street2)
        }
        changed(.city, l.city, city)
        changed(.state, l.state, state)
        changed(.zip, l.zip, zip)
        changed(.addressWithheld, d.addressWithheld ? "1" : "0", withheld ? "1" : "0")
        if let point {
            if l.precision != .address || l.coordinate.map({ Geo.miles($0, point) > 0.001 }) ?? true {
                edit(.location, FacilityListing.locationValue(point, exact: true))
            }
        } else if streetChanged || zip != l.zip || withheld != d.addressWithheld {
            // No typed point for a new address, or a street now withheld: the ZIP's centre, said to be approximate,
            // never a point that looks exact.
            if let centre = zipCentre(zip) { edit(.location, FacilityListing.locationValue(centre, exact: false)) }
        }
        let old = Set(l.terms)
        for f in Self.editableFacets(taxonomy) {
            for slug in f.termSlugs {
                if chosen.contains(slug) && !old.contains(slug) { edit(.addTerm, slug) }
                if !chosen.contains(slug) && old.contains(slug) { edit(.removeTerm, slug) }
            }
        }
        if edits.isEmpty { edit(.verified, "") }
        return .success(edits)
    }

    /// Form order: the order the fields appear on the page.
    static let fieldOrder = ["description", "website", "phone", "intake1", "new_patients", "wait_days", "hours_24"]
        + OpeningHours.Day.allCases.map { $0.key + "_opens" } + ["hours_note", "other_plans", "costs", "licenses",
        "street1", "street2", "city", "state", "zip", "address_withheld", "latitude"]

    static func ordered(_ problems: [Problem]) -> [Problem] {
        problems.sorted { (fieldOrder.firstIndex(of: $0.field) ?? 1000) < (fieldOrder.firstIndex(of: $1.field) ?? 1000) }
    }
}
