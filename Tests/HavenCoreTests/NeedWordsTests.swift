import Testing
@testable import HavenCore

/// "What do you need help with?": the words people type, read into Haven's terms.
@Suite struct NeedWordsTests {
    @Test func everyEntryMapsToExistingTerms() {
        for entry in NeedWords.every {
            #expect(!entry.terms.isEmpty, "\(entry.phrases)")
            for slug in entry.terms + entry.narrow { #expect(Taxonomy.haven.term(slug) != nil, "\(entry.phrases.first!) -> \(slug)") }
        }
    }

    @Test func noPhraseMeansTwoThings() {
        var seen: [String: Int] = [:]
        for (n, entry) in NeedWords.every.enumerated() {
            for p in entry.phrases {
                let key = NeedsReader.key(p)
                #expect(seen[key] == nil || seen[key] == n, "\(p) is in two entries")
                seen[key] = n
                #expect(!NeedWords.ignored.contains(key) && !NeedWords.spanishIgnored.contains(key), "\(p) is also a filler word")
            }
        }
    }

    @Test(arguments: [
        ("ketamine", ["substance-use"]),
        ("alcohol", ["substance-use"]),
        ("opioids", ["substance-use"]),
        ("Suboxone", ["buprenorphine"]),
        ("methadone", ["methadone"]),
        ("detox", ["detox"]),
        ("rehab", ["residential", "hospital-inpatient"]),
        ("teen", ["children"]),
        ("spanish", ["spanish"]),
        ("Spanish-speaking", ["spanish"]),
        ("veterans", ["veterans"]),
        ("pregnant", ["pregnant-postpartum"]),
        ("free", ["free"]),
        ("medicaid", ["medicaid"]),
        ("Medi-Cal", ["medicaid"]),
        ("I need help with alcohol detox for my son", ["alcohol-detox", "children"]),
        ("suboxone doctor that takes medicaid", ["buprenorphine", "medicaid"]),
        ("narcan", ["naloxone"]),
        ("needle exchange", ["naloxone", "syringe-services", "fentanyl-test-strips", "hiv-testing", "hepatitis-c-testing"]),
        ("prescription pills", ["substance-use"]),
        ("DUI class", ["dui-dwi"]),
        ("DBT", ["dbt"]),
    ])
    func reads(_ text: String, _ terms: [String]) {
        let r = NeedsReader.read(text)
        #expect(r.terms == terms, "\(text) -> \(r.terms)")
    }

    @Test func leftoverWordsAreKeptForNamesAndFillerIsDropped() {
        let r = NeedsReader.read("New Hope women's center")
        #expect(r.terms == ["female"])
        #expect(r.unused == ["new", "hope"])
        #expect(NeedsReader.read("I need help please").understood.isEmpty)
    }

    @Test func namesAreNotNeeds() {
        #expect(NeedsReader.read("Gateway Foundation").isName)
        #expect(NeedsReader.read("Hazelden Betty Ford").isName)
    }

    @Test func ketamineSaysWhatTheDataLacksAndOffersNarrowing() {
        let r = NeedsReader.read("ketamine withdrawal")
        #expect(r.terms == ["substance-use", "detox"])
        #expect(r.notes.first?.contains("no category for ketamine") == true)
        #expect(r.narrow == ["individual-therapy", "outpatient"])
        #expect(r.prefer == ["ketamine-use"], "programs whose staff say they help with ketamine come first, never a link to none")
        #expect(NeedsReader.read("ketamine infusion").terms == ["ketamine-infusion"])
    }

    @Test func crisisWordsBringTheCrisisLine() {
        #expect(NeedsReader.read("suicidal").notes.contains { $0.contains("988") })
    }
}
