/// Reads the ZIP code table (`us_zip_codes.csv`: zip_code, city, state, county, lat, long, timezone, acceptable_cities).
public enum ZipTableParser {
    public struct Result: Sendable {
        public let zipCodes: [ZipCode]
        public let rowsRead: Int
        public let rejected: [ImportIssue]
        /// Rows kept without coordinates (0,0 in the table, mostly military ZIPs).
        public let withoutLocation: Int
    }

    public static func parse(_ table: Table, file: String) throws -> Result {
        let cols = table.columns()
        guard let zip = cols["zip_code"] ?? cols["zip"], let city = cols["city"], let state = cols["state"],
              let lat = cols["lat"] ?? cols["latitude"], let lon = cols["long"] ?? cols["longitude"] ?? cols["lon"] else {
            throw TableError.missingColumns(file, ["zip_code", "city", "state", "lat", "long"])
        }
        let county = cols["county"]
        let aliases = cols["acceptable_cities"]
        let zone = cols["timezone"] ?? cols["time_zone"]
        var out: [ZipCode] = []
        var seen = Set<String>()
        var rejected: [ImportIssue] = []
        var noLocation = 0
        for (i, row) in table.rows.enumerated() {
            let line = i + 2
            guard row.count > max(zip, city, state, lat, lon) else {
                rejected.append(ImportIssue(file: file, line: line, reason: "too few columns")); continue
            }
            guard let z = AddressKey.zip5(row[zip]), row[zip].count >= 5 || !row[zip].hasPrefix("0") else {
                rejected.append(ImportIssue(file: file, line: line, reason: "bad ZIP code \"\(row[zip])\"")); continue
            }
            guard seen.insert(z).inserted else {
                rejected.append(ImportIssue(file: file, line: line, reason: "ZIP code \(z) listed twice; first kept")); continue
            }
            guard let st = USState.abbreviation(row[state]) else {
                rejected.append(ImportIssue(file: file, line: line, reason: "unknown state \"\(row[state])\" for ZIP \(z)")); continue
            }
            var coordinate: Coordinate?
            if let la = Double(row[lat]), let lo = Double(row[lon]) {
                let c = Coordinate(latitude: la, longitude: lo)
                if c.isValid { coordinate = c }
            }
            if coordinate == nil { noLocation += 1 }
            let otherNames = aliases.flatMap { $0 < row.count ? row[$0] : nil }?
                .split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } ?? []
            out.append(ZipCode(zip: z, city: row[city], state: st, county: county.map { row[$0] } ?? "", coordinate: coordinate,
                               aliases: otherNames, timeZone: zone.flatMap { $0 < row.count ? row[$0].trimmingCharacters(in: .whitespaces) : nil } ?? ""))
        }
        return Result(zipCodes: out, rowsRead: table.rows.count, rejected: rejected, withoutLocation: noLocation)
    }
}
