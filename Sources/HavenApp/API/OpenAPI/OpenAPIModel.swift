/// The part of OpenAPI 3.1 that Haven's document uses, as Codable types: the document is built from these, encoded
/// for `/api/v1/openapi.json` and read by `/api/docs`, so both show the same paths, parameters and responses.
struct OpenAPI: Encodable, Sendable {
    var openapi = "3.1.0"
    let info: Info
    let paths: [String: PathItem]
    let components: Components

    struct Info: Encodable, Sendable {
        let title: String
        let version: String
        let description: String
        let license: License
    }

    struct License: Encodable, Sendable {
        let name: String
        let identifier: String
    }

    struct PathItem: Encodable, Sendable {
        let get: Operation
    }

    struct Operation: Encodable, Sendable {
        let operationId: String
        let summary: String
        var parameters: [Parameter]? = nil
        /// By status code ("200", "404").
        let responses: [String: Response]
    }

    struct Parameter: Encodable, Sendable {
        enum Location: String, Encodable, Sendable { case query, path }
        let name: String
        let `in`: Location
        var description: String? = nil
        var required: Bool? = nil
        var style: String? = nil
        var explode: Bool? = nil
        let schema: Schema
    }

    struct Response: Encodable, Sendable {
        let description: String
        var headers: [String: Header]? = nil
        /// By media type.
        var content: [String: MediaType]? = nil
    }

    struct Header: Encodable, Sendable {
        let schema: Schema
    }

    struct MediaType: Encodable, Sendable {
        let schema: Schema
    }

    struct Components: Encodable, Sendable {
        let schemas: [String: Schema]
    }
}

/// A JSON Schema (2020-12, as OpenAPI 3.1 uses it), as far as Haven needs.
final class Schema: Encodable, Sendable {
    let ref: String?
    let type: [String]
    let format: String?
    let description: String?
    let enumeration: [String]?
    let minimum: Int?
    let maximum: Int?
    let minItems: Int?
    let pattern: String?
    let examples: [String]?
    let items: Schema?
    let properties: [String: Schema]?
    let required: [String]?
    /// nil: not said; `.some(nil)`: false (no other properties); `.some(schema)`: other properties' schema.
    let additionalProperties: Schema??
    let oneOf: [Schema]?

    init(ref: String? = nil, type: [String] = [], format: String? = nil, description: String? = nil, enumeration: [String]? = nil,
         minimum: Int? = nil, maximum: Int? = nil, minItems: Int? = nil, pattern: String? = nil, examples: [String]? = nil,
         items: Schema? = nil, properties: [String: Schema]? = nil, required: [String]? = nil,
         additionalProperties: Schema?? = nil, oneOf: [Schema]? = nil) {
        self.ref = ref; self.type = type; self.format = format; self.description = description; self.enumeration = enumeration
        self.minimum = minimum; self.maximum = maximum; self.minItems = minItems; self.pattern = pattern; self.examples = examples
        self.items = items; self.properties = properties; self.required = required
        self.additionalProperties = additionalProperties; self.oneOf = oneOf
    }

    static var string: Schema { Schema(type: ["string"]) }
    static var boolean: Schema { Schema(type: ["boolean"]) }
    static func integer(minimum: Int? = nil, maximum: Int? = nil) -> Schema { Schema(type: ["integer"], minimum: minimum, maximum: maximum) }
    static func number(minimum: Int? = nil, maximum: Int? = nil) -> Schema { Schema(type: ["number"], minimum: minimum, maximum: maximum) }
    static func nullable(_ type: String, format: String? = nil) -> Schema { Schema(type: [type, "null"], format: format) }
    static func strings(_ values: [String]) -> Schema { Schema(type: ["string"], enumeration: values) }
    static func ref(_ name: String) -> Schema { Schema(ref: "#/components/schemas/\(name)") }
    static func array(_ items: Schema, minItems: Int? = nil, description: String? = nil) -> Schema {
        Schema(type: ["array"], description: description, minItems: minItems, items: items)
    }
    /// An object with exactly these properties; all required unless said otherwise.
    static func object(_ properties: [String: Schema], required: [String]? = nil) -> Schema {
        Schema(type: ["object"], properties: properties, required: required ?? properties.keys.sorted(), additionalProperties: .some(nil))
    }

    enum Key: String, CodingKey {
        case ref = "$ref", type, format, description, enumeration = "enum", minimum, maximum, minItems, pattern, examples
        case items, properties, required, additionalProperties, oneOf
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encodeIfPresent(ref, forKey: .ref)
        if type.count == 1 { try c.encode(type[0], forKey: .type) } else if !type.isEmpty { try c.encode(type, forKey: .type) }
        try c.encodeIfPresent(format, forKey: .format)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(enumeration, forKey: .enumeration)
        try c.encodeIfPresent(minimum, forKey: .minimum)
        try c.encodeIfPresent(maximum, forKey: .maximum)
        try c.encodeIfPresent(minItems, forKey: .minItems)
        try c.encodeIfPresent(pattern, forKey: .pattern)
        try c.encodeIfPresent(examples, forKey: .examples)
        try c.encodeIfPresent(items, forKey: .items)
        try c.encodeIfPresent(properties, forKey: .properties)
        try c.encodeIfPresent(required, forKey: .required)
        switch additionalProperties {
        case .none: break
        case .some(.none): try c.encode(false, forKey: .additionalProperties)
        case .some(.some(let schema)): try c.encode(schema, forKey: .additionalProperties)
        }
        try c.encodeIfPresent(oneOf, forKey: .oneOf)
    }
}
