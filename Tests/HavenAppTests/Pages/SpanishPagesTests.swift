import Foundation
@testable import HavenApp
import HavenCore
import Testing
import VaporTesting

/// Issue 22, item 1 against the sample: `/es/` pages are in Spanish through a search and a facility, links keep the
/// language, the switch leads to the same page in the other language, and a first visit follows Accept-Language.
@Suite struct SpanishPagesTests {
    func get(_ app: Application, _ path: String, headers: HTTPHeaders = [:]) async throws -> (HTTPStatus, String, HTTPHeaders) {
        let res = try await app.testing().sendRequest(.GET, path, headers: headers)
        return (res.status, res.body.string, res.headers)
    }

    /// The text a reader sees, without what is marked as English (`lang="en"`: the switch, guides not yet in Spanish).
    static func visibleSpanish(_ html: String) -> String {
        var s = html
        for pattern in [#"<li lang="en">.*?</li>"#, #"<li id="source-\d+" lang="en">.*?</li>"#, #"<a [^>]*lang="en"[^>]*>.*?</a>"#,
                        #"<h1 [^>]*lang="en"[^>]*>.*?</h1>"#, #"<p class="lead" lang="en">.*?</p>"#, #"<script.*?</script>"#, #"<head>.*?</head>"#,
                        #"<div class="guide-body" lang="en">.*?</div>"#] {
            s = s.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        s = s.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
        return s.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'")
    }

    /// English sentences Haven writes: the catalogue's, the taxonomy's names and the hours' words (those that are not
    /// also Spanish), long enough to be sentences rather than names.
    static let englishSentences: [String] = {
        let spanish = Set(WordingTests.values(Words.spanish).values)
        var out = WordingTests.values(Words.english).values.filter { !spanish.contains($0) }
        out += Taxonomy.haven.terms.filter { $0.englishName != $0.spanishName }.map(\.englishName)
        out += Taxonomy.haven.facets.map(\.englishName) + Taxonomy.haven.facets.map(\.englishSummary)
        out += ["Open now", "Closed now", "Open 24 hours", "We couldn't find", "Enter a ZIP code"]
        return out.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 12 && !$0.hasPrefix("(") && !$0.contains("Optional") }
    }()

    func expectSpanish(_ html: String, _ what: String) {
        #expect(html.contains("<html lang=\"es\">"), "\(what): lang")
        let text = Self.visibleSpanish(html)
        for sentence in Self.englishSentences where text.contains(sentence) {
            Issue.record("\(what) shows English: \(sentence)")
        }
        // Lower case: "The Joint Commission" is a name, not a sentence.
        for word in [" you ", " your ", " the "] where text.contains(word) {
            Issue.record("\(what) has \"\(word)\" in its text")
        }
    }

    func ids(_ app: Application) async throws -> [String] {
        let (_, body, _) = try await get(app, "/api/v1/facilities?near=10001&per_page=3")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        return try #require(json["results"] as? [[String: Any]]).compactMap { $0["id"] as? String }
    }

    @Test func aSearchAndAFacilityAreInSpanishAndTheirLinksStayInSpanish() async throws {
        try await withSample { app in
            let (homeStatus, home, _) = try await get(app, "/es/")
            #expect(homeStatus == .ok)
            expectSpanish(home, "home")
            #expect(home.contains("<form class=\"search\" method=\"get\" action=\"/es/search\""))
            #expect(home.contains("<a href=\"/?lang=en\" hreflang=\"en\" lang=\"en\">English</a>"))

            let (status, results, _) = try await get(app, "/es/search?near=10001&per_page=2")
            #expect(status == .ok)
            expectSpanish(results, "results")
            #expect(results.contains("lugares cerca de 10001"))
            // Cards, pagination and the form keep the language; the switch goes to the same search in English.
            let ids = try await ids(app)
            #expect(results.contains("href=\"/es/facilities/\(ids[0])\""))
            #expect(results.contains("rel=\"next\" href=\"/es/search?near=10001&amp;page=2&amp;per_page=2\""))
            #expect(results.contains("<a href=\"/search?near=10001&amp;per_page=2\" hreflang=\"en\" lang=\"en\">English</a>"))
            #expect(results.contains("<link rel=\"alternate\" hreflang=\"es\" href=\"/es/search?near=10001&amp;per_page=2\">"))

            let (fStatus, facility, _) = try await get(app, "/es/facilities/\(ids[0])")
            #expect(fStatus == .ok)
            expectSpanish(facility, "facility")
            #expect(facility.contains("<h2 id=\"services\">Servicios</h2>") && facility.contains("<h2 id=\"contact\">Contacto</h2>"))
            #expect(facility.contains("<a href=\"/facilities/\(ids[0])\" hreflang=\"en\" lang=\"en\">English</a>"))

            // The English pages link to the Spanish ones.
            let (_, english, _) = try await get(app, "/search?near=10001")
            #expect(english.contains("<html lang=\"en\">"))
            #expect(english.contains("<a href=\"/es/search?near=10001\" hreflang=\"es\" lang=\"es\">Español</a>"))
            #expect(english.contains("href=\"/facilities/\(ids[0])\""))
        }
    }

