import Foundation
import HavenCore

/// A small, made-up directory for demos and for machines without the national files: real ZIP centroids for a
/// few cities, fictional facilities written in SAMHSA's own file format, imported by the same importers.
public enum SampleData {
    static let places: [(zip: String, city: String, state: String, county: String, lat: Double, lon: Double)] = [
        ("10001", "New York", "NY", "New York County", 40.7484, -73.9967), ("10027", "New York", "NY", "New York County", 40.8116, -73.9465),
        ("11201", "Brooklyn", "NY", "Kings County", 40.6936, -73.9900), ("07302", "Jersey City", "NJ", "Hudson County", 40.7197, -74.0468),
        ("60601", "Chicago", "IL", "Cook County", 41.8858, -87.6181), ("80202", "Denver", "CO", "Denver County", 39.7528, -104.9992),
        ("98101", "Seattle", "WA", "King County", 47.6114, -122.3305), ("20001", "Washington", "DC", "District of Columbia", 38.9101, -77.0147),
        ("15301", "Washington", "PA", "Washington County", 40.1740, -80.2462), ("02108", "Boston", "MA", "Suffolk County", 42.3576, -71.0646),
    ]
    /// ZIP codes with no sample facilities: a name that means several places ("Springfield"), for the "which place?" page.
    static let otherZips: [(zip: String, city: String, state: String, county: String, lat: Double, lon: Double)] = [
        ("62701", "Springfield", "IL", "Sangamon County", 39.8000, -89.6495), ("01103", "Springfield", "MA", "Hampden County", 42.1029, -72.5887),
        ("65806", "Springfield", "MO", "Greene County", 37.2031, -93.2990),
    ]
    static let names = ["Harbor", "Beacon", "New Leaf", "Open Door", "Riverside", "Summit", "Northstar", "Bridgeway", "Cedar", "Lantern"]
    static let kinds = ["Recovery Center", "Counseling Services", "Treatment Center", "Behavioral Health", "Wellness Clinic"]
    static let saCodeSets = [
        "SA DT * OP OD OMB * MU BU NU * OTP * BU BWN * CBT RELP * PVTN * CARF * MD MC PI SF * SS * ADLT YAD * FEM MALE * SP * NOE HIVT",
        "SA * RES RS * BU * CBT MOTI TWFA * PVTP * JC * PI SF * PA * ADLT * MALE * GL VET",
        "SA SUMH * OP OIT * NU VTRL * CBT CMI * LCCG * STAG * MD SF NP * SS * CHLD YAD * FEM MALE * AD * NOE HCT",
    ]
    static let mhCodeSets = [
        "MH SUMH * OP * CMHC * CBT DBT IPT GT TELE * WI PEON * PVTN * MD MC PI SF * SS * ADLT SNR * SP F17",
        "MH * RES * RTCC * CBT CFT * STG * MD SI * CHLD * SED",
    ]

    /// Writes the sample's ZIP table and both directory files (with code sheets) into `folder`.
    public static func write(to folder: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: folder.appendingPathComponent("samhsa"), withIntermediateDirectories: true)
        try fm.createDirectory(at: folder.appendingPathComponent("zip"), withIntermediateDirectories: true)
        var zips = "zip_code,zip_code_type,active,city,state,county,lat,long\n"
        for p in places + otherZips { zips += "\(p.zip),STANDARD,True,\(p.city),\(p.state),\(p.county),\(p.lat),\(p.lon)\n" }
        try zips.write(to: folder.appendingPathComponent(SourceFiles.zipTable), atomically: true, encoding: .utf8)
        let header = "name1,name2,street1,street2,city,state,zip,phone,intake1,intake2,intake1a,intake2a,service_code_info\n"
        var sa = header, mh = header
        for (i, p) in places.enumerated() {
            for j in 0..<4 {
                let name = "\(names[(i + j) % names.count]) \(kinds[(i * 3 + j) % kinds.count]) (sample)"
                let street = "\(100 + 17 * j + i) Sample Street"
                let phone = String(format: "555-01%02d-%04d", i, 1000 + j)
                if j < 3 { sa += "\(name),,\(street),,\(p.city),\(p.state),\(p.zip),\(phone),,,,,\(saCodeSets[(i + j) % saCodeSets.count])\n" }
                if j != 1 { mh += "\(name),,\(street),,\(p.city),\(p.state),\(p.zip),\(phone),,,,,\(mhCodeSets[(i + j) % mhCodeSets.count])\n" }
            }
        }
        let dir = folder.appendingPathComponent("samhsa")
        try sa.write(to: dir.appendingPathComponent("sample_sa_facilities.csv"), atomically: true, encoding: .utf8)
        try mh.write(to: dir.appendingPathComponent("sample_mh_facilities.csv"), atomically: true, encoding: .utf8)
        try codeSheet(Taxonomy.haven, .substanceUse).write(to: dir.appendingPathComponent("sample_sa_service_codes.csv"), atomically: true, encoding: .utf8)
        try codeSheet(Taxonomy.haven, .mentalHealth).write(to: dir.appendingPathComponent("sample_mh_service_codes.csv"), atomically: true, encoding: .utf8)
    }

    /// A code sheet listing the codes Haven's crosswalk knows for one directory.
    static func codeSheet(_ taxonomy: Taxonomy, _ directory: Directory) -> String {
        var out = "category_code,category_name,service_code,service_name,service_description\n"
        for code in taxonomy.knownCodes.filter({ $0.directory == directory }).sorted() {
            let name = taxonomy.terms(for: code)?.first?.name.replacingOccurrences(of: ",", with: " ") ?? code.code
            out += "X,Sample,\(code.code),\(name),\n"
        }
        return out
    }

    public static var facilityFiles: [String] { ["samhsa/sample_sa_facilities.csv", "samhsa/sample_mh_facilities.csv"] }
}
