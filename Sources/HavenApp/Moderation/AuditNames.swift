import Foundation
import HavenCore
import HavenHTML
import SQLKit

/// The names behind the ids an audit entry keeps ("facility 3F2A...", "claim ...; user ..."), so the log reads as who
/// did what to which listing. Entries keep ids (names change; ids do not); the page names them when it is read, and
/// an id whose row is gone stays as it was written.
struct AuditNames: Sendable {
    var facilities: [UUID: String] = [:]
    var users: [UUID: (name: String, email: String)] = [:]
    /// A request to manage a listing: whose listing.
    var claims: [UUID: UUID] = [:]

    /// Looks up every id the entries hold, in three queries.
    static func load(for rows: [AuditRow], on db: any SQLDatabase) async throws -> AuditNames {
        var ids = Set<UUID>()
        for r in rows {
            if let actor = r.actorId { ids.insert(actor) }
            for word in words(r.subject) + words(r.detail) { if let id = uuid(word) { ids.insert(id) } }
        }
        var names = AuditNames()
        guard !ids.isEmpty else { return names }
        let list = Array(ids)
        for row in try await db.select().columns("id", "facility_id").from(ClaimRow.table).where("id", .in, list).all() {
            let facility = try row.decode(column: "facility_id", as: UUID.self)
            names.claims[try row.decode(column: "id", as: UUID.self)] = facility
            ids.insert(facility)
        }
        let all = Array(ids)
        for row in try await db.select().columns("id", "name").from("facilities").where("id", .in, all).all() {
            names.facilities[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "name", as: String.self)
        }
        for row in try await db.select().columns("id", "name", "email").from(UserRow.table).where("id", .in, all).all() {
            names.users[try row.decode(column: "id", as: UUID.self)] = (try row.decode(column: "name", as: String.self),
                                                                         try row.decode(column: "email", as: String.self))
        }
        return names
    }

    /// What an entry is about, and its page when it has one: a facility's name links to its listing.
    func subject(_ text: String) -> (text: String, link: SafeURL?) {
        let parts = Self.words(text)
        guard parts.count == 2, let id = Self.uuid(parts[1]) else { return (text, nil) }
        switch parts[0] {
        case "facility": if let name = facilities[id] { return (name, SiteURL.facility(.value(id)).url) }
        case "user": if let user = users[id] { return (person(user), nil) }
        case "claim":
            if let facility = claims[id], let name = facilities[facility] {
                return ("The request to manage " + name, SiteURL.facility(.value(facility)).url)
            }
        default: break
        }
        return (text, nil)
    }

    /// The entry's detail with each id named: "claim <id>; user <id>; reason: ..." reads "the request; Ann
    /// (ann@clinic.example); reason: ..."; "report <id>: wrong-phone" reads "report: The phone number is wrong ...".
    func detail(_ text: String) -> String {
        var out: [String] = []
        let parts = Self.words(text)
        var i = 0
        while i < parts.count {
            let word = parts[i]
            if i + 1 < parts.count, let (id, tail) = Self.uuidWithTail(parts[i + 1]) {
                switch word {
                case "user" where users[id] != nil: out.append(person(users[id]!) + tail); i += 2; continue
                case "claim": out.append("the request" + tail); i += 2; continue
                case "report":
                    out.append("report" + tail)
                    if tail == ":", i + 2 < parts.count, let kind = ProblemReport.Kind(rawValue: parts[i + 2]) {
                        out.append(kind.label); i += 3; continue
                    }
                    i += 2; continue
                case "inquiry": out.append("a message" + tail); i += 2; continue
                default: break
                }
            }
            out.append(word)
            i += 1
        }
        return out.joined(separator: " ")
    }

    private func person(_ user: (name: String, email: String)) -> String { "\(user.name) (\(user.email))" }

    private static func words(_ text: String) -> [String] { text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) }

    private static func uuid(_ word: String) -> UUID? { uuidWithTail(word)?.id }

    /// An id followed by punctuation ("3F2A...;" or "3F2A...:"), and the punctuation.
    private static func uuidWithTail(_ word: String) -> (id: UUID, tail: String)? {
        guard word.utf8.count >= 36 else { return nil }
        let head = String(word.prefix(36)), tail = String(word.dropFirst(36))
        guard tail.allSatisfy({ ";:,.".contains($0) }), let id = UUID(uuidString: head) else { return nil }
        return (id, tail)
    }
}
