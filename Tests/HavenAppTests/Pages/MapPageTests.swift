import Foundation
@testable import HavenApp
import HavenCore
import Testing
import VaporTesting

/// Issue 22, item 3 against the sample: a results page shows its places on a map Haven draws (an SVG from Haven
/// itself, after the list, with a text alternative); the county lines come from `haven import boundaries`.
@Suite struct MapPageTests {
    static let boundaries: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.deletingLastPathComponent().appendingPathComponent("shared/data/boundaries")
        return FileManager.default.fileExists(atPath: dir.appendingPathComponent("UScounties.shp").path) ? dir : nil
    }()

    @Test func aResultsPageHasAMapOfItsOwnPlacesNumberedAsTheCards() async throws {
        try await withSample { app in
            if let dir = Self.boundaries {
                let summary = try await Importer(database: app.db, dataDirectory: nil).importBoundaries(dir)
                #expect(summary.files.first?.created == 3221)
            }
            let page = try await app.testing().sendRequest(.GET, "/search?near=10001&radius=25")
            let html = page.body.string
            let cards = html.components(separatedBy: "<li class=\"card\">").count - 1
            #expect(cards > 0)
            #expect(html.contains("<figure class=\"map\"><img src=\"/map.svg?near=10001\" alt=\"Map of the places on this page, numbered as in the list above, around 10001 (New York, NY).\""))
            #expect(html.range(of: "<figure class=\"map\">")!.lowerBound > html.range(of: "<ol class=\"results\"")!.lowerBound, "after the list")
            let map = try await app.testing().sendRequest(.GET, "/map.svg?near=10001")
            #expect(map.status == .ok && map.headers.contentType?.subType == "svg+xml")
            let svg = map.body.string
            // Every marker is a card's number (one marker per spot: "4+" stands for places at one building).
            let labels = svg.components(separatedBy: "text-anchor=\"middle\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
                .filter { $0.first?.isNumber == true }
            #expect(!labels.isEmpty && labels.allSatisfy { Int($0.trimmingCharacters(in: ["+"]))! <= cards })
            #expect(labels.contains { $0 == "1" || $0 == "1+" })
            #expect(!svg.contains("http://") || svg.components(separatedBy: "http://").count == 2, "the only address is the SVG namespace")
            if Self.boundaries != nil { #expect(svg.contains("<path fill=\"#fbf7ee\""), "New York's counties, shaded") }
            // A state has no point to draw around: no map, and the image says why.
            let state = try await app.testing().sendRequest(.GET, "/search?near=New+York+state")
            #expect(!state.body.string.contains("<figure class=\"map\">"))
            #expect(try await app.testing().sendRequest(.GET, "/map.svg?near=New+York+state").status == .badRequest)
            #expect(try await app.testing().sendRequest(.GET, "/map.svg?near=10001&radius=nope").status == .badRequest)
            // A facility's page: its own map, the one place where it is.
            let id = try #require(html.range(of: "<li class=\"card\"><h2><a href=\"/facilities/").map { String(html[$0.upperBound...].prefix(36)) })
            let facility = try await app.testing().sendRequest(.GET, "/facilities/\(id)").body.string
            #expect(facility.contains("<figure class=\"map\"><img src=\"/facilities/\(id)/map.svg\" alt=\"Map of where "))
            let one = try await app.testing().sendRequest(.GET, "/facilities/\(id)/map.svg")
            #expect(one.status == .ok && one.body.string.contains(">1</text>") && !one.body.string.contains(">2</text>"))
            #expect(try await app.testing().sendRequest(.GET, "/facilities/3f2c5e1a-0000-8000-8000-000000000099/map.svg").status == .notFound)
            // A state's page: a dot per listed place with a map location.
            let statePage = try await app.testing().sendRequest(.GET, "/states/NY").body.string
            #expect(statePage.contains("<figure class=\"map\"><img src=\"/states/NY/map.svg\" alt=\"Map of New York with a dot for each listed place"))
            let stateMap = try await app.testing().sendRequest(.GET, "/states/NY/map.svg").body.string
            let inNY = app.catalog.service.index.listings.filter { $0.state == "NY" && $0.coordinate != nil && !$0.isRemoteOnly }.count
            #expect(inNY > 0 && stateMap.components(separatedBy: "r=\"2.5\"").count - 1 == inNY)
            #expect(try await app.testing().sendRequest(.GET, "/states/ZZ/map.svg").status == .notFound)
        }
    }
}
