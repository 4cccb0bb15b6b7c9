import Foundation
import Testing
@testable import HavenCore

@Suite struct PostalAddressTests {
    @Test(arguments: ["- - -", "---", "-", " . ", "", "N/A", "n/a", "Confidential", "UNDISCLOSED LOCATION", "Address withheld"])
    func placeholdersAreNotStreets(_ raw: String) {
        #expect(PostalAddress.publishedStreet(raw) == "")
    }

    @Test(arguments: ["750 Highway 31 South", "1 Main St", "PO Box 12", "Route 9", "A Street"])
    func streetsStayAsWritten(_ raw: String) {
        #expect(PostalAddress.publishedStreet(raw) == raw)
    }

    @Test func theLocatorGivesNoPointToAStreetlessRow() throws {
        // Before: "- - -" keyed as "" matched whatever street-less record the locator had in that ZIP.
        let table = Table(header: ["street1", "zip", "latitude", "longitude"],
                          rows: [["- - -", "64132", "38.99", "-94.55"], ["100 Main St", "64132", "39.0", "-94.5"]])
        var locator = Locator()
        #expect(try locator.add(table, name: "locator.csv") == 1)
        #expect(locator.coordinate(street: "- - -", zip: "64132") == nil)
        #expect(locator.coordinate(street: "", zip: "64132", city: "Kansas City", state: "MO") == nil)
        #expect(locator.coordinate(street: "100 Main Street", zip: "64132") != nil)
    }

    @Test func aDirectoryRowWithAWithheldStreetImportsWithoutOne() throws {
        let csv = "name1,name2,street1,street2,city,state,zip,phone,intake1,intake2,intake1a,intake2a,service_code_info\n"
            + "Rose Brooks Center,,- - -,,Kansas City,MO,64132,816-861-6100,,,,,SA * OP\n"
        let codes = "category_code,category_name,service_code,service_name,service_description\nTC,Type,SA,Substance use,\nST,Setting,OP,Outpatient,\n"
        let sheet = try CodeSheet(directory: .substanceUse, table: CSVReader.parse(Data(codes.utf8)), name: "codes.csv")
        let parsed = try DirectoryParser(codes: sheet).parse(CSVReader.parse(Data(csv.utf8)), file: "sa.csv", edition: "2022")
        #expect(parsed.rows.first?.street1 == "")
    }
}
