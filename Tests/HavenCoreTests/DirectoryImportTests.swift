import Foundation
import Testing
@testable import HavenCore

@Suite struct DirectoryParserTests {
    func sheet() throws -> CodeSheet {
        let csv = "category_code,category_name,service_code,service_name,service_description\nTC,Type,SA,Substance use,\nPAY,Pay,MD,Medicaid,\nOM,Meds,BU,Buprenorphine,\nX,New,ZZNEW,A code Haven does not know yet,\n"
        return try CodeSheet(directory: .substanceUse, table: CSVReader.parse(Data(csv.utf8)), name: "codes.csv")
    }

    @Test func badRowsAreReportedWithReasonsAndGoodRowsKept() throws {
        let csv = """
        name1,name2,street1,street2,city,state,zip,phone,intake1,intake2,intake1a,intake2a,service_code_info
        Good Place,,1 Main St,,Town,NY,10001,212-555-0100,,,,,SA * MD * BU
        ,,2 Main St,,Town,NY,10001,,,,,,SA
        Bad Zip,,3 Main St,,Town,NY,1A001,,,,,,SA
        Bad State,,4 Main St,,Town,XX,10001,,,,,,SA
        Odd Code,,5 Main St,,Town,NY,10001,,,,,,SA * QQ * ZZNEW
        Good Place,,1 Main Street,,Town,NY,10001,212-555-0100,,,,,SA * MD
        """
        let parsed = try DirectoryParser(codes: sheet()).parse(CSVReader.parse(Data(csv.utf8)), file: "sa.csv", edition: "2022")
        #expect(parsed.rowsRead == 6)
        #expect(parsed.rows.map(\.name1) == ["Good Place", "Odd Code"])
        #expect(parsed.rejected.map(\.line) == [3, 4, 5])
        #expect(parsed.rejected[0].reason.contains("no facility name"))
        #expect(parsed.rejected[1].reason.contains("bad ZIP"))
        #expect(parsed.rejected[2].reason.contains("unknown state"))
        let notes = parsed.warnings.map(\.reason)
        #expect(notes.contains { $0.contains("unknown service code \"QQ\"") })
        #expect(notes.contains { $0.contains("ZZNEW") && $0.contains("not yet in Haven's taxonomy") })
        #expect(notes.contains { $0.contains("same facility as line 2") })
        #expect(parsed.rows[0].terms == ["buprenorphine", "medicaid", "substance-use"])
        #expect(parsed.rows[1].codes == ["SA", "ZZNEW"], "a code Haven does not map is kept in the source record")
    }

    @Test func missingColumnsAreNamed() throws {
        #expect(throws: TableError.missingColumns("x.csv", ["zip", "service_code_info"])) {
            try DirectoryParser(codes: sheet()).parse(Table(header: ["name1", "street1", "city", "state"], rows: []), file: "x.csv", edition: "")
        }
    }

    @Test func editionComesFromTheFileName() {
        #expect(DirectoryParser.edition(fromFileName: "National_Directory_SA_Facilities_2022.xlsx") == "2022")
        #expect(DirectoryParser.edition(fromFileName: "sa.csv") == "unknown")
    }
}

@Suite(.enabled(if: TestData.available)) struct NationalFileTests {
    @Test func workbookAndCSVGiveTheSameRows() throws {
        let xlsx = try SourceFiles.readDirectory(TestData.url(SourceFiles.saWorkbook))
        let csv = try SourceFiles.readDirectory(TestData.url("samhsa/national_directory_sa_2022_facilities.csv"))
        #expect(xlsx.rowsRead == 12_176)
        #expect(xlsx.rows.count == csv.rows.count)
        #expect(xlsx.rows == csv.rows)
        #expect(xlsx.rejected.isEmpty)
    }

    @Test func aCorruptWorkbookIsAClearError() throws {
        let data = try Data(contentsOf: TestData.url(SourceFiles.mhWorkbook))
        let cut = FileManager.default.temporaryDirectory.appendingPathComponent("cut_MH_\(UUID()).xlsx")
        try data.prefix(data.count / 2).write(to: cut)
        defer { try? FileManager.default.removeItem(at: cut) }
        #expect(throws: TableError.self) { try SourceFiles.readDirectory(cut) }
    }

    @Test func mergeAndGeocodeBothDirectories() throws {
        let sa = try SourceFiles.readDirectory(TestData.url("samhsa/national_directory_sa_2022_facilities.csv"))
        let mh = try SourceFiles.readDirectory(TestData.url("samhsa/national_directory_mh_2022_facilities.csv"))
        let (locator, sites) = try SourceFiles.readLocator(SourceFiles.locatorFiles.map(TestData.url))
        var centroids: [String: Coordinate] = [:]
        for z in TestData.zipCodes { centroids[z.zip] = z.coordinate }
        let drafts = FacilityAssembler(locator: locator, zipCentroids: centroids, websites: sites).assemble([sa, mh])
        let both = drafts.filter { $0.sources.count == 2 }
        #expect(drafts.count == sa.rows.count + mh.rows.count - both.count)
        #expect(both.count > 2_000, "facilities listed in both directories are merged")
        #expect(Set(drafts.map(\.id)).count == drafts.count)
        let address = drafts.filter { $0.precision == .address }.count
        let zip = drafts.filter { $0.precision == .zipCentroid }.count
        #expect(Double(address) / Double(drafts.count) > 0.85)
        #expect(address + zip >= drafts.count - 5)
        // A merged facility carries both directories' terms.
        let sample = try #require(both.first { $0.sources[1].terms.contains("mental-health") })
        #expect(Set(sample.terms).isSuperset(of: sample.sources[0].terms + sample.sources[1].terms))
    }
}
