import Foundation

/// A seeker's short list of places, kept only in the URL (`list=<id>,<id>`): no account, no cookie, nothing stored on
/// the server, so it can be bookmarked, copied or sent. Order is the order places were added; each id once.
public struct PlaceList: Sendable, Hashable {
    /// More than this is not a short list (a print page holds five).
    public static let limit = 10

    public private(set) var ids: [UUID] = []

    public init(_ ids: [UUID] = []) {
        for id in ids where !self.ids.contains(id) && self.ids.count < Self.limit { self.ids.append(id) }
    }

    /// "3f2c...,9a1b..." (any case, spaces allowed; repeats dropped). A part that is not a facility id, or more than
    /// `limit` places, is an error that says so.
    public static func parse(_ values: [String]) throws(QueryError) -> PlaceList {
        var ids: [UUID] = []
        for part in values.flatMap({ $0.split(separator: ",") }) {
            let text = part.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            guard let id = UUID(uuidString: text) else {
                throw QueryError("list", Language.say("the list has \u{201C}\(text.prefix(40))\u{201D}, which is not a place on Haven; open the list again from its link",
                                                      "la lista tiene \u{201C}\(text.prefix(40))\u{201D}, que no es un lugar de Haven; abra la lista otra vez desde su enlace"))
            }
            if !ids.contains(id) { ids.append(id) }
        }
        guard ids.count <= limit else { throw QueryError("list", Language.say("a list holds up to \(limit) places; this one has \(ids.count)",
                                                                                 "una lista tiene hasta \(limit) lugares; esta tiene \(ids.count)")) }
        return PlaceList(ids)
    }

    public var isEmpty: Bool { ids.isEmpty }
    public var count: Int { ids.count }
    public var isFull: Bool { ids.count >= Self.limit }
    public func contains(_ id: UUID) -> Bool { ids.contains(id) }

    public func adding(_ id: UUID) -> PlaceList { PlaceList(ids + [id]) }
    public func removing(_ id: UUID) -> PlaceList { PlaceList(ids.filter { $0 != id }) }

    /// The parameter's value: lower-case ids joined by commas.
    public var parameter: String { ids.map { $0.uuidString.lowercased() }.joined(separator: ",") }
}
