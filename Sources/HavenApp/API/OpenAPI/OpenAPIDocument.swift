import Foundation
import HavenCore

/// The OpenAPI 3.1 description of /api/v1, built from the same taxonomy the API validates against and the same
/// `APIURL` paths the routes are registered at. Its schemas are held to the answers the API really gives by
/// `APIContractTests` (every property, type and allowed value), and the hand-written search JSON to the Codable
/// types by `JSONWriterTests`: none of the three can change alone.
enum OpenAPIDocument {
    static let haven = document(.haven)

    static let json: Data = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try! encoder.encode(haven)  // Static, encodable types: cannot fail at run time.
    }()

    static func problem(_ description: String) -> OpenAPI.Response {
        OpenAPI.Response(description: description, content: ["application/problem+json": .init(schema: .ref("Problem"))])
    }

    static let tooMany = OpenAPI.Response(
        description: "Too many requests from this client; `Retry-After` says how many seconds to wait",
        headers: ["Retry-After": .init(schema: .integer())], content: ["application/problem+json": .init(schema: .ref("Problem"))])
    /// The error answers of the search endpoints.
    static let placeErrors: [String: OpenAPI.Response] = [
        "300": problem("The place could mean several; `detail` lists them, each as the `near` value that picks it"), "400": problem("A bad parameter"),
        "404": problem("No such place (unknown ZIP code or city); `detail` names close spellings when there are some"), "429": tooMany,
    ]
    static let notModified = OpenAPI.Response(description: "Not modified: the `ETag` matches `If-None-Match`")

    static func json(_ description: String, _ schema: Schema) -> OpenAPI.Response {
        OpenAPI.Response(description: description, content: ["application/json": .init(schema: schema)])
    }

    /// The search parameters: the base ones, then one per facet with its terms as the allowed values.
    static func searchParameters(_ taxonomy: Taxonomy, paged: Bool) -> [OpenAPI.Parameter] {
        var params: [OpenAPI.Parameter] = [
            .init(name: "near", in: .query, description: "Where: a ZIP code, \"City, ST\", \"City ST ZIP\", a street address (its ZIP or city is used), a county (\"Cook County, IL\"), a state (\"Colorado\", \"Washington state\": searched across, no radius), a nickname (\"NYC\"), or \"lat,lon\". `place` in the answer says what was understood.", schema: .string),
            .init(name: "radius", in: .query, description: "Miles from `near` (default 25).", schema: .number(minimum: 1, maximum: 500)),
            .init(name: "q", in: .query, description: "Needs in plain words (\"suboxone\", \"ketamine\", \"teen\", \"spanish\", \"medicaid\"), read into filters (`understood` in the answer says how); words that name no need match the start of words in facility names.", schema: .string),
            .init(name: "sort", in: .query, description: "distance (the default with `near`) or name. Without `near` results are always by name; the response's `sort` says which was used.",
                  schema: .strings(SearchSort.allCases.map(\.rawValue))),
        ]
        if paged {
            params += [.init(name: "page", in: .query, schema: .integer(minimum: 1, maximum: SearchQuery.maxPage)),
                       .init(name: "per_page", in: .query, schema: .integer(minimum: 1, maximum: SearchQuery.maxPerPage))]
        }
        params.append(.init(name: "modified_since", in: .query,
                            description: "Only facilities changed at or after this time: a date (2026-01-31, midnight UTC) or an ISO 8601 time with zone. For clients that sync.",
                            schema: Schema(type: ["string"], pattern: SearchQuery.timestampPattern, examples: ["2026-01-31T00:00:00Z"])))
        params.append(.init(name: "open", in: .query,
                            description: "Hours, from what the facility's staff keep (listings without hours match neither): now (open at this moment by the facility's own clock; 24-hour programs always), evenings-weekends (open after 6 PM on some day, or on a weekend). Both: either. Counted in `facets.open`.",
                            style: "form", explode: false, schema: .array(.strings(OpenFilter.allCases.map(\.rawValue)), minItems: 1)))
        for facet in taxonomy.facets {
            params.append(.init(name: facet.slug, in: .query,
                                description: "\(facet.name): one or more term slugs, comma-separated (OR within this facet, AND with other facets).",
                                style: "form", explode: false, schema: .array(.strings(taxonomy.terms(in: facet).map(\.slug)), minItems: 1)))
        }
        return params
    }

    static func document(_ taxonomy: Taxonomy) -> OpenAPI {
        let idParam = OpenAPI.Parameter(name: "id", in: .path, required: true, schema: Schema(type: ["string"], format: "uuid"))
        func operation(_ url: APIURL, _ op: OpenAPI.Operation) -> (String, OpenAPI.PathItem) { (url.openAPIPath, .init(get: op)) }
        let paths = Dictionary(uniqueKeysWithValues: [
            operation(.facilities, .init(
                operationId: "searchFacilities", summary: "Search facilities", parameters: searchParameters(taxonomy, paged: true),
                responses: placeErrors.merging(["200": json("A page of results with facet counts; `Link` (first, prev, next, last) and `X-Total-Count` headers",
                                                            .ref("SearchResponse"))]) { a, _ in a })),
            operation(.facilitiesCSV, .init(
                operationId: "exportFacilities", summary: "Every result of a search as CSV (streamed; no paging)",
                parameters: searchParameters(taxonomy, paged: false),
                responses: placeErrors.merging(["200": .init(description: "CSV with a header row: " + CSVExport.header.joined(separator: ", "),
                                                             content: ["text/csv": .init(schema: .string)])]) { a, _ in a })),
            operation(.facility, .init(
                operationId: "getFacility", summary: "One facility with its sources (ETag; If-None-Match gives 304)", parameters: [idParam],
                responses: ["200": json("The facility", .ref("FacilityDetail")), "304": notModified,
                            "400": problem("The id is not a UUID"), "404": problem("No such facility"), "429": tooMany])),
            operation(.taxonomy, .init(
                operationId: "getTaxonomy", summary: "Facets, terms and the SAMHSA code crosswalk (ETag; If-None-Match gives 304)",
                responses: ["200": json("The taxonomy", .ref("Taxonomy")), "304": notModified, "429": tooMany])),
            operation(.openAPI, .init(
                operationId: "getOpenAPI", summary: "This document",
                responses: ["200": json("OpenAPI 3.1 document", Schema(type: ["object"])), "304": notModified, "429": tooMany])),
        ])
        return OpenAPI(
            info: .init(title: "Haven API", version: "1.0.0",
                        description: "Find drug, alcohol and mental health treatment facilities. Data: SAMHSA national directories (public domain).",
                        license: .init(name: "Data: public domain (SAMHSA); ZIP centers CC BY 4.0 (GeoNames)", identifier: "CC-BY-4.0")),
            paths: paths, components: .init(schemas: schemas))
    }

    static var schemas: [String: Schema] {
        let string = Schema.string
        let precision = Schema.strings(GeoPrecision.allCases.map(\.rawValue))
        return [
            "Address": .object(["street1": string, "street2": string, "city": string, "state": string, "zip": string]),
            "TermRef": .object(["slug": string, "name": string, "facet": string]),
            "FacilitySummary": .object([
                "id": Schema(type: ["string"], format: "uuid"), "name": string, "address": .ref("Address"),
                "phone": .nullable("string"), "latitude": .nullable("number"), "longitude": .nullable("number"),
                "precision": precision, "distance_miles": .nullable("number"), "remote_only": .boolean,
                "terms": .array(.ref("TermRef")), "url": string,
            ]),
            "SearchResponse": .object([
                "total": .integer(minimum: 0), "page": .integer(), "per_page": .integer(),
                "sort": .strings(SearchSort.allCases.map(\.rawValue)),
                "place": Schema(oneOf: [.ref("Place"), Schema(type: ["null"])]),
                "understood": Schema(oneOf: [.ref("Understood"), Schema(type: ["null"])]),
                "ways_out": .array(.ref("WayOut"), description: "With no results: variations of the search that find places, each with its count and its address in this API (empty otherwise)."),
                "telehealth": Schema(oneOf: [.ref("Telehealth"), Schema(type: ["null"])]),
                "results": .array(.ref("FacilitySummary")),
                "facets": Schema(type: ["object"], description: "Counts per term of each filter facet, and of the hours filters under `open`. For a facet with a selection, a term's count is how many results there would be with that term also chosen; otherwise how many results have it.",
                                 additionalProperties: .some(.array(.ref("FacetCount")))),
            ]),
            "Place": .object([
                "label": string, "latitude": .number(), "longitude": .number(),
                "kind": .strings(["point", "state", "county"]), "state": .nullable("string"), "note": .nullable("string"),
                "from": .nullable("string"),
                "alternatives": .array(.object(["label": string, "near": string])),
            ]),
            "Understood": .object([
                "text": string, "terms": .array(string), "name": .nullable("string"), "unused": .array(string),
                "narrow": .array(string), "notes": .array(string),
                "prefer": .array(string), "preferred": .integer(minimum: 0),
            ]),
            "WayOut": .object([
                "kind": .strings(["radius", "without", "any_name", "without_hours"]), "radius": .nullable("number"), "term": .nullable("string"),
                "total": .integer(minimum: 1), "url": string,
            ]),
            "Telehealth": .object(["state": string, "total": .integer(minimum: 1), "url": string]),
            "FacetCount": .object(["slug": string, "name": string, "count": .integer(minimum: 0)]),
            "FacilityDetail": .object([
                "id": Schema(type: ["string"], format: "uuid"), "name": string, "name2": .nullable("string"), "address": .ref("Address"),
                "phone": .nullable("string"), "intake_phones": .array(string), "website": .nullable("string"),
                "latitude": .nullable("number"), "longitude": .nullable("number"), "precision": precision, "listed": .boolean,
                "terms": .array(.ref("TermRef")), "sources": .array(.ref("Source")),
                "other_terms": .array(.object(["taxonomy": string, "code": string, "name": string, "value": string]),
                                      description: "Terms of other taxonomies that an imported HSDS package gave (not searchable by facet)."),
                "last_verified_at": .nullable("string", format: "date-time"), "updated_at": Schema(type: ["string"], format: "date-time"),
                "url": string,
                "description": .nullable("string"),
                "hours": Schema(oneOf: [.ref("Hours"), Schema(type: ["null"])]),
                "new_patients": Schema(oneOf: [.ref("NewPatients"), Schema(type: ["null"])]),
                "other_plans": .nullable("string"), "costs": .nullable("string"), "licenses": .nullable("string"),
            ]),
            "Hours": .object([
                "around_the_clock": .boolean,
                "days": .array(.object([
                    "day": .strings(OpeningHours.Day.allCases.map { $0.name.lowercased() }),
                    "opens": Schema(type: ["string"], pattern: "^[0-2][0-9]:[0-5][0-9]$"),
                    "closes": Schema(type: ["string"], pattern: "^[0-2][0-9]:[0-5][0-9]$"),
                ]), description: "The open days only: a day not listed is closed. Times are 24-hour, local to the facility."),
                "note": string,
            ]),
            "NewPatients": .object([
                "status": .strings(NewPatients.Status.allCases.map(\.rawValue)),
                "wait_days": .nullable("integer"),
                "confirmed_at": Schema(type: ["string"], format: "date-time"),
            ]),
            "Source": .object([
                "directory": .strings(Directory.allCases.map(\.rawValue) + [HSDSSource.directory]), "title": string, "file": string,
                "edition": string, "line": .integer(), "present": .boolean, "imported_at": Schema(type: ["string"], format: "date-time"),
            ]),
            "Taxonomy": .object(["facets": .array(.object([
                "slug": string, "name": string, "description": string, "filter": .boolean,
                "terms": .array(.object(["slug": string, "name": string, "samhsa_codes": .array(.object([
                    "code": string, "directory": .strings(Directory.allCases.map(\.rawValue)),
                ]))])),
            ]))]),
            "Problem": .object(["type": string, "title": string, "status": .integer(), "detail": string, "parameter": string],
                               required: ["type", "title", "status", "detail"]),
        ]
    }
}
