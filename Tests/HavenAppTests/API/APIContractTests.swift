import Foundation
@testable import HavenApp
import Testing
import VaporTesting

/// Issue 20: the API's types, its hand-written JSON and its OpenAPI document cannot disagree without a test failing.
/// `JSONWriterTests` holds the writer to the Codable types byte for byte; this suite holds every answer the API gives
/// (search pages, facilities with and without what providers add, the taxonomy, problems) to the schema the document
/// publishes for it: the right types, and exactly the properties it lists (a field added to a type but not to the
/// document, or dropped from the type but still documented, fails here).
@Suite struct APIContractTests {
    /// JSON as it came over the wire.
    indirect enum JSON: Decodable, Equatable {
        case null, bool(Bool), number(Double), string(String), array([JSON]), object([String: JSON])

        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null }
            else if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else if let n = try? c.decode(Double.self) { self = .number(n) }
            else if let s = try? c.decode(String.self) { self = .string(s) }
            else if let a = try? c.decode([JSON].self) { self = .array(a) }
            else { self = .object(try c.decode([String: JSON].self)) }
        }

        subscript(_ key: String) -> JSON? { if case .object(let o) = self { o[key] } else { nil } }
        var string: String? { if case .string(let s) = self { s } else { nil } }
        var strings: [String] { if case .array(let a) = self { a.compactMap(\.string) } else { [] } }
    }

    /// The published document's component schemas.
    static let schemas: [String: JSON] = {
        guard case .object(let all)? = (try? JSONDecoder().decode(JSON.self, from: OpenAPIDocument.json))?["components"]?["schemas"] else { return [:] }
        return all
    }()

    /// Why `value` does not fit `schema` (empty when it does).
    static func problems(_ value: JSON, _ schema: JSON, at path: String) -> [String] {
        if let ref = schema["$ref"]?.string {
            guard let target = schemas[String(ref.split(separator: "/").last ?? "")] else { return ["\(path): unknown \(ref)"] }
            return problems(value, target, at: path)
        }
        if case .array(let options)? = schema["oneOf"] {
            let fits = options.filter { problems(value, $0, at: path).isEmpty }.count
            return fits == 1 ? [] : ["\(path): fits \(fits) of the oneOf schemas"]
        }
        let types = schema["type"].map { $0.string.map { [$0] } ?? $0.strings } ?? []
        let actual: String
        switch value {
        case .null: actual = "null"
        case .bool: actual = "boolean"
        case .number(let n): actual = types.contains("integer") && n.rounded() == n ? "integer" : "number"
        case .string: actual = "string"
        case .array: actual = "array"
        case .object: actual = "object"
        }
        guard types.isEmpty || types.contains(actual) || (actual == "integer" && types.contains("number")) else {
            return ["\(path): \(actual), not \(types.joined(separator: " or "))"]
        }
        var found: [String] = []
        switch value {
        case .string(let s):
            if let allowed = schema["enum"]?.strings, !allowed.isEmpty, !allowed.contains(s) { found.append("\(path): \"\(s)\" is not one of \(allowed)") }
            if schema["format"]?.string == "uuid", UUID(uuidString: s) == nil { found.append("\(path): not a UUID") }
            if schema["format"]?.string == "date-time", ISO8601DateFormatter().date(from: s) == nil { found.append("\(path): not a date-time") }
            if let pattern = schema["pattern"]?.string, s.range(of: pattern, options: .regularExpression) == nil { found.append("\(path): does not match \(pattern)") }
        case .number(let n):
            if case .number(let min)? = schema["minimum"], n < min { found.append("\(path): below \(min)") }
        case .array(let items):
            if let item = schema["items"] { for (i, v) in items.enumerated() { found += problems(v, item, at: "\(path)[\(i)]") } }
        case .object(let object):
            let properties: [String: JSON]
            if case .object(let p)? = schema["properties"] { properties = p } else { properties = [:] }
            for key in schema["required"]?.strings ?? [] where object[key] == nil { found.append("\(path): no \(key), which the document requires") }
            for (key, v) in object {
                if let p = properties[key] { found += problems(v, p, at: "\(path).\(key)") }
                else if schema["additionalProperties"] == .bool(false) { found.append("\(path): \(key) is not in the document") }
                else if let extra = schema["additionalProperties"], extra != .bool(true) { found += problems(v, extra, at: "\(path).\(key)") }
            }
        case .null, .bool:
            break
        }
        return found
    }

    /// `path`'s answer, held to the component schema `name`.
    static func check(_ app: Application, _ path: String, status: HTTPResponseStatus = .ok, against name: String) async throws {
        let res = try await app.testing().sendRequest(.GET, path)
        #expect(res.status == status, "\(path)")
        let body = try JSONDecoder().decode(JSON.self, from: Data(res.body.readableBytesView))
        let schema = try #require(schemas[name], "the document has no \(name)")
        let found = problems(body, schema, at: name)
        #expect(found.isEmpty, "\(path): \(found.prefix(10))")
    }

    @Test func everyAnswerIsWhatTheDocumentSays() async throws {
        try await withSample(AccountTests.fast) { app in
            #expect(Self.schemas.count >= 10)
            var (ann, id) = try await ProfileEditTests.managedFacility(app)
            let plain = try await ClaimTests.facilityIDs(app, 2).first { $0 != id }!
            // What the facility's staff add: description, hours, new patients, costs and the rest.
            let form = try await ann.get("/portal/facilities/\(id)/edit")
            let saved = try await ann.post("/portal/facilities/\(id)/edit", ProfileEditTests.fields(form, [
                "new_patients": ["waitlist"], "wait_days": ["14"], "mon_opens": ["08:00"], "mon_closes": ["17:00"],
                "hours_note": ["Closed on holidays"], "description": ["Outpatient care for adults."], "costs": ["Sliding scale"],
                "licenses": ["State license 123"], "other_plans": ["Ambetter"],
            ]), from: form)
            #expect(saved.status == .seeOther, "\(ProfileEditTests.problems(saved))")
            for query in JSONWriterTests.queries.map(Self.queryString) + ["q=suboxone&near=10001", "near=New+York%2C+NY&q=teen", "q=nothing+like+this"] {
                try await Self.check(app, "/api/v1/facilities?" + query, against: "SearchResponse")
            }
            try await Self.check(app, "/api/v1/facilities/\(id)", against: "FacilityDetail")
            try await Self.check(app, "/api/v1/facilities/\(plain)", against: "FacilityDetail")
            try await Self.check(app, "/api/v1/taxonomy", against: "Taxonomy")
            try await Self.check(app, "/api/v1/facilities/3f2c5e1a-0000-8000-8000-000000000000", status: .notFound, against: "Problem")
            try await Self.check(app, "/api/v1/facilities?radius=lots", status: .badRequest, against: "Problem")
        }
    }

    @Test func theCheckerRefusesWhatTheDocumentDoesNotSay() throws {
        // The checker itself can fail: a key the document lacks, a missing one, a wrong type, a value not allowed.
        let schema = try #require(Self.schemas["TermRef"])
        #expect(Self.problems(.object(["slug": .string("a"), "name": .string("b"), "facet": .string("c")]), schema, at: "t").isEmpty)
        #expect(!Self.problems(.object(["slug": .string("a"), "name": .string("b"), "facet": .string("c"), "extra": .null]), schema, at: "t").isEmpty)
        #expect(!Self.problems(.object(["slug": .string("a"), "name": .string("b")]), schema, at: "t").isEmpty)
        #expect(!Self.problems(.object(["slug": .number(1), "name": .string("b"), "facet": .string("c")]), schema, at: "t").isEmpty)
        #expect(!Self.problems(.string("sometimes"), .object(["type": .string("string"), "enum": .array([.string("distance"), .string("name")])]), at: "s").isEmpty)
    }

    static func queryString(_ params: [String: [String]]) -> String {
        params.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.joined(separator: ","))" }.joined(separator: "&")
    }
}
