import Foundation

/// One place from an HSDS package, ready to store: the listing Haven will show and what the package said, verbatim.
public struct HSDSFacility: Sendable {
    public var listing: FacilityListing
    /// The location's row in locations.csv.
    public let line: Int
    /// Every package row about this place (organization, location, addresses, services, phones, schedules...) as JSON;
    /// attributes are kept as the facility's terms and other terms instead.
    public let payload: String
}

/// What reading a package gave: the places, and per file how many rows were read, rejected (with the reason) or noted.
public struct HSDSMapping: Sendable {
    public struct FileReport: Sendable {
        public let file: String
        public var read = 0
        public var rejected: [ImportIssue] = []
        public var warnings: [ImportIssue] = []
    }

    public var facilities: [HSDSFacility] = []
    /// In the package's table order, then locations first so the operator sees places at the top.
    public var files: [FileReport] = []
    public var issueCount: Int { files.reduce(0) { $0 + $1.rejected.count } }
}

/// Maps an HSDS package onto Haven's facilities: one facility per location, carrying the services offered there.
/// Terms Haven knows (its own codes, or SAMHSA service codes) become search terms; every other term is kept as an
/// `OtherTerm`. Rows that cannot be used are rejected with the reason; rows used with a caveat get a note.
public struct HSDSMapper: Sendable {
    public let taxonomy: Taxonomy
    public let zipCentroids: [String: Coordinate]

    public init(taxonomy: Taxonomy = .haven, zipCentroids: [String: Coordinate] = [:]) {
        self.taxonomy = taxonomy
        self.zipCentroids = zipCentroids
    }

    typealias Record = HSDSPackage.Record

    /// The sentence Haven's export puts in a location's description when its coordinates are a ZIP code's center.
    static let zipCentroidNote = "Coordinates are the center of ZIP code"

