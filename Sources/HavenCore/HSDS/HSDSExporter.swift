import Foundation

/// Writes facilities as an HSDS 3.0 tabular data package (a CSV per table and `datapackage.json`) and, optionally,
/// HSDS JSON objects, one file per object in a folder per table. Every id is derived from the facility's stable id,
/// so ids stay the same from one export to the next.
public struct HSDSExporter {
    public let taxonomy: Taxonomy
    public var writeJSON = false

    public init(taxonomy: Taxonomy = .haven, writeJSON: Bool = false) {
        self.taxonomy = taxonomy
        self.writeJSON = writeJSON
    }

    /// A derived id: the same inputs always give the same UUID.
    public static func id(_ table: String, _ key: String) -> String { StableID.string(for: "hsds|" + table + "|" + key) }

    public static let languageCodes: [String: String] = [
        "spanish": "es", "sign-language": "ase", "arabic": "ar", "chinese": "zh", "haitian-creole": "ht", "farsi": "fa",
        "french": "fr", "german": "de", "greek": "el", "hebrew": "he", "hindi": "hi", "hmong": "hmn", "italian": "it",
        "japanese": "ja", "korean": "ko", "polish": "pl", "portuguese": "pt", "russian": "ru", "tagalog": "tl",
        "vietnamese": "vi", "ojibwa": "oj", "yupik": "ypk",
    ]

