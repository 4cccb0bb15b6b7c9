import Foundation
import Testing
@testable import HavenCore

/// Issue 22, item 4: "open now" and "open evenings or weekends" from the hours facilities' staff keep, each judged by
/// the facility's own clock; listings without hours say nothing and match neither.
@Suite struct OpenNowTests {
    static func at(_ iso: String) -> Date { SearchQuery.parseTimestamp(iso)! }
    static let weekdays = OpeningHours(days: Array(repeating: OpeningHours.Span(opens: 9 * 60, closes: 17 * 60), count: 5) + [nil, nil])

    @Test func aClockIsTheZonesOwnWithItsDaylightSaving() {
        let monday = Self.at("2026-12-07T15:30:00Z")
        for (zone, day, minute) in [("America/New_York", OpeningHours.Day.monday, 10 * 60 + 30), ("America/Denver", .monday, 8 * 60 + 30),
                                    ("Pacific/Honolulu", .monday, 5 * 60 + 30), ("Asia/Tokyo", .tuesday, 30)] {
            let clock = LocalClock(monday, in: TimeZone(identifier: zone)!)
            #expect(clock == LocalClock(day: day, minute: minute), "\(zone)")
        }
        // Late evening in New York is already Tuesday in UTC.
        #expect(LocalClock(Self.at("2026-12-08T03:00:00Z"), in: TimeZone(identifier: "America/New_York")!) == LocalClock(day: .monday, minute: 22 * 60))
        // Summer: daylight saving time.
        #expect(LocalClock(Self.at("2026-07-06T15:30:00Z"), in: TimeZone(identifier: "America/New_York")!) == LocalClock(day: .monday, minute: 11 * 60 + 30))
        // Before 1970 too.
        #expect(LocalClock(Date(timeIntervalSince1970: -1), in: TimeZone(identifier: "UTC")!) == LocalClock(day: .wednesday, minute: 23 * 60 + 59))
    }

    @Test func openOrClosedAndWhenItOpensNext() {
        let h = Self.weekdays
        #expect(h.status(at: .init(day: .monday, minute: 10 * 60)) == .open(until: 17 * 60))
        #expect(h.status(at: .init(day: .monday, minute: 10 * 60)).words == "Open now, until 5 PM")
        #expect(h.status(at: .init(day: .monday, minute: 9 * 60)).isOpen, "open at the opening minute")
        #expect(!h.status(at: .init(day: .monday, minute: 17 * 60)).isOpen, "closed at the closing minute")
        #expect(h.status(at: .init(day: .monday, minute: 7 * 60)).words == "Closed now. Opens at 9 AM")
        #expect(h.status(at: .init(day: .monday, minute: 18 * 60)).words == "Closed now. Opens Tuesday at 9 AM")
        #expect(h.status(at: .init(day: .friday, minute: 18 * 60)).words == "Closed now. Opens Monday at 9 AM")
        #expect(h.status(at: .init(day: .saturday, minute: 12 * 60)).words == "Closed now. Opens Monday at 9 AM")
        #expect(OpeningHours(aroundTheClock: true).status(at: .init(day: .sunday, minute: 3 * 60)).words == "Open 24 hours")
        #expect(OpeningHours(note: "By appointment").status(at: .init(day: .monday, minute: 600)) == .closed(opens: nil))
        #expect(!OpeningHours(note: "By appointment").hasTimes)
    }

    @Test func eveningsOrWeekends() {
        #expect(!Self.weekdays.eveningsOrWeekends)
        var late = Self.weekdays
        late.days[2] = .init(opens: 12 * 60, closes: 20 * 60)
        #expect(late.eveningsOrWeekends)
        var saturday = Self.weekdays
        saturday.days[5] = .init(opens: 9 * 60, closes: 12 * 60)
        #expect(saturday.eveningsOrWeekends)
        #expect(OpeningHours(aroundTheClock: true).eveningsOrWeekends)
        var sixSharp = Self.weekdays
        sixSharp.days[0] = .init(opens: 9 * 60, closes: 18 * 60)
        #expect(!sixSharp.eveningsOrWeekends, "closing at 6 PM is not the evening")
    }

