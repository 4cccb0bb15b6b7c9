import HavenCore
import Vapor

/// The language a page is made in, from its path (`/es/...`), and the page's address in the other language for
/// the switch. Bound around the handler, so views, links and the taxonomy's names all read the same language.
enum PageLanguage {
    static let spanishPrefix: [PathComponent] = [.constant(Language.es.rawValue)]

    /// The page's path and query without the language prefix, when the page exists in both languages (nil: only
    /// in English, no switch).
    @TaskLocal static var here: String?

    /// `handler`, run with the language its request's path asks for.
    static func serving(_ handler: @Sendable @escaping (Request) async throws -> Response, bilingual: Bool)
        -> @Sendable (Request) async throws -> Response {
        { req in
            let (language, rest) = Language.fromPath(req.url.path)
            // The router skips empty segments ("/es//search" is the search), a link must not: "//search" is another host.
            let path = "/" + rest.split(separator: "/").joined(separator: "/")
            let here = bilingual ? path + (req.url.query.map { "?" + $0 } ?? "") : nil
            return try await Language.$current.withValue(language) {
                try await $here.withValue(here) { try await handler(req) }
            }
        }
    }

    /// The same page in `language`: "/es" + the path, or the path alone for English.
    static func link(_ here: String, in language: Language) -> String {
        language == .en ? here : language.pathPrefix + (here == "/" ? "/" : here)
    }
}