    public func map(_ package: HSDSPackage) -> HSDSMapping {
        var reports: [String: HSDSMapping.FileReport] = [:]
        for (table, _) in package.tables { reports[table] = HSDSMapping.FileReport(file: package.file(table)) }
        func issue(_ table: String, _ row: Record, _ reason: String) -> ImportIssue {
            ImportIssue(file: row.origin ?? package.file(table), line: row.origin == nil ? row.line : 0, reason: reason)
        }
        func reject(_ table: String, _ row: Record, _ reason: String) { reports[table]!.rejected.append(issue(table, row, reason)) }
        func note(_ table: String, _ row: Record, _ reason: String) { reports[table]!.warnings.append(issue(table, row, reason)) }

        // 1. Every table: ids present and unique; the rest is indexed by id.
        var byID: [String: [String: Record]] = [:]
        for (table, rows) in package.tables {
            reports[table]!.read = rows.count
            var index: [String: Record] = [:]
            index.reserveCapacity(rows.count)
            for row in rows {
                let id = row["id"]
                if id.isEmpty { reject(table, row, "no id"); continue }
                if let first = index[id] { reject(table, row, "id \(id) is already used " + (first.origin.map { "by \($0)" } ?? "on line \(first.line)")); continue }
                index[id] = row
            }
            byID[table] = index
        }
        func exists(_ table: String, _ id: String) -> Bool { byID[table]?[id] != nil }
        func valid(_ table: String) -> [Record] { package.rows(table).filter { byID[table]?[$0["id"]]?.line == $0.line } }

        // 2. Links between tables: a row pointing at a row that is not in the package is not used.
        func linked(_ table: String, _ checks: [(String, String, Bool)]) -> [Record] {
            valid(table).filter { row in
                for (column, target, required) in checks {
                    let id = row[column]
                    if id.isEmpty {
                        if required { reject(table, row, "no \(column)"); return false }
                        continue
                    }
                    if !exists(target, id) {
                        if required { reject(table, row, "\(column) \(id) is not in \(package.file(target))"); return false }
                        note(table, row, "\(column) \(id) is not in \(package.file(target)); ignored")
                    }
                }
                return true
            }
        }
        let services = linked("service", [("organization_id", "organization", false)])
        let serviceByID = Dictionary(uniqueKeysWithValues: services.map { ($0["id"], $0) })
        let sals = linked("service_at_location", [("service_id", "service", true), ("location_id", "location", true)])
            .filter { serviceByID[$0["service_id"]] != nil }
        let addresses = linked("address", [("location_id", "location", true)])
        let phones = linked("phone", [("location_id", "location", false), ("service_id", "service", false),
                                      ("organization_id", "organization", false), ("service_at_location_id", "service_at_location", false)])
        let languages = linked("language", [("service_id", "service", false), ("location_id", "location", false)])
        let schedules = linked("schedule", [("service_id", "service", false), ("location_id", "location", false)])
        let accessibility = linked("accessibility", [("location_id", "location", true)])
        let costs = linked("cost_option", [("service_id", "service", true)])
        let terms = linked("taxonomy_term", [("taxonomy_id", "taxonomy", false)])
        let termByID = Dictionary(uniqueKeysWithValues: terms.map { ($0["id"], $0) })
        let linkable = Set(["organization", "service", "location", "service_at_location"].flatMap { byID[$0]?.keys.map { $0 } ?? [] })
        let attributes = linked("attribute", [("taxonomy_term_id", "taxonomy_term", true)]).filter { row in
            guard linkable.contains(row["link_id"]) else {
                reject("attribute", row, "link_id \(row["link_id"]) is not an organization, service, location or service at location in the package")
                return false
            }
            guard termByID[row["taxonomy_term_id"]] != nil else { reject("attribute", row, "its taxonomy term was rejected"); return false }
            return true
        }

        // 3. Rows grouped by what they hang off.
        func group(_ rows: [Record], by column: String) -> [String: [Record]] {
            Dictionary(grouping: rows.filter { !$0[column].isEmpty }, by: { $0[column] })
        }
        let salsByLocation = group(sals, by: "location_id"), addressesByLocation = group(addresses, by: "location_id")
        let phonesBy = ["location_id", "service_id", "organization_id", "service_at_location_id"].map { group(phones, by: $0) }
        let languagesByLocation = group(languages, by: "location_id"), languagesByService = group(languages, by: "service_id")
        let schedulesByLocation = group(schedules, by: "location_id"), schedulesByService = group(schedules, by: "service_id")
        let accessibilityByLocation = group(accessibility, by: "location_id"), costsByService = group(costs, by: "service_id")
        let attributesByLink = group(attributes, by: "link_id")
        let taxonomyNames = Dictionary(uniqueKeysWithValues: valid("taxonomy").map { ($0["id"], $0["name"]) })
        var termCache: [String: TermMapping] = [:]
        for (id, row) in termByID { termCache[id] = mapTerm(row, taxonomyName: row["taxonomy"].isEmpty ? taxonomyNames[row["taxonomy_id"]] ?? "" : row["taxonomy"]) }

        let servicesAtSomeLocation = Set(sals.map { $0["service_id"] })
        for s in services where !servicesAtSomeLocation.contains(s["id"]) {
            note("service", s, "offered at no location in the package (no service_at_location row): not imported, Haven lists places")
        }

        // 4. One facility per location.
        var out = HSDSMapping()
        for loc in valid("location") {
            let locationID = loc["id"]
            let here = salsByLocation[locationID] ?? []
            let offered = here.compactMap { serviceByID[$0["service_id"]] }
            var orgID = loc["organization_id"]
            if !exists("organization", orgID) { orgID = offered.lazy.map { $0["organization_id"] }.first { exists("organization", $0) } ?? "" }
            let org = byID["organization"]?[orgID]
            let orgName = org?["name"] ?? ""
            let name = orgName.isEmpty ? (loc["name"].isEmpty ? offered.first?["name"] ?? "" : loc["name"]) : orgName
            guard !name.isEmpty else { reject("location", loc, "no name: neither the location nor an organization or service linked to it has one"); continue }
            let name2 = !loc["name"].isEmpty && loc["name"] != name ? loc["name"] : loc["alternate_name"]
            if !["physical", "postal", "virtual"].contains(loc["location_type"]) {
                note("location", loc, "location_type \"\(loc["location_type"])\" is not physical, postal or virtual")
            }
            if offered.isEmpty { note("location", loc, "no service is offered here (no service_at_location row); imported without services") }

            // Address, coordinates (else the ZIP center), phones.
            let addrs = addressesByLocation[locationID] ?? []
            let address = Self.address(addrs, note: note)
            if addrs.isEmpty { note("location", loc, "no address") }
            let (coordinate, precision) = placement(loc, zip: address.zip, note: note)

            // Phones: the location's, its service-at-location rows', its services', then the organization's.
            var phoneRows = phonesBy[0][locationID] ?? []
            for s in here { phoneRows += phonesBy[3][s["id"]] ?? [] }
            for s in offered { phoneRows += (phonesBy[1][s["id"]] ?? []).filter { $0["location_id"].isEmpty || $0["location_id"] == locationID } }
            if !orgID.isEmpty { phoneRows += (phonesBy[2][orgID] ?? []).filter { $0["location_id"].isEmpty && $0["service_id"].isEmpty } }
            let phones = Self.phones(phoneRows, note: note)

            // Terms: attributes on the location, its organization, its services and their service-at-location rows.
            var slugs = Set<String>(), others = Set<OtherTerm>()
            let links = [locationID, orgID] + offered.map { $0["id"] } + here.map { $0["id"] }
            for link in links where !link.isEmpty {
                for a in attributesByLink[link] ?? [] {
                    switch termCache[a["taxonomy_term_id"]]! {
                    case .haven(let s): slugs.formUnion(s)
                    case .other(let t): others.insert(OtherTerm(taxonomy: t.taxonomy, code: t.code, name: t.name, value: a["value"]))
                    case .structure: break
                    }
                }
            }
            for service in offered {
                switch Self.ageTerms(minimum: service["minimum_age"], maximum: service["maximum_age"]) {
                case .success(let ages): slugs.formUnion(ages)
                case .failure(let problem): note("service", service, problem.reason)
                }
            }
            let langs = (languagesByLocation[locationID] ?? []) + offered.flatMap { languagesByService[$0["id"]] ?? [] }
            for l in langs {
                if let slug = languageTerm(code: l["code"], name: l["name"]) { slugs.insert(slug) }
                else if !l["name"].isEmpty || !l["code"].isEmpty { others.insert(OtherTerm(taxonomy: "language", code: l["code"], name: l["name"])) }
            }

            let website = ([org?["website"], offered.first?["url"], loc["url"]].compactMap { $0 }.lazy.compactMap(HavenCore.website)).first ?? ""
            let listed = offered.isEmpty || offered.contains { $0["status"] == "active" || $0["status"].isEmpty }
            let id = UUID(uuidString: locationID) ?? StableID.uuid(for: "hsds|" + locationID)
            let listing = FacilityListing(
                id: id, name: name, name2: name2, street1: address.street1, street2: address.street2, city: address.city,
                state: address.state, zip: address.zip, phone: phones.main, intake1: phones.intake1, intake2: phones.intake2, website: website,
                coordinate: coordinate, precision: precision, terms: slugs.sorted(), isListed: listed,
                otherTerms: others.sorted())

            // Verbatim: everything the package says about this place (attributes are kept as terms instead).
            let serviceIDs = offered.map { $0["id"] }
            let payload = Self.payload([
                ("location", [loc]), ("organization", org.map { [$0] } ?? []), ("address", addrs), ("service", offered),
                ("service_at_location", here), ("phone", phoneRows), ("language", langs),
                ("schedule", (schedulesByLocation[locationID] ?? []) + serviceIDs.flatMap { schedulesByService[$0] ?? [] }),
                ("accessibility", accessibilityByLocation[locationID] ?? []),
                ("cost_option", serviceIDs.flatMap { costsByService[$0] ?? [] }),
            ])
            out.facilities.append(HSDSFacility(listing: listing, line: loc.line, payload: payload))
        }
        let order = ["location"] + HSDSSchema.tables.map(\.name).filter { $0 != "location" }
        out.files = order.compactMap { reports[$0] }
        if !package.notes.isEmpty { out.files.insert(HSDSMapping.FileReport(file: "datapackage.json", warnings: package.notes), at: 0) }
        return out
    }

    /// `{"table":[{"column":"value",...},...],...}` with each row's non-empty cells, tables without rows left out.
    static func payload(_ members: [(String, [Record])]) -> String {
        var w = JSONWriter(capacity: 2048)
        w.raw("{")
        var first = true
        for (key, rows) in members where !rows.isEmpty {
            if !first { w.raw(",") }
            first = false
            w.string(key)
            w.raw(":[")
            for (i, r) in rows.enumerated() {
                if i > 0 { w.raw(",") }
                w.raw("{")
                for (j, (k, v)) in r.fields.enumerated() {
                    if j > 0 { w.raw(",") }
                    w.string(k); w.raw(":"); w.string(v)
                }
                w.raw("}")
            }
            w.raw("]")
        }
        w.raw("}")
        return String(decoding: w.bytes, as: UTF8.self)
    }
}
