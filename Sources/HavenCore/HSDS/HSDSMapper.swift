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
        func reject(_ table: String, _ row: Record, _ reason: String) {
            reports[table]!.rejected.append(ImportIssue(file: package.file(table), line: row.line, reason: reason))
        }
        func note(_ table: String, _ row: Record, _ reason: String) {
            reports[table]!.warnings.append(ImportIssue(file: package.file(table), line: row.line, reason: reason))
        }

        // 1. Every table: ids present and unique; the rest is indexed by id.
        var byID: [String: [String: Record]] = [:]
        for (table, rows) in package.tables {
            reports[table]!.read = rows.count
            var index: [String: Record] = [:]
            index.reserveCapacity(rows.count)
            for row in rows {
                let id = row["id"]
                if id.isEmpty { reject(table, row, "no id"); continue }
                if let first = index[id] { reject(table, row, "id \(id) is already used on line \(first.line)"); continue }
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

            // Address: the physical one first.
            let addrs = addressesByLocation[locationID] ?? []
            let addr = addrs.first { $0["address_type"] == "physical" } ?? addrs.first { $0["address_type"] == "postal" } ?? addrs.first
            var street1 = "", street2 = "", city = "", state = "", zip = ""
            if let a = addr {
                street1 = a["address_1"] == "-" ? "" : a["address_1"]
                street2 = a["address_2"]; city = a["city"]
                state = USState.abbreviation(a["state_province"]) ?? a["state_province"]
                if !a["state_province"].isEmpty && USState.abbreviation(a["state_province"]) == nil {
                    note("address", a, "state_province \"\(a["state_province"])\" is not a US state or territory; kept as given")
                }
                zip = AddressKey.zip5(a["postal_code"]) ?? a["postal_code"]
                if AddressKey.zip5(a["postal_code"]) == nil && !a["postal_code"].isEmpty {
                    note("address", a, "postal_code \"\(a["postal_code"])\" is not a US ZIP code; kept as given")
                }
            } else {
                note("location", loc, "no address")
            }

            // Coordinates: as given when valid; else the ZIP code's center.
            var coordinate: Coordinate?
            var precision = GeoPrecision.none
            let latText = loc["latitude"], lonText = loc["longitude"]
            if !latText.isEmpty || !lonText.isEmpty {
                if let lat = Double(latText), let lon = Double(lonText), (-90...90).contains(lat), (-180...180).contains(lon) {
                    coordinate = Coordinate(latitude: lat, longitude: lon)
                    precision = loc["description"].hasPrefix(Self.zipCentroidNote) ? .zipCentroid : .address
                } else {
                    note("location", loc, "latitude \"\(latText)\", longitude \"\(lonText)\" are not a place on Earth; ignored")
                }
            }
            if coordinate == nil, let c = zipCentroids[zip] { coordinate = c; precision = .zipCentroid }

            // Phones: the location's, then its services', then the organization's; "intake" ones apart.
            var seenPhones = Set<String>(), main: [String] = [], intake: [String] = [], secondIntake: String?
            var phoneRows = phonesBy[0][locationID] ?? []
            for s in here { phoneRows += phonesBy[3][s["id"]] ?? [] }
            for s in offered { phoneRows += (phonesBy[1][s["id"]] ?? []).filter { $0["location_id"].isEmpty || $0["location_id"] == locationID } }
            if !orgID.isEmpty { phoneRows += (phonesBy[2][orgID] ?? []).filter { $0["location_id"].isEmpty && $0["service_id"].isEmpty } }
            for p in phoneRows where seenPhones.insert(p["id"]).inserted {
                let number = p["number"].trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
                guard !number.isEmpty else { note("phone", p, "empty number; ignored"); continue }
                let text = p["extension"].isEmpty ? number : number + " x" + p["extension"]
                let description = p["description"]
                if description == HSDSExporter.phoneDescriptions["intake2"] && secondIntake == nil { secondIntake = text }
                else if description.lowercased().contains("intake") { intake.append(text) } else { main.append(text) }
            }
            let intake1 = intake.first ?? "", intake2 = secondIntake ?? intake.dropFirst().first ?? ""

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
                id: id, name: name, name2: name2, street1: street1, street2: street2, city: city, state: state, zip: zip,
                phone: main.first ?? "", intake1: intake1, intake2: intake2, website: website,
                coordinate: coordinate, precision: precision, terms: slugs.sorted(), isListed: listed,
                otherTerms: others.sorted())

            // Verbatim: everything the package says about this place.
            var w = JSONWriter(capacity: 2048)
            w.raw("{")
            var first = true
            func member(_ key: String, _ rows: [Record]) {
                guard !rows.isEmpty else { return }
                if !first { w.raw(",") }
                first = false
                w.string(key); w.raw(":[")
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
            let serviceIDs = offered.map { $0["id"] }
            member("location", [loc])
            member("organization", org.map { [$0] } ?? [])
            member("address", addrs)
            member("service", offered)
            member("service_at_location", here)
            member("phone", phoneRows)
            member("language", langs)
            member("schedule", (schedulesByLocation[locationID] ?? []) + serviceIDs.flatMap { schedulesByService[$0] ?? [] })
            member("accessibility", accessibilityByLocation[locationID] ?? [])
            member("cost_option", serviceIDs.flatMap { costsByService[$0] ?? [] })
            // Attributes are not repeated here: each is kept as a term or an other term (with its value).
            w.raw("}")
            out.facilities.append(HSDSFacility(listing: listing, line: loc.line, payload: String(decoding: w.bytes, as: UTF8.self)))
        }
        let order = ["location"] + HSDSSchema.tables.map(\.name).filter { $0 != "location" }
        out.files = order.compactMap { reports[$0] }
        if !package.notes.isEmpty { out.files.insert(HSDSMapping.FileReport(file: "datapackage.json", warnings: package.notes), at: 0) }
        return out
    }

    enum TermMapping {
        case haven([String])
        case other(OtherTerm)
        /// Haven's own facet rows (parents of its terms): structure, not a term of any facility.
        case structure
    }

    /// A taxonomy term: Haven's own code, a SAMHSA service code ("SA:DT", or a code in a taxonomy named SAMHSA),
    /// or a term of another taxonomy.
    func mapTerm(_ row: Record, taxonomyName: String) -> TermMapping {
        let code = row["code"], name = row["name"]
        let taxonomyName = taxonomyName.isEmpty ? "unnamed" : taxonomyName
        if taxonomyName.caseInsensitiveCompare("Haven") == .orderedSame {
            if taxonomy.term(code) != nil { return .haven([code]) }
            if code.hasPrefix("facet:") { return .structure }
        }
        let parts = code.split(separator: ":", maxSplits: 1).map(String.init)
        var candidates: [SAMHSACode] = []
        if parts.count == 2, let dir = Directory.allCases.first(where: { $0.prefix == parts[0].uppercased() }) {
            candidates = [SAMHSACode(dir, parts[1].uppercased())]
        } else if taxonomyName.uppercased().contains("SAMHSA") {
            candidates = Directory.allCases.map { SAMHSACode($0, code.uppercased()) }
        }
        let slugs = candidates.flatMap { taxonomy.terms(for: $0)?.map(\.slug) ?? [] }
        if !slugs.isEmpty { return .haven(slugs) }
        return .other(OtherTerm(taxonomy: taxonomyName, code: code, name: name))
    }

    struct AgeProblem: Error { let reason: String }

    /// The age groups of SAMHSA's directories (children and teens under 18, young adults 18-25, adults 26-64,
    /// seniors 65 and over) that a service's age range reaches; none when the service gives no range.
    static func ageTerms(minimum: String, maximum: String) -> Result<[String], AgeProblem> {
        guard !minimum.isEmpty || !maximum.isEmpty else { return .success([]) }
        guard let low = minimum.isEmpty ? 0 : Double(minimum), let high = maximum.isEmpty ? .infinity : Double(maximum),
              low >= 0, low <= high else {
            return .failure(AgeProblem(reason: "minimum_age \"\(minimum)\", maximum_age \"\(maximum)\" are not an age range; ages ignored"))
        }
        let groups: [(String, Double, Double)] = [("children", 0, 17.999), ("young-adults", 18, 25.999), ("adults", 26, 64.999), ("seniors", 65, .infinity)]
        return .success(groups.filter { low <= $0.2 && high >= $0.1 }.map(\.0))
    }

    /// Haven's language term for an HSDS language row (ISO code or the term's name), if it has one.
    func languageTerm(code: String, name: String) -> String? {
        let code = code.lowercased()
        if let slug = HSDSExporter.languageCodes.first(where: { $0.value == code })?.key { return slug }
        return taxonomy.terms.first { $0.facet == "language" && $0.name.caseInsensitiveCompare(name) == .orderedSame }?.slug
    }
}
