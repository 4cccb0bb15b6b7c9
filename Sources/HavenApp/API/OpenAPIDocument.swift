import Foundation
import HavenCore

/// The OpenAPI 3.1 description of /api/v1, built from the same taxonomy the API validates against,
/// so the document and the implementation cannot drift apart on facets and terms.
enum OpenAPIDocument {
    static let json: Data = {
        try! JSONSerialization.data(withJSONObject: document(Taxonomy.haven), options: [.sortedKeys, .withoutEscapingSlashes])
    }()

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }
    static var string: [String: Any] { ["type": "string"] }
    static func nullable(_ type: String) -> [String: Any] { ["type": [type, "null"]] }
    static func object(_ props: [String: Any], required: [String]? = nil) -> [String: Any] {
        ["type": "object", "properties": props, "required": required ?? Array(props.keys).sorted(), "additionalProperties": false]
    }
    static func problem(_ description: String) -> [String: Any] {
        ["description": description, "content": ["application/problem+json": ["schema": ref("Problem")]]]
    }

    static var tooMany: [String: Any] { [
        "description": "Too many requests from this client; `Retry-After` says how many seconds to wait",
        "headers": ["Retry-After": ["schema": ["type": "integer"]]],
        "content": ["application/problem+json": ["schema": ["$ref": "#/components/schemas/Problem"]]],
    ] }
    /// The error answers of the search endpoints.
    static var placeErrors: [String: Any] {
        ["300": problem("The place could mean several; `detail` lists them"), "400": problem("A bad parameter"),
         "404": problem("No such place (unknown ZIP code or city)"), "429": tooMany]
    }
    static var notModified: [String: Any] { ["description": "Not modified: the `ETag` matches `If-None-Match`"] }

    static func document(_ taxonomy: Taxonomy) -> [String: Any] {
        var params: [[String: Any]] = [
            ["name": "near", "in": "query", "description": "A 5-digit ZIP code, \"City, ST\", or \"lat,lon\".", "schema": string],
            ["name": "radius", "in": "query", "description": "Miles from `near` (default 25).", "schema": ["type": "number", "minimum": 1, "maximum": 500]],
            ["name": "q", "in": "query", "description": "Words that start words of the facility's name.", "schema": string],
            ["name": "sort", "in": "query", "description": "distance (the default with `near`) or name. Without `near` results are always by name; the response's `sort` says which was used.", "schema": ["type": "string", "enum": ["distance", "name"]]],
            ["name": "page", "in": "query", "schema": ["type": "integer", "minimum": 1, "maximum": 100_000]],
            ["name": "per_page", "in": "query", "schema": ["type": "integer", "minimum": 1, "maximum": SearchQuery.maxPerPage]],
            ["name": "modified_since", "in": "query", "description": "Only facilities changed at or after this time: a date (2026-01-31, midnight UTC) or an ISO 8601 time with zone. For clients that sync.",
             "schema": ["type": "string", "pattern": SearchQuery.timestampPattern, "examples": ["2026-01-31T00:00:00Z"]]],
        ]
        for facet in taxonomy.facets {
            let slugs = taxonomy.terms(in: facet).map(\.slug)
            params.append([
                "name": facet.slug, "in": "query", "style": "form", "explode": false,
                "description": "\(facet.name): one or more term slugs, comma-separated (OR within this facet, AND with other facets).",
                "schema": ["type": "array", "minItems": 1, "items": ["type": "string", "enum": slugs]],
            ])
        }
        let termRef = object(["slug": string, "name": string, "facet": string])
        let address = object(["street1": string, "street2": string, "city": string, "state": string, "zip": string])
        let summary = object([
            "id": ["type": "string", "format": "uuid"], "name": string, "address": ref("Address"),
            "phone": nullable("string"), "latitude": nullable("number"), "longitude": nullable("number"),
            "precision": ["type": "string", "enum": GeoPrecision.allCases.map(\.rawValue)],
            "distance_miles": nullable("number"), "terms": ["type": "array", "items": ref("TermRef")], "url": string,
        ])
        let searchResponse = object([
            "total": ["type": "integer", "minimum": 0], "page": ["type": "integer"], "per_page": ["type": "integer"],
            "sort": ["type": "string", "enum": ["distance", "name"]],
            "place": ["oneOf": [ref("Place"), ["type": "null"]]],
            "results": ["type": "array", "items": ref("FacilitySummary")],
            "facets": ["type": "object", "description": "Counts per term of each filter facet. For a facet with a selection, a term's count is how many results there would be with that term also chosen; otherwise how many results have it.",
                       "additionalProperties": ["type": "array", "items": ref("FacetCount")]],
        ])
        let detail = object([
            "id": ["type": "string", "format": "uuid"], "name": string, "name2": nullable("string"), "address": ref("Address"),
            "phone": nullable("string"), "intake_phones": ["type": "array", "items": string], "website": nullable("string"),
            "latitude": nullable("number"), "longitude": nullable("number"),
            "precision": ["type": "string", "enum": GeoPrecision.allCases.map(\.rawValue)], "listed": ["type": "boolean"],
            "terms": ["type": "array", "items": ref("TermRef")], "sources": ["type": "array", "items": ref("Source")],
            "other_terms": ["type": "array", "description": "Terms of other taxonomies that an imported HSDS package gave (not searchable by facet).",
                            "items": object(["taxonomy": string, "code": string, "name": string, "value": string])],
            "last_verified_at": ["type": ["string", "null"], "format": "date-time"], "updated_at": ["type": "string", "format": "date-time"],
            "url": string,
        ])
        let source = object(["directory": ["type": "string", "enum": Directory.allCases.map(\.rawValue) + [HSDSSource.directory]], "title": string, "file": string,
                             "edition": string, "line": ["type": "integer"], "present": ["type": "boolean"],
                             "imported_at": ["type": "string", "format": "date-time"]])
        let taxonomySchema = object(["facets": ["type": "array", "items": object([
            "slug": string, "name": string, "description": string, "filter": ["type": "boolean"],
            "terms": ["type": "array", "items": object(["slug": string, "name": string, "samhsa_codes": ["type": "array", "items": object([
                "code": string, "directory": ["type": "string", "enum": Directory.allCases.map(\.rawValue)]])]])],
        ])]])
        let problemSchema = object(["type": string, "title": string, "status": ["type": "integer"], "detail": string, "parameter": string],
                                   required: ["type", "title", "status", "detail"])
        let idParam: [String: Any] = ["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]]
        return [
            "openapi": "3.1.0",
            "info": ["title": "Haven API", "version": "1.0.0",
                     "description": "Find drug, alcohol and mental health treatment facilities. Data: SAMHSA national directories (public domain).",
                     "license": ["name": "Data: public domain (SAMHSA); ZIP centers CC BY 4.0 (GeoNames)", "identifier": "CC-BY-4.0"]],
            "paths": [
                "/api/v1/facilities": ["get": [
                    "operationId": "searchFacilities", "summary": "Search facilities", "parameters": params,
                    "responses": placeErrors.merging(["200": ["description": "A page of results with facet counts; `Link` (first, prev, next, last) and `X-Total-Count` headers",
                                                              "content": ["application/json": ["schema": ref("SearchResponse")]]]]) { a, _ in a },
                ]],
                "/api/v1/facilities.csv": ["get": [
                    "operationId": "exportFacilities", "summary": "Every result of a search as CSV (streamed; no paging)",
                    "parameters": params.filter { !["page", "per_page"].contains($0["name"] as? String ?? "") },
                    "responses": placeErrors.merging(["200": ["description": "CSV with a header row: " + CSVExport.header.joined(separator: ", "),
                                                              "content": ["text/csv": ["schema": ["type": "string"]]]]]) { a, _ in a },
                ]],
                "/api/v1/facilities/{id}": ["get": [
                    "operationId": "getFacility", "summary": "One facility with its sources (ETag; If-None-Match gives 304)", "parameters": [idParam],
                    "responses": ["200": ["description": "The facility", "content": ["application/json": ["schema": ref("FacilityDetail")]]],
                                  "304": notModified, "400": problem("The id is not a UUID"), "404": problem("No such facility"), "429": tooMany],
                ]],
                "/api/v1/taxonomy": ["get": [
                    "operationId": "getTaxonomy", "summary": "Facets, terms and the SAMHSA code crosswalk (ETag; If-None-Match gives 304)",
                    "responses": ["200": ["description": "The taxonomy", "content": ["application/json": ["schema": ref("Taxonomy")]]],
                                  "304": notModified, "429": tooMany],
                ]],
                "/api/v1/openapi.json": ["get": [
                    "operationId": "getOpenAPI", "summary": "This document",
                    "responses": ["200": ["description": "OpenAPI 3.1 document", "content": ["application/json": ["schema": ["type": "object"]]]],
                                  "304": notModified, "429": tooMany],
                ]],
            ],
            "components": ["schemas": [
                "Address": address, "TermRef": termRef, "FacilitySummary": summary, "SearchResponse": searchResponse,
                "Place": object(["label": string, "latitude": ["type": "number"], "longitude": ["type": "number"]]),
                "FacetCount": object(["slug": string, "name": string, "count": ["type": "integer", "minimum": 0]]),
                "FacilityDetail": detail, "Source": source, "Taxonomy": taxonomySchema, "Problem": problemSchema,
            ]],
        ]
    }
}