    // MARK: Search

    static let newYork = ZipCode(zip: "10001", city: "New York", state: "NY", county: "New York County", coordinate: Coordinate(latitude: 40.75, longitude: -73.99),
                                 timeZone: "America/New_York")
    static let denver = ZipCode(zip: "80202", city: "Denver", state: "CO", county: "Denver County", coordinate: Coordinate(latitude: 39.75, longitude: -104.99),
                                timeZone: "America/Denver")
    /// El Paso is in Texas but on Mountain Time: the ZIP table says so, the state's main zone (Central) would not.
    static let elPaso = ZipCode(zip: "79901", city: "El Paso", state: "TX", county: "El Paso County", coordinate: Coordinate(latitude: 31.76, longitude: -106.49),
                                timeZone: "America/Denver")

    static func listing(_ n: Int, _ zip: ZipCode, _ hours: OpeningHours?, terms: [String] = ["substance-use", "outpatient"]) -> FacilityListing {
        var l = FacilityListing(id: StableID.uuid(for: "open\(n)"), name: "Program \(n)", street1: "\(n) Main St", city: zip.city, state: zip.state,
                                zip: zip.zip, coordinate: zip.coordinate, precision: .address, terms: terms)
        l.details.hours = hours
        return l
    }

    static let service: SearchService = {
        var saturday = weekdays
        saturday.days[5] = .init(opens: 10 * 60, closes: 14 * 60)
        let listings = [
            listing(1, newYork, weekdays),
            listing(2, newYork, OpeningHours(aroundTheClock: true), terms: ["substance-use", "residential"]),
            listing(3, newYork, nil),
            listing(4, newYork, saturday),
            listing(5, newYork, OpeningHours(note: "Call for hours")),
            listing(6, denver, weekdays),
            listing(7, elPaso, OpeningHours(days: Array(repeating: OpeningHours.Span(opens: 8 * 60, closes: 17 * 60), count: 5) + [nil, nil])),
        ]
        let places = PlaceResolver(zipCodes: [newYork, denver, elPaso])
        return SearchService(index: SearchIndex(listings: listings, timeZones: places.timeZones), places: places)
    }()

    func names(_ params: [String: [String]], at: Date) throws -> [String] {
        var q = try SearchQuery.parse(params)
        q.at = at
        q.radiusMiles = 500
        q.perPage = 100
        return try Self.service.search(q).items.map(\.listing.name).sorted()
    }

    @Test func openNowIsJudgedByEachPlacesOwnClockAndOnlyFromHours() throws {
        // Monday 15:30 UTC: 10:30 in New York, 8:30 in Denver and El Paso.
        let monday = Self.at("2026-12-07T15:30:00Z")
        #expect(try names(["near": ["10001"], "open": ["now"]], at: monday) == ["Program 1", "Program 2", "Program 4"])
        #expect(try names(["near": ["Denver, CO"], "open": ["now"]], at: monday) == [], "opens at 9 in Denver: 8:30 there")
        // El Paso's program opens at 8: open by its ZIP's Mountain clock (by Texas's Central clock it would be 9:30 and open
        // too), so ask at 13:30 UTC: 6:30 in El Paso (closed), 7:30 in Central (closed), and at 14:30: 7:30 (closed) vs 8:30.
        #expect(try names(["near": ["79901"], "open": ["now"]], at: Self.at("2026-12-07T14:30:00Z")) == [], "by the ZIP's own zone, not Texas's")
        #expect(try names(["near": ["79901"], "open": ["now"]], at: Self.at("2026-12-07T15:30:00Z")) == ["Program 7"])
        // Sunday night: only the 24-hour program.
        #expect(try names(["near": ["10001"], "open": ["now"]], at: Self.at("2026-12-14T03:00:00Z")) == ["Program 2"])
        // Saturday noon in New York: the Saturday program and the 24-hour one.
        #expect(try names(["near": ["10001"], "open": ["now"]], at: Self.at("2026-12-12T17:00:00Z")) == ["Program 2", "Program 4"])
    }

