import Foundation
import Testing
@testable import HavenCore

@Suite struct CSVReaderTests {
    @Test func quotesCommasNewlinesAndBOM() throws {
        let text = "\u{FEFF}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n1,,3\n"
        let table = try CSVReader.parse(Data(text.utf8))
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows == [["x, y", "say \"hi\"", "two\nlines"], ["1", "", "3"]])
    }

    @Test func unterminatedQuoteIsAnError() {
        #expect(throws: TableError.unterminatedQuote("in.csv", line: 2)) {
            try CSVReader.parse(Data("a,b\n\"open,1\n2,3\n".utf8), name: "in.csv")
        }
    }

    @Test func aShortLastRowWithNoLineBreakIsCutOff() throws {
        #expect(throws: TableError.cutOff("in.csv", line: 3)) {
            try CSVReader.parse(Data("a,b,c\n1,2,3\n4,5".utf8), name: "in.csv")
        }
        // Complete but for the final line break (some public files end so): read, and said.
        let table = try CSVReader.parse(Data("a,b,c\n1,2,3\n4,5,6".utf8))
        #expect(table.rows.count == 2 && table.endsMidLine)
        #expect(try !CSVReader.parse(Data("a,b,c\n1,2,3\n".utf8)).endsMidLine)
    }

    @Test func formatsThatAlwaysEndWithALineBreakRefuseOneWithout() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cut-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try "a,b\n1,2\n3,4".write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: TableError.self) { try CSVReader.read(contentsOf: url, requireCompleteLastRow: true) }
        #expect(try CSVReader.read(contentsOf: url).rows.count == 2)
    }

    @Test func latin1IsReadNotRejected() throws {
        let bytes: [UInt8] = Array("name\n".utf8) + [0x43, 0x61, 0x66, 0xE9, 0x0A]  // "Café" in Latin-1
        let table = try CSVReader.parse(Data(bytes))
        #expect(table.rows == [["Café"]])
    }

    @Test func stableIDTextMatchesFoundation() {
        for key in ["", "a", "facility|x|y", "ünïcode"] {
            #expect(StableID.string(for: key) == StableID.uuid(for: key).uuidString.lowercased())
        }
    }

    @Test func websitesNeedAHost() {
        #expect(website("http://") == nil)
        #expect(website("http://www.example.org/x") == "http://www.example.org/x")
        #expect(website("www.example.org") == nil)
        #expect(website("http://exa mple.org") == nil)
    }

    @Test func addressKeysMatchCommonVariants() {
        #expect(AddressKey.street("60 Westwood Avenue, Suite 220") == AddressKey.street("60 WESTWOOD AVE"))
        #expect(AddressKey.street("1 North Main Street # 5") == "1 n main st")
        #expect(AddressKey.zip5("6708") == "06708")
        #expect(AddressKey.zip5("06708-2460") == "06708")
        #expect(AddressKey.zip5("ABCDE") == nil)
        #expect(AddressKey.zip5("12") == nil)
    }
}
