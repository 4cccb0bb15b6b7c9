import Foundation

/// Where the public data files live and how to open each kind (CSV or the official .xlsx workbook).
public enum SourceFiles {
    public static let saWorkbook = "samhsa/National_Directory_SA_Facilities_2022.xlsx"
    public static let mhWorkbook = "samhsa/National_Directory_MH_Facilities_2022.xlsx"
    public static let locatorFiles = [
        "samhsa/geoda_SubstanceUseTreatment_Geocoded_2021.csv",
        "samhsa/geoda_MentalHealthProviders_Geocoded.csv",
        "samhsa/geoda_OpioidTreatmentProgram_Geocoded.csv",
    ]
    public static let zipTable = "zip/us_zip_codes.csv"

    /// The data folder: `HAVEN_DATA_DIR`, else `../shared/data` when it exists; nil when neither does.
    public static func dataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment,
                                     workingDirectory: String = FileManager.default.currentDirectoryPath) -> URL? {
        if let dir = environment["HAVEN_DATA_DIR"], !dir.isEmpty { return URL(fileURLWithPath: dir) }
        let shared = URL(fileURLWithPath: workingDirectory).appendingPathComponent("../shared/data").standardized
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: shared.path, isDirectory: &isDir) && isDir.boolValue ? shared : nil
    }

    /// Which directory a file belongs to, from its name ("..._SA_..." / "..._mh_..."); nil when the name doesn't say.
    public static func directory(forFileName name: String) -> Directory? {
        let n = name.lowercased()
        if n.contains("_sa_") || n.hasPrefix("sa_") || n.contains("substance") { return .substanceUse }
        if n.contains("_mh_") || n.hasPrefix("mh_") || n.contains("mental") { return .mentalHealth }
        return nil
    }

    /// Reads one directory: an .xlsx workbook (facility and code sheets inside), or a facilities CSV
    /// with its code-sheet CSV (`codes`, or the `..._service_codes.csv` beside it).
    public static func readDirectory(_ url: URL, codes: URL? = nil, directory: Directory? = nil,
                                     taxonomy: Taxonomy = .haven) throws -> DirectoryEdition {
        let name = url.lastPathComponent
        guard let dir = directory ?? Self.directory(forFileName: name) else {
            throw TableError.unreadable(name, reason: "cannot tell whether it is the substance use (SA) or mental health (MH) directory; name it ..._SA_... or ..._MH_...")
        }
        let edition = DirectoryParser.edition(fromFileName: name)
        if url.pathExtension.lowercased() == "xlsx" {
            let book = try XLSXWorkbook(url: url)
            let sheetNames = book.sheets.map(\.name)
            let facilitySheet = sheetNames.first { $0.lowercased().contains("facilit") } ?? sheetNames.first ?? ""
            let codeSheet = sheetNames.first { $0.lowercased().contains("code") } ?? ""
            let sheet = try CodeSheet(directory: dir, table: book.table(sheet: codeSheet), name: "\(name) [\(codeSheet)]")
            return try DirectoryParser(codes: sheet, taxonomy: taxonomy).parse(book.table(sheet: facilitySheet), file: name, edition: edition)
        }
        let codesURL = codes ?? url.deletingLastPathComponent()
            .appendingPathComponent(name.replacingOccurrences(of: "_facilities.csv", with: "_service_codes.csv"))
        guard codesURL != url, FileManager.default.fileExists(atPath: codesURL.path) else {
            throw TableError.unreadable(name, reason: "its code sheet \(codesURL.lastPathComponent) was not found; pass it with --codes")
        }
        let sheet = try CodeSheet(directory: dir, table: CSVReader.read(contentsOf: codesURL, requireCompleteLastRow: true), name: codesURL.lastPathComponent)
        return try DirectoryParser(codes: sheet, taxonomy: taxonomy)
            .parse(CSVReader.read(contentsOf: url, requireCompleteLastRow: true), file: name, edition: edition)
    }

    /// A locator (geocoded addresses) from the given CSV files, and the websites some of them carry.
    public static func readLocator(_ urls: [URL]) throws -> (Locator, [String: String]) {
        var locator = Locator()
        var websites: [String: String] = [:]
        for url in urls {
            let table = try CSVReader.read(contentsOf: url)
            try locator.add(table, name: url.lastPathComponent)
            websites.merge(FacilityAssembler.websites(from: table)) { a, _ in a }
        }
        return (locator, websites)
    }
}
