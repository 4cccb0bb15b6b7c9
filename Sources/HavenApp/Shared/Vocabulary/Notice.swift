import HavenHTML
import Vapor

/// What a page says after an action sent the person back to it (`?done=<raw value>`). Each page has its own set;
/// a value it does not know says nothing.
protocol Notice: RawRepresentable<String>, CaseIterable, Sendable {
    var text: String { get }
}

extension SiteURL {
    /// This page, saying `notice`.
    func with(_ notice: some Notice) -> SafeURL { with([("done", notice.rawValue)]) }
}

extension Request {
    /// The notice this page was sent with, if it is one of the page's own.
    func notice<N: Notice>(_ kind: N.Type) -> N? { query[String.self, at: "done"].flatMap(N.init(rawValue:)) }
}
