/// The HSDS 3.0 tables Haven exports, field for field as the specification's tabular data package defines them
/// (names, types, formats, required/unique, enums, foreign keys), so others' validators can check the export.
public struct HSDSField: Sendable {
    public let name: String
    public let type: String
    public let format: String?
    public let required: Bool
    public let unique: Bool
    public let enumValues: [String]?

    init(_ name: String, _ type: String = "string", format: String? = nil, required: Bool = false, unique: Bool = false, enum values: [String]? = nil) {
        self.name = name; self.type = type; self.format = format; self.required = required; self.unique = unique; self.enumValues = values
    }

    static func id() -> HSDSField { HSDSField("id", format: "uuid", required: true, unique: true) }
    static func ref(_ name: String, required: Bool = false) -> HSDSField { HSDSField(name, format: "uuid", required: required) }
}

public struct HSDSTable: Sendable {
    public let name: String
    public let path: String
    public let fields: [HSDSField]
    /// column -> referenced table (its `id`).
    public let foreignKeys: [(String, String)]

    public var header: [String] { fields.map(\.name) }
}

public enum HSDSSchema {
    static let locationTypes = ["physical", "postal", "virtual"]

    public static let tables: [HSDSTable] = [
        HSDSTable(name: "organization", path: "organizations.csv", fields: [
            .id(), HSDSField("name", required: true), HSDSField("alternate_name"), HSDSField("description", required: true),
            HSDSField("email", format: "email"), HSDSField("website", format: "uri"), HSDSField("tax_status"), HSDSField("tax_id"),
            HSDSField("year_incorporated", "number"), HSDSField("legal_status"), HSDSField("logo"), HSDSField("uri", format: "uri"),
            .ref("parent_organization_id"),
        ], foreignKeys: []),
        HSDSTable(name: "service", path: "services.csv", fields: [
            .id(), .ref("organization_id", required: true), .ref("program_id"), HSDSField("name", required: true),
            HSDSField("alternate_name"), HSDSField("description"), HSDSField("url", format: "uri"), HSDSField("email", format: "email"),
            HSDSField("status", required: true, enum: ["active", "inactive", "defunct", "temporarily closed"]),
            HSDSField("interpretation_services"), HSDSField("application_process"), HSDSField("fees_description"),
            HSDSField("wait_time"), HSDSField("fees"), HSDSField("accreditations"), HSDSField("eligibility_description"),
            HSDSField("minimum_age", "number"), HSDSField("maximum_age", "number"), HSDSField("assured_date", "date"),
            HSDSField("assurer_email", format: "email"), HSDSField("licenses"), HSDSField("alert"), HSDSField("last_modified", "datetime"),
        ], foreignKeys: [("organization_id", "organization")]),
        HSDSTable(name: "location", path: "locations.csv", fields: [
            .id(), HSDSField("location_type", required: true, enum: locationTypes), HSDSField("url", format: "uri"),
            .ref("organization_id"), HSDSField("name"), HSDSField("alternate_name"), HSDSField("description"),
            HSDSField("transportation"), HSDSField("latitude", "number"), HSDSField("longitude", "number"),
            HSDSField("external_identifier"), HSDSField("external_identifier_type"),
        ], foreignKeys: [("organization_id", "organization")]),
        HSDSTable(name: "address", path: "addresses.csv", fields: [
            .id(), .ref("location_id"), HSDSField("attention"), HSDSField("address_1", required: true), HSDSField("address_2"),
            HSDSField("city", required: true), HSDSField("region"), HSDSField("state_province", required: true),
            HSDSField("postal_code", required: true), HSDSField("country", required: true),
            HSDSField("address_type", required: true, enum: locationTypes),
        ], foreignKeys: [("location_id", "location")]),
        HSDSTable(name: "service_at_location", path: "service_at_location.csv", fields: [
            .id(), .ref("service_id", required: true), .ref("location_id", required: true), HSDSField("description"),
        ], foreignKeys: [("service_id", "service"), ("location_id", "location")]),
        HSDSTable(name: "phone", path: "phones.csv", fields: [
            .id(), .ref("location_id"), .ref("service_id"), .ref("organization_id"), .ref("contact_id"), .ref("service_at_location_id"),
            HSDSField("number", required: true), HSDSField("extension", "number"), HSDSField("type"), HSDSField("description"),
        ], foreignKeys: [("location_id", "location"), ("service_id", "service"), ("organization_id", "organization")]),
        HSDSTable(name: "schedule", path: "schedules.csv", fields: [
            .id(), .ref("service_id"), .ref("location_id"), .ref("service_at_location_id"), HSDSField("valid_from", "date"),
            HSDSField("valid_to", "date"), HSDSField("dtstart", "date"), HSDSField("timezone", "number"), HSDSField("until", "date"),
            HSDSField("count", "integer"), HSDSField("wkst"), HSDSField("freq"), HSDSField("interval", "number"), HSDSField("byday"),
            HSDSField("byweekno"), HSDSField("bymonthday"), HSDSField("byyearday"), HSDSField("description"),
            HSDSField("opens_at", "time"), HSDSField("closes_at", "time"), HSDSField("schedule_link", format: "uri"),
            HSDSField("attending_type"), HSDSField("notes"),
        ], foreignKeys: [("service_id", "service"), ("location_id", "location"), ("service_at_location_id", "service_at_location")]),
        HSDSTable(name: "language", path: "languages.csv", fields: [
            .id(), .ref("service_id"), .ref("location_id"), .ref("phone_id"), HSDSField("name"), HSDSField("code"), HSDSField("note"),
        ], foreignKeys: [("service_id", "service"), ("location_id", "location"), ("phone_id", "phone")]),
        HSDSTable(name: "accessibility", path: "accessibility.csv", fields: [
            .id(), .ref("location_id"), HSDSField("description"), HSDSField("details"), HSDSField("url", format: "uri"),
        ], foreignKeys: [("location_id", "location")]),
        HSDSTable(name: "cost_option", path: "cost_options.csv", fields: [
            .id(), .ref("service_id", required: true), HSDSField("valid_from", "date"), HSDSField("valid_to", "date"),
            HSDSField("option"), HSDSField("currency"), HSDSField("amount", "number"), HSDSField("amount_description"),
        ], foreignKeys: [("service_id", "service")]),
        HSDSTable(name: "taxonomy", path: "taxonomies.csv", fields: [
            .id(), HSDSField("name", required: true), HSDSField("description", required: true), HSDSField("uri", format: "uri"),
            HSDSField("version"),
        ], foreignKeys: []),
        HSDSTable(name: "taxonomy_term", path: "taxonomy_terms.csv", fields: [
            .id(), HSDSField("code", unique: true), HSDSField("name", required: true), HSDSField("description", required: true),
            .ref("parent_id"), HSDSField("taxonomy"), HSDSField("language"), .ref("taxonomy_id"), HSDSField("term_uri", format: "uri"),
        ], foreignKeys: [("taxonomy_id", "taxonomy"), ("parent_id", "taxonomy_term")]),
        HSDSTable(name: "attribute", path: "attributes.csv", fields: [
            .id(), HSDSField("link_id", format: "uuid", required: true), .ref("taxonomy_term_id", required: true),
            HSDSField("link_type"), HSDSField("link_entity", required: true), HSDSField("value"),
        ], foreignKeys: [("taxonomy_term_id", "taxonomy_term")]),
    ]

