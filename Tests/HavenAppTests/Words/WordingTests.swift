import Foundation
@testable import HavenApp
@testable import HavenCore
import Testing

/// The catalogue: both languages have every key (the protocol makes a missing one a compile error; this checks no
/// Spanish entry is the English one left in place), plurals follow each language's rule, and the taxonomy and the
/// needs' notes have Spanish for every entry.
@Suite struct WordingTests {
    /// Keys whose value is the same word in both languages.
    static let sameInBoth: Set<String> = []

    static func values(_ w: any Wording) -> [String: String] {
        var out: [String: String] = [:]
        for child in Mirror(reflecting: w).children {
            guard let key = child.label else { continue }
            out[key] = String(describing: child.value)
        }
        return out
    }

    @Test func bothLanguagesHaveTheSameKeysAndNoSpanishValueIsEnglish() {
        let english = Self.values(Words.english), spanish = Self.values(Words.spanish)
        #expect(english.count > 100)
        #expect(Set(english.keys) == Set(spanish.keys), "keys only in one: \(Set(english.keys).symmetricDifference(spanish.keys))")
        for (key, value) in english where !Self.sameInBoth.contains(key) {
            #expect(spanish[key] != value, "\(key) is English in the Spanish catalogue: \(value)")
        }
    }

    @Test func theFunctionsAnswerInTheirLanguage() {
        let en = Words.english, es = Words.spanish
        #expect(en.within("25") == "Within 25 miles" && es.within("25") == "A menos de 25 millas")
        #expect(en.heading(count: 0, place: "", with: "") == "No places found" && es.heading(count: 0, place: "", with: "") == "No se encontraron lugares")
        #expect(es.day(25, month: es.months[10], year: 2026) == "25 de noviembre de 2026")
        #expect(en.day(25, month: en.months[10], year: 2026) == "November 25, 2026")
        #expect(es.listingSource("the SAMHSA national directory, 2022 edition and an imported HSDS data package, version 3")
                == "el directorio nacional de SAMHSA, edición 2022 y un paquete de datos HSDS importado, versión 3")
        #expect(SpanishWords.contract("Viene de el directorio") == "Viene del directorio")
    }

    @Test(arguments: [(0, "0 places", "0 lugares"), (1, "1 place", "1 lugar"), (2, "2 places", "2 lugares"),
                      (1_000, "1,000 places", "1,000 lugares")])
    func pluralsFollowEachLanguage(_ n: Int, _ english: String, _ spanish: String) {
        #expect(Words.english.places(n) == english)
        #expect(Words.spanish.places(n) == spanish)
    }

    @Test func theTaxonomyHasSpanishForEveryFacetAndTerm() {
        let t = Taxonomy.haven
        #expect(Set(Taxonomy.spanishTerms.keys) == Set(t.terms.map(\.slug)))
        #expect(Set(Taxonomy.spanishFacets.keys) == Set(t.facets.map(\.slug)))
        // Names change with the page's language; the English stays for data and the API.
        let detox = try! #require(t.term("detox"))
        #expect(detox.name == "Detox (medically supervised withdrawal)")
        #expect(Language.$current.withValue(.es) { detox.name } == "Desintoxicación (abstinencia con supervisión médica)")
        #expect(Language.$current.withValue(.es) { detox.englishName } == "Detox (medically supervised withdrawal)")
        // Most terms are different words in Spanish (proper names like Medicaid are the exceptions).
        let same = t.terms.filter { $0.englishName == $0.spanishName }.map(\.slug)
        #expect(same.count < 30, "\(same)")
    }

    @Test func everyNoteANeedCanGiveHasSpanish() {
        for entry in NeedWords.every {
            if let note = entry.note { #expect(NeedWords.spanishNotes[note] != nil, "\(entry.phrases[0])") }
        }
    }

    @Test func acceptLanguagePicksTheBestOfHavensLanguages() {
        #expect(Language.preferred(acceptLanguage: "es-MX,es;q=0.9,en;q=0.8") == .es)
        #expect(Language.preferred(acceptLanguage: "en-US,en;q=0.9,es;q=0.8") == .en)
        #expect(Language.preferred(acceptLanguage: "fr-FR,fr;q=0.9,es;q=0.5") == .es)
        #expect(Language.preferred(acceptLanguage: "es;q=0, en") == .en)
        #expect(Language.preferred(acceptLanguage: "de, fr") == nil)
        #expect(Language.preferred(acceptLanguage: "") == nil)
        #expect(Language.fromPath("/es/search") == (.es, "/search"))
        #expect(Language.fromPath("/es") == (.es, "/") && Language.fromPath("/es/") == (.es, "/"))
        #expect(Language.fromPath("/estados") == (.en, "/estados") && Language.fromPath("/search") == (.en, "/search"))
    }
}
