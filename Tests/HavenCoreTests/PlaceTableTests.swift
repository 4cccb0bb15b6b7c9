import Testing
@testable import HavenCore

/// Places as people type them, against the real ZIP table: every kind the resolver understands, in several states.
@Suite(.enabled(if: TestData.available)) struct PlaceTableTests {
    static let resolver = PlaceResolver(zipCodes: TestData.zipCodes)

    enum Expect: Sendable, CustomStringConvertible {
        /// Resolved, labelled exactly so.
        case place(String)
        /// Resolved to a whole state (its code).
        case state(String)
        /// Resolved to a county, labelled so.
        case county(String)
        /// Resolved, with a note that contains the text.
        case noted(String, note: String)
        /// Resolved, with this among the other places offered.
        case withAlternative(String, also: String)
        /// A choice that includes every one of these labels.
        case choice([String])
        /// Not found, suggesting this place first.
        case suggests(String)
        /// Not found, and nothing close.
        case unknown

        var description: String {
            switch self {
            case .place(let s), .state(let s), .county(let s), .suggests(let s): s
            case .noted(let s, let n): "\(s) [\(n)]"
            case .withAlternative(let s, let a): "\(s) also \(a)"
            case .choice(let c): c.joined(separator: " | ")
            case .unknown: "unknown"
            }
        }
    }

    static let table: [(String, Expect)] = [
        // ZIP codes
        ("10001", .place("10001 (New York, NY)")),
        ("60601-1234", .place("60601 (Chicago, IL)")),
        ("  80202 ", .place("80202 (Denver, CO)")),
        // City and state, in the spellings people use
        ("Denver, CO", .place("Denver, CO")),
        ("denver co", .place("Denver, CO")),
        ("Denver Colorado", .place("Denver, CO")),
        ("Boston, Massachusetts", .place("Boston, MA")),
        ("st. louis, mo", .place("Saint Louis, MO")),
        ("Saint Paul MN", .place("Saint Paul, MN")),
        ("ft worth tx", .place("Fort Worth, TX")),
        ("Mt Vernon, NY", .place("Mount Vernon, NY")),
        ("Kansas City, KS", .place("Kansas City, KS")),
        ("Salt Lake City", .place("Salt Lake City, UT")),
        ("Albuquerque", .place("Albuquerque, NM")),
        ("Anchorage, Alaska", .place("Anchorage, AK")),
        ("San Juan, PR", .place("San Juan, PR")),
        ("Seattle, WA, USA", .place("Seattle, WA")),
        // Accepted other names from the ZIP table
        ("Hollywood, CA", .place("Hollywood, CA")),
        ("Flushing, NY", .place("Flushing, NY")),
        // Nicknames
        ("NYC", .place("New York, NY")),
        ("nyc", .place("New York, NY")),
        ("New York City", .place("New York, NY")),
        ("Manhattan", .place("New York, NY")),
        ("LA", .withAlternative("Los Angeles, CA", also: "Louisiana (the whole state)")),
        ("L.A.", .place("Los Angeles, CA")),
        ("Philly", .place("Philadelphia, PA")),
        ("Philly, PA", .place("Philadelphia, PA")),
        ("SF", .place("San Francisco, CA")),
        ("DC", .place("Washington, DC")),
        ("Washington DC", .place("Washington, DC")),
        ("NOLA", .place("New Orleans, LA")),
        ("Vegas", .place("Las Vegas, NV")),
        ("the Bronx", .place("Bronx, NY")),
        ("Queens", .county("Queens County, NY")),
        // Dominant places with others offered
        ("Denver", .withAlternative("Denver, CO", also: "Denver, PA")),
        ("Philadelphia", .place("Philadelphia, PA")),
        // States, by name, code or "state"
        ("Colorado", .state("CO")),
        ("colorado", .state("CO")),
        ("CO", .state("CO")),
        ("Washington state", .state("WA")),
        ("state of Washington", .state("WA")),
        ("New York State", .state("NY")),
        ("Texas", .state("TX")),
        ("Puerto Rico", .state("PR")),
        ("West Virginia", .state("WV")),
        ("Louisiana", .state("LA")),
        // Counties
        ("Cook County, IL", .county("Cook County, IL")),
        ("cook county illinois", .county("Cook County, IL")),
        ("Cook County", .county("Cook County, IL")),
        ("Los Angeles County", .county("Los Angeles County, CA")),
        ("Orleans Parish, LA", .county("Orleans Parish, LA")),
        ("King County, WA", .county("King County, WA")),
        ("Kings County", .withAlternative("Kings County, NY", also: "Kings County, CA")),
        ("Washington County", .choice(["Washington County, PA", "Washington County, OR", "Washington County, MN"])),
        // Full addresses and "City ST ZIP"
        ("350 5th Ave, New York, NY 10118", .noted("10118 (New York, NY)", note: "ZIP code in the address")),
        ("Denver CO 80202", .place("80202 (Denver, CO)")),
        ("1600 Pennsylvania Ave NW, Washington, DC 20500", .noted("20500 (Washington, DC)", note: "ZIP code in the address")),
        ("123 Main St, Springfield, IL", .noted("Springfield, IL", note: "from the address you typed")),
        ("233 S Wacker Dr Chicago IL", .noted("Chicago, IL", note: "from the address you typed")),
        ("Springfield, MA 99999", .noted("Springfield, MA", note: "don't know the ZIP code 99999")),
        // Ambiguous names list every real choice, the state among them
        ("New York", .choice(["New York (the whole state)", "New York, NY (city)"])),
        ("Washington", .choice(["Washington (the whole state)", "Washington, DC (city)", "Washington, PA (city)"])),
        ("Springfield", .choice(["Springfield, IL", "Springfield, MA", "Springfield, MO"])),
        ("Kansas City", .choice(["Kansas City, MO", "Kansas City, KS"])),
        ("Portland", .choice(["Portland, OR", "Portland, ME"])),
        // Misspellings
        ("Pittsburg, PA", .suggests("Pittsburgh, PA")),
        ("Pittsbrugh, PA", .suggests("Pittsburgh, PA")),
        ("Philadelpia, PA", .suggests("Philadelphia, PA")),
        ("Cincinatti, OH", .suggests("Cincinnati, OH")),
        ("Albequerque", .suggests("Albuquerque, NM")),
        ("Tuscon AZ", .suggests("Tucson, AZ")),
        ("Colorodo", .suggests("Colorado (the whole state)")),
        // Coordinates, either order
        ("40.7484,-73.9967", .place("40.7484, -73.9967 (near New York, NY)")),
        ("(39.75, -104.99)", .place("39.7500, -104.9900 (near Denver, CO)")),
        ("-73.9967, 40.7484", .noted("40.7484, -73.9967 (near New York, NY)", note: "swapped")),
        ("-122.33,47.61", .noted("47.6100, -122.3300 (near Seattle, WA)", note: "swapped")),
        // Nothing to find
        ("Nowhereville, ZZ", .unknown),
        ("asdfghjkl", .unknown),
    ]

    @Test func theTableHasEveryKindInSeveralStates() {
        #expect(Self.table.count >= 60)
        let states = Set(Self.table.compactMap { entry -> String? in
            if case .place(let l) = entry.1 { return l.split(separator: ",").last.map { String($0.prefix(3)).trimmingCharacters(in: .whitespaces) } }
            return nil
        })
        #expect(states.count >= 10)
    }

    @Test(arguments: table) func resolves(_ input: String, _ expect: Expect) {
        let outcome: Result<ResolvedPlace, PlaceError>
        do throws(PlaceError) { outcome = .success(try Self.resolver.resolve(input)) } catch { outcome = .failure(error) }
        switch (expect, outcome) {
        case (.place(let label), .success(let p)):
            #expect(p.label == label && p.area == nil && p.note == nil, "\(input) -> \(p)")
        case (.state(let code), .success(let p)):
            #expect(p.area == .state(code), "\(input) -> \(p)")
        case (.county(let label), .success(let p)):
            guard case .county = p.area else { Issue.record("\(input) -> \(p)"); return }
            #expect(p.label == label, "\(input) -> \(p.label)")
        case (.noted(let label, let note), .success(let p)):
            #expect(p.label == label && (p.note ?? "").contains(note), "\(input) -> \(p)")
        case (.withAlternative(let label, let also), .success(let p)):
            #expect(p.label == label && p.alternatives.contains { $0.label == also }, "\(input) -> \(p)")
        case (.choice(let labels), .failure(.ambiguous(_, let candidates))):
            let offered = candidates.map(\.label)
            #expect(labels.allSatisfy { l in offered.contains(l) || offered.contains(l + " (city)") }, "\(input) -> \(offered)")
            // Each choice resolves to one place when followed.
            for c in candidates.prefix(5) { #expect(throws: Never.self, "\(c.query)") { try Self.resolver.resolve(c.query) } }
        case (.suggests(let label), .failure(.unknownPlace(_, let suggestions))):
            #expect(suggestions.first?.label == label, "\(input) -> \(suggestions.map(\.label))")
            if let s = suggestions.first { #expect(throws: Never.self) { try Self.resolver.resolve(s.query) } }
        case (.unknown, .failure(.unknownPlace)):
            break
        default:
            Issue.record("\(input): expected \(expect), got \(outcome)")
        }
    }
}