    /// Writes the package into `directory` (created if needed), facilities in id order; returns the row count per table.
    @discardableResult
    public func write(_ listings: [FacilityListing], to directory: URL, version: String = "1.0.0", credits: [DataCredit] = []) throws -> [String: Int] {
        // In id order, whatever order the database gave them: the same data gives the same files on any database.
        let listings = listings.sorted { $0.idString < $1.idString }
        let fm = FileManager.default
        try fm.createDirectory(at: directory, withIntermediateDirectories: true)
        var counts: [String: Int] = [:]
        // JSON: attributes travel inside their service object (HSDS nests them), not a file each.
        var attributesByService: [String: [UInt8]] = [:]
        if writeJSON {
            let attribute = HSDSSchema.table("attribute")
            try forEachRow(of: attribute, listings) { row in
                var w = JSONWriter(capacity: 256)
                Self.writeObject(row, attribute, to: &w)
                attributesByService[row["link_id"]!, default: []].append(contentsOf: (attributesByService[row["link_id"]!] == nil ? [] : [0x2C]) + w.bytes)
            }
        }
        for table in HSDSSchema.tables {
            let path = directory.appendingPathComponent(table.path)
            guard fm.createFile(atPath: path.path, contents: nil), let file = FileHandle(forWritingAtPath: path.path) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path.path])
            }
            defer { try? file.close() }
            // Written in chunks of about a megabyte, so memory stays flat at a million attribute rows.
            var out = table.header.map(Self.csvField).joined(separator: ",") + "\r\n"
            var n = 0
            let jsonDir = directory.appendingPathComponent("json").appendingPathComponent(table.name)
            let json = writeJSON && table.name != "attribute"
            if json { try fm.createDirectory(at: jsonDir, withIntermediateDirectories: true) }
            try forEachRow(of: table, listings) { row in
                n += 1
                out += table.header.map { Self.csvField(row[$0] ?? "") }.joined(separator: ",") + "\r\n"
                if out.utf8.count > 1 << 20 {
                    try file.write(contentsOf: Data(out.utf8))
                    out = ""
                }
                if json {
                    var w = JSONWriter(capacity: 1024)
                    Self.writeObject(row, table, nested: table.name == "service" ? attributesByService[row["id"]!].map { ("attributes", $0) } : nil, to: &w)
                    try Data(w.bytes).write(to: jsonDir.appendingPathComponent(row["id"]! + ".json"))
                }
            }
            try file.write(contentsOf: Data(out.utf8))
            counts[table.name] = n
        }
        let package = try JSONSerialization.data(withJSONObject: HSDSSchema.dataPackage(version: version, credits: credits), options: [.prettyPrinted, .sortedKeys])
        try package.write(to: directory.appendingPathComponent("datapackage.json"))
        return counts
    }

    /// Each row of one table, as column -> text.
    func forEachRow(of table: HSDSTable, _ listings: [FacilityListing], _ emit: ([String: String]) throws -> Void) throws {
        switch table.name {
        case "taxonomy":
            try emit(["id": Self.id("taxonomy", "haven"), "name": "Haven", "version": "1",
                      "description": "Haven's seeker-facing vocabulary of treatment services, with a crosswalk from SAMHSA's service codes."])
            for name in Set(listings.flatMap { $0.otherTerms.map(\.taxonomy) }).sorted() {
                try emit(["id": Self.id("taxonomy", "other:" + name), "name": name,
                          "description": "Terms of the \(name) taxonomy, kept as an imported HSDS package gave them."])
            }
        case "taxonomy_term":
            let taxonomyID = Self.id("taxonomy", "haven")
            for facet in taxonomy.facets {
                let facetID = Self.id("taxonomy_term", "facet:" + facet.slug)
                try emit(["id": facetID, "code": "facet:" + facet.slug, "name": facet.name, "description": facet.summary,
                          "taxonomy": "Haven", "language": "en", "taxonomy_id": taxonomyID])
                for term in taxonomy.terms(in: facet) {
                    try emit(["id": Self.id("taxonomy_term", term.slug), "code": term.slug, "name": term.name,
                              "description": "\(facet.name): \(term.name)", "parent_id": facetID, "taxonomy": "Haven",
                              "language": "en", "taxonomy_id": taxonomyID])
                }
            }
            // Other taxonomies' terms that imported packages gave; a code already taken is qualified by its taxonomy
            // (HSDS wants codes unique in the table).
            var taken = Set(taxonomy.terms.map(\.slug) + taxonomy.facets.map { "facet:" + $0.slug })
            let others = Set(listings.flatMap { $0.otherTerms.map { OtherTerm(taxonomy: $0.taxonomy, code: $0.code, name: $0.name) } })
            for t in others.sorted() {
                var code = t.code
                if !code.isEmpty && !taken.insert(code).inserted { code = t.taxonomy + ":" + t.code; taken.insert(code) }
                try emit(["id": Self.otherTermID(t), "code": code, "name": t.name.isEmpty ? t.code : t.name,
                          "description": t.name.isEmpty ? t.code : t.name, "taxonomy": t.taxonomy,
                          "taxonomy_id": Self.id("taxonomy", "other:" + t.taxonomy)])
            }
        default:
            for f in listings { try facilityRows(table.name, f, emit) }
        }
    }

    private func facilityRows(_ table: String, _ f: FacilityListing, _ emit: ([String: String]) throws -> Void) throws {
        let key = f.idString
        let org = Self.id("organization", key), service = Self.id("service", key), location = key
        let terms = f.terms.compactMap(taxonomy.term)
        func names(_ facet: String) -> String { terms.filter { $0.facet == facet }.map(\.name).joined(separator: "; ") }
        let website = HavenCore.website(f.website) ?? ""
        switch table {
        case "organization":
            try emit(["id": org, "name": f.name, "website": website,
                      "description": "Treatment facility listed in SAMHSA's national directories."])
        case "service":
            let care = [names(FacetSlug.careType.rawValue), names(FacetSlug.setting.rawValue)].filter { !$0.isEmpty }.joined(separator: "; ")
            try emit(["id": service, "organization_id": org, "name": f.name2.isEmpty ? f.name : "\(f.name), \(f.name2)",
                      "alternate_name": f.name2, "description": care, "url": website, "status": f.isListed ? "active" : "inactive",
                      "fees_description": names(FacetSlug.payment.rawValue).isEmpty ? "" : "Accepts: " + names(FacetSlug.payment.rawValue),
                      "eligibility_description": names(FacetSlug.age.rawValue).isEmpty ? "" : "Ages: " + names(FacetSlug.age.rawValue),
                      "accreditations": names(FacetSlug.accreditation.rawValue),
                      "last_modified": SearchQuery.timestamp(f.updatedAt)])
        case "location":
            try emit(["id": location, "location_type": "physical", "organization_id": org, "name": f.name, "alternate_name": f.name2,
                      "latitude": f.coordinate.map { String($0.latitude) } ?? "", "longitude": f.coordinate.map { String($0.longitude) } ?? "",
                      "description": f.precision == .zipCentroid ? "Coordinates are the center of ZIP code \(f.zip): approximate." : "",
                      "external_identifier": f.idString, "external_identifier_type": "haven_facility_id"])
        case "address":
            try emit(["id": Self.id("address", key), "location_id": location, "address_1": f.street1.isEmpty ? "-" : f.street1,
                      "address_2": f.street2, "city": f.city, "state_province": f.state, "postal_code": f.zip, "country": "US",
                      "address_type": "physical"])
        case "service_at_location":
            try emit(["id": Self.id("service_at_location", key), "service_id": service, "location_id": location])
        case "phone":
            for (kind, raw) in [("main", f.phone), ("intake1", f.intake1), ("intake2", f.intake2)] {
                guard let (number, ext) = Self.splitPhone(raw) else { continue }
                try emit(["id": Self.id("phone", key + "|" + kind), "location_id": location, "service_id": service,
                          "number": number, "extension": ext, "type": "voice", "description": Self.phoneDescriptions[kind]!])
            }
        case "language":
            for t in terms where t.facet == FacetSlug.language.rawValue {
                guard let code = Self.languageCodes[t.slug] else { continue }
                try emit(["id": Self.id("language", key + "|" + t.slug), "service_id": service, "location_id": location,
                          "name": t.name, "code": code])
            }
        case "attribute":
            for t in terms {
                try emit(["id": Self.id("attribute", key + "|" + t.slug), "link_id": service, "link_entity": "service",
                          "link_type": t.facet, "taxonomy_term_id": Self.id("taxonomy_term", t.slug)])
            }
            for t in f.otherTerms {
                try emit(["id": Self.id("attribute", key + "|other|" + t.taxonomy + "|" + t.code + "|" + t.name + "|" + t.value),
                          "link_id": service, "link_entity": "service", "value": t.value,
                          "taxonomy_term_id": Self.otherTermID(t)])
            }
        default:
            break  // schedule, accessibility, cost_option: nothing known yet (providers will add hours and costs)
        }
    }

    /// What each of a facility's phones is, as the phone's description; the importer reads them back into place.
    static let phoneDescriptions = ["main": "Main", "intake1": "Intake", "intake2": "Intake, second line"]

    static func otherTermID(_ t: OtherTerm) -> String { id("taxonomy_term", "other:" + t.taxonomy + "|" + t.code + "|" + t.name) }

    /// "256-536-4700 x150" -> ("256-536-4700", "150"); nil when there is no number. Only a trailing " x" and digits is
    /// an extension, so the importer can put the text back exactly as it was.
    static func splitPhone(_ raw: String) -> (String, String)? {
        let number = raw.trimmingCharacters(in: .whitespaces)
        guard number.contains(where: \.isNumber) else { return nil }
        if let x = number.range(of: " x", options: .backwards) {
            let ext = number[x.upperBound...]
            // HSDS types an extension as a number: "023" would come back as 23, so it stays in the number's text.
            if !ext.isEmpty, !ext.hasPrefix("0"), ext.allSatisfy({ $0.isASCII && $0.isNumber }) { return (String(number[..<x.lowerBound]), String(ext)) }
        }
        return (number, "")
    }

    /// One HSDS JSON object: the row's non-empty fields in table order, numbers as numbers, and optionally one
    /// nested array given as already-written elements.
    static func writeObject(_ row: [String: String], _ table: HSDSTable, nested: (String, [UInt8])? = nil, to w: inout JSONWriter) {
        w.raw("{")
        var first = true
        for field in table.fields {
            guard let v = row[field.name], !v.isEmpty else { continue }
            if !first { w.raw(",") }
            first = false
            w.string(field.name)
            w.raw(":")
            if field.type == "number", let d = Double(v) { w.double(d) } else { w.string(v) }
        }
        if let (name, elements) = nested {
            if !first { w.raw(",") }
            w.string(name)
            w.raw(":[")
            w.raw(elements)
            w.raw("]")
        }
        w.raw("}")
    }

    static func csvField(_ s: String) -> String { CSVField.quoted(s) }
}