    @Test func spanishWordsSearchAsTheEnglishOnesDo() async throws {
        try await withSample { app in
            let (_, spanish, _) = try await get(app, "/es/search?near=10001&q=desintoxicaci%C3%B3n%20sin%20seguro")
            let (_, english, _) = try await get(app, "/search?near=10001&q=detox%20sliding%20scale")
            expectSpanish(spanish, "words")
            #expect(spanish.contains("<span class=\"label\">Se muestra: </span>Desintoxicación (abstinencia con supervisión médica); Tarifa según ingresos (escala móvil); Ayuda con el pago"))
            // The same places: the count in the heading is the same number.
            let count = { (html: String) in html.firstMatch(of: #/<h1>(\d+) /#).map { String($0.1) } }
            #expect(count(spanish) != nil && count(spanish) == count(english))
            // A person may type Spanish on the English page too.
            let (_, mixed, _) = try await get(app, "/search?near=10001&q=adolescente")
            #expect(mixed.contains("Children and teens (from \u{201C}adolescente\u{201D})"))
        }
    }

    @Test func theListItsShareTextAndTheComparisonAreInSpanish() async throws {
        try await withSample { app in
            let ids = try await ids(app)
            let list = ids.joined(separator: ",")
            let (status, page, _) = try await get(app, "/es/list?ids=\(list)&near=10001")
            #expect(status == .ok)
            expectSpanish(page, "list")
            #expect(page.contains("<h1>Su lista</h1>") && page.contains("3 lugares; millas desde el centro del código postal 10001."))
            // The text a person sends is Spanish, and its link opens the Spanish list.
            #expect(page.contains("href=\"sms:?&amp;body=Lugares%20de%20tratamiento%20de%20Haven%3A"))
            #expect(page.contains("%2Fes%2Flist%3Fids%3D") || page.contains("/es/list?ids="))
            #expect(page.contains("href=\"/es/list/compare?ids=\(list)&amp;near=10001\""))
            #expect(page.contains("href=\"/es/facilities/\(ids[0])?list=\(list)\""))
            let (_, compare, _) = try await get(app, "/es/list/compare?ids=\(list)")
            expectSpanish(compare, "compare")
            #expect(compare.contains("<caption>3 lugares de su lista, lado a lado</caption>"))
            let (bad, badPage, _) = try await get(app, "/es/list?ids=nope")
            #expect(bad == .badRequest && badPage.contains("No se puede leer esta lista") && badPage.contains("<html lang=\"es\">"))
        }
    }

    @Test func theStatesAreInSpanishAndTheirSearchesToo() async throws {
        try await withSample { app in
            let (_, states, _) = try await get(app, "/es/states")
            expectSpanish(states, "states")
            #expect(states.contains("<h1>Tratamiento por estado</h1>") && states.contains("href=\"/es/states/CO\""))
            let (_, colorado, _) = try await get(app, "/es/states/CO")
            expectSpanish(colorado, "state")
            #expect(colorado.contains("<h1>Tratamiento en Colorado</h1>") && colorado.contains("href=\"/es/search?near="))
            // One address per state, in the same language.
            let (moved, _, headers) = try await get(app, "/es/states/co")
            #expect(moved == .movedPermanently && headers.first(name: .location) == "/es/states/CO")
            let (missing, page, _) = try await get(app, "/es/states/ZZ")
            #expect(missing == .notFound && page.contains("No se encontró el estado"))
        }
    }

    @Test func aMessageToAFacilityIsWrittenInSpanishAndReadInEnglish() async throws {
        try await withSample({ AccountTests.fast(&$0); $0.inquiryKeys = [Data(repeating: 7, count: 32)] }) { app in
            var (ann, id) = try await ProfileEditTests.managedFacility(app)
            var visitor = TestBrowser(app)
            let page = try await visitor.get("/es/facilities/\(id)")
            #expect(page.body.contains("href=\"/es/facilities/\(id)/contact\">Enviar un mensaje privado</a>"))
            let form = try await visitor.get("/es/facilities/\(id)/contact")
            expectSpanish(form.body, "contact form")
            #expect(form.body.contains("action=\"/es/facilities/\(id)/contact\""))
            // A mistake is said in Spanish, and nothing typed is lost.
            var sent = try await visitor.post("/es/facilities/\(id)/contact", ContactTests.fields(consent: false, reach: "12345"), from: form)
            #expect(sent.status == .unprocessableEntity)
            expectSpanish(sent.body, "contact errors")
            #expect(sent.body.contains("Hay 2 problemas") && sent.body.contains("Marque la casilla") && sent.body.contains("value=\"Sam\""))
            sent = try await visitor.post("/es/facilities/\(id)/contact", ContactTests.fields(), from: sent)
            #expect(sent.status == .ok && sent.body.contains("<h1>Mensaje enviado</h1>") && sent.body.contains("Mensaje de texto: 212-555-0142"))
            expectSpanish(sent.body, "contact sent")
            // The facility's staff read it in English, the inbox's language.
            let inbox = try await ann.get("/portal/facilities/\(id)/inquiries")
            #expect(inbox.body.contains(">Sam</a>: text message"))
        }
    }

    @Test func aGuideUnderSpanishSaysItIsInEnglishAndMarksIt() async throws {
        try await withSample(AccountTests.fast) { app in
            _ = try await ShippedGuidesTests.load(app)
            let (_, index, _) = try await get(app, "/es/guides")
            expectSpanish(index, "guides")
            #expect(index.contains("<h1>Guías</h1>") && index.contains("href=\"/es/guides/ketamine-withdrawal\""))
            let (status, guide, _) = try await get(app, "/es/guides/ketamine-withdrawal")
            #expect(status == .ok)
            expectSpanish(guide, "guide")
            // Which version the reader sees, said in Spanish; the English text marked as English.
            #expect(guide.contains("Esta guía todavía no está traducida al español"))
            #expect(guide.contains("<h1 id=\"guide-title\" lang=\"en\">Ketamine withdrawal: what to expect</h1>"))
            #expect(guide.contains("<div class=\"guide-body\" lang=\"en\">"))
            #expect(guide.contains("<dt>Revisión médica</dt><dd>Todavía no la revisó un profesional con licencia</dd>"))
            #expect(guide.contains("action=\"/es/search\""))
            for english in ["Awaiting medical review", "Written by", "This guide is information", "Find treatment near you"] {
                #expect(!Self.visibleSpanish(guide).contains(english), "\(english)")
            }
            let (missing, _, _) = try await get(app, "/es/guides/no-such-guide")
            #expect(missing == .notFound)
        }
    }

    @Test func problemsAndMissingPagesAnswerInSpanish() async throws {
        try await withSample { app in
            let (_, which, _) = try await get(app, "/es/search?near=Zzyzxqq")
            expectSpanish(which, "which place")
            #expect(which.contains("No encontramos"))
            let (status, missing, _) = try await get(app, "/es/facilities/3f2c5e1a-0000-8000-8000-000000000099")
            #expect(status == .notFound)
            expectSpanish(missing, "missing facility")
            #expect(missing.contains("No se encontró el centro"))
            let (_, privacy, _) = try await get(app, "/es/privacy")
            expectSpanish(privacy, "privacy")
            #expect(privacy.contains("<h1>Privacidad</h1>") && privacy.contains("AES-256-GCM"))
            let (_, about, _) = try await get(app, "/es/about/data")
            expectSpanish(about, "about the data")
            #expect(about.contains("<h1>Sobre los datos</h1>"))
            let (nowhere, lost, _) = try await get(app, "/es/no-such-page")
            #expect(nowhere == .notFound && lost.contains("<html lang=\"es\">") && lost.contains("No hay nada en esta dirección."))
            // Pages only in English are not under /es/.
            #expect(try await get(app, "/es/portal").0 == .notFound)
        }
    }

    @Test func doubledSlashesAreTheSamePageAndTheSwitchStaysOnHaven() async throws {
        try await withSample { app in
            // The router reads "/es//search" as the search; the switch and alternates must not become "//search",
            // a link to another host (and a path SafeURL refuses).
            for path in ["/es//search?near=10001", "//search?near=10001", "/es///facilities//x", "/es//"] {
                let (status, page, _) = try await get(app, path)
                #expect(status == .ok || status == .notFound, "\(path): \(status)")
                #expect(!page.contains("href=\"//"), "\(path)")
            }
            let (_, page, _) = try await get(app, "/es//search?near=10001")
            #expect(page.contains("<a href=\"/search?near=10001\" hreflang=\"en\" lang=\"en\">English</a>"))
        }
    }

    @Test func aFirstVisitFollowsAcceptLanguageAndAChoiceOfEnglishStays() async throws {
        try await withSample { app in
            let (status, _, headers) = try await get(app, "/", headers: ["Accept-Language": "es-MX,es;q=0.9,en;q=0.5"])
            #expect(status == .seeOther && headers.first(name: .location) == "/es/")
            #expect(headers.first(name: .vary) == "Accept-Language")
            #expect(try await get(app, "/", headers: ["Accept-Language": "en-US,en;q=0.9,es;q=0.5"]).0 == .ok)
            #expect(try await get(app, "/", headers: ["Accept-Language": "de"]).0 == .ok)
            // English chosen with the switch, or reached from one of Haven's own pages, stays English.
            #expect(try await get(app, "/?lang=en", headers: ["Accept-Language": "es"]).0 == .ok)
            #expect(try await get(app, "/", headers: ["Accept-Language": "es", "Host": "haven.example",
                                                        "Referer": "https://haven.example/es/search?near=10001"]).0 == .ok)
            #expect(try await get(app, "/", headers: ["Accept-Language": "es", "Host": "haven.example",
                                                        "Referer": "https://elsewhere.example/"]).0 == .seeOther)
            // Only the home page: a link to a search keeps the language it names.
            #expect(try await get(app, "/search?near=10001", headers: ["Accept-Language": "es"]).0 == .ok)
        }
    }
}