    public static func table(_ name: String) -> HSDSTable { tables.first { $0.name == name }! }

    /// `datapackage.json` describing the exported files (Frictionless tabular data package).
    /// The name of Haven's own export; a package by that name is another Haven's (or this one's) export.
    public static let packageName = "haven-hsds-export"

    /// `credits`: imported packages whose data is in the export; their licenses and titles are added, so re-shared
    /// data keeps its terms.
    public static func dataPackage(version: String, credits: [DataCredit] = []) -> [String: Any] {
        var licenses: [[String: String]] = [["name": "public-domain", "title": "SAMHSA national directories: U.S. government work, public domain"]]
        for l in credits.flatMap(\.licenses) where !licenses.contains(l.descriptor) { licenses.append(l.descriptor) }
        let sources = [["title": "SAMHSA National Directories of Drug and Alcohol Use and of Mental Health Treatment Facilities"]]
            + credits.filter { !$0.title.isEmpty }.map { ["title": $0.title] }
        return [
            "name": packageName,
            "title": "Haven treatment facilities (HSDS 3.0)",
            "profile": "tabular-data-package",
            "version": version,
            "licenses": licenses,
            "sources": sources,
            "resources": tables.map { t -> [String: Any] in
                var schema: [String: Any] = [
                    "fields": t.fields.map { f -> [String: Any] in
                        var out: [String: Any] = ["name": f.name, "type": f.type]
                        if let format = f.format { out["format"] = format }
                        var c: [String: Any] = ["required": f.required]
                        if f.unique { c["unique"] = true }
                        if let e = f.enumValues { c["enum"] = e }
                        out["constraints"] = c
                        return out
                    },
                    "primaryKey": ["id"],
                ]
                if !t.foreignKeys.isEmpty {
                    schema["foreignKeys"] = t.foreignKeys.map { col, ref -> [String: Any] in
                        ["fields": [col], "reference": ["resource": ref == t.name ? "" : ref, "fields": ["id"]]]
                    }
                }
                return ["name": t.name, "path": t.path, "profile": "tabular-data-resource", "format": "csv",
                        "mediatype": "text/csv", "encoding": "utf-8", "schema": schema]
            },
        ]
    }
}