    @Test func eveningsOrWeekendsAndBothTogether() throws {
        let monday = Self.at("2026-12-07T15:30:00Z")
        #expect(try names(["near": ["10001"], "open": ["evenings-weekends"]], at: monday) == ["Program 2", "Program 4"])
        // Either (OR within hours), like the terms of one facet.
        #expect(try names(["near": ["10001"], "open": ["now,evenings-weekends"]], at: monday) == ["Program 1", "Program 2", "Program 4"])
    }

    @Test func countsAreOfferedBeforeChoosingAndAnHoursFilterNeverWidens() throws {
        let monday = Self.at("2026-12-07T15:30:00Z")
        var q = try SearchQuery.parse(["near": ["10001"]])
        q.at = monday
        let all = try Self.service.search(q)
        #expect(all.total == 5 && all.count(.now) == 3 && all.count(.eveningsWeekends) == 2)
        // With a facet chosen, the hours counts are within it; with an hours filter chosen, the facet counts are within it.
        q.filters["setting"] = ["outpatient"]
        let outpatient = try Self.service.search(q)
        #expect(outpatient.total == 4 && outpatient.count(.now) == 2 && outpatient.count(.eveningsWeekends) == 1)
        q.open = [.now]
        let both = try Self.service.search(q)
        #expect(both.total == 2 && both.total <= outpatient.total)
        #expect(both.count(.now) == 2, "its own count is the total chosen alone, as a facet's is")
        let residential = try #require(Taxonomy.haven.term("residential"))
        q.filters = [:]
        let openOnly = try Self.service.search(q)
        #expect(openOnly.count(residential) == 1 && openOnly.total == 3)
        // Never wider, for every combination.
        for open in [[OpenFilter.now], [.eveningsWeekends], [.now, .eveningsWeekends]] {
            for care in [nil, "outpatient", "residential"] {
                var a = try SearchQuery.parse(["near": ["10001"]].merging(care.map { ["setting": [$0]] } ?? [:]) { x, _ in x })
                a.at = monday
                var b = a
                b.open = open
                #expect(try Self.service.search(b).total <= Self.service.search(a).total)
            }
        }
    }

    @Test func theCardSaysOpenOrClosedOnlyWhenStaffGaveHours() throws {
        var q = try SearchQuery.parse(["near": ["10001"]])
        q.at = Self.at("2026-12-07T15:30:00Z")
        let items = try Self.service.search(q).items
        let status = Dictionary(uniqueKeysWithValues: items.map { ($0.listing.name, $0.openStatus(at: q.at!)?.words) })
        #expect(status["Program 1"] == "Open now, until 5 PM")
        #expect(status["Program 2"] == "Open 24 hours")
        #expect(status["Program 3"]! == nil, "no hours: nothing said")
        #expect(status["Program 5"]! == nil, "a note alone: nothing said")
    }

    @Test func theParameterIsReadCheckedAndWrittenBack() throws {
        #expect(try SearchQuery.parse(["open": ["evenings-weekends", "now"]]).open == [.now, .eveningsWeekends])
        #expect(try SearchQuery.parse(["open": ["now,now"]]).parameters().contains { $0 == ("open", "now") })
        #expect(try SearchQuery.parse(["open": [""]]).open.isEmpty)
        #expect(throws: QueryError.self) { try SearchQuery.parse(["open": ["later"]]) }
        let q = try SearchQuery.parse(["near": ["10001"], "open": ["now,evenings-weekends"]])
        #expect(try SearchQuery.parse(Dictionary(q.parameters().map { ($0.0, [$0.1]) }, uniquingKeysWith: { a, _ in a })) == q)
    }

    @Test func zonesComeFromTheZipTableElseTheState() {
        let table = TimeZoneTable(zipZones: ["79901": "America/Denver", "99999": "Not/AZone"])
        #expect(table.zone(zip: "79901", state: "TX").map(table.timeZone)?.identifier == "America/Denver")
        #expect(table.zone(zip: "75201", state: "TX").map(table.timeZone)?.identifier == "America/Chicago")
        #expect(table.zone(zip: "99999", state: "AK").map(table.timeZone)?.identifier == "America/Anchorage", "an unknown zone name is skipped")
        #expect(table.zone(zip: "00000", state: "ZZ") == nil)
    }
}
