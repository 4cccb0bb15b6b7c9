import Foundation
import Testing
@testable import HavenCore

/// The SVG map: places where they are, numbered as the cards, approximate ones drawn as such, text escaped.
@Suite struct MapDrawingTests {
    static let centre = Coordinate(latitude: 40.75, longitude: -73.99)

    @Test func theProjectionPutsTheCentreInTheMiddleAndKeepsMilesEqualBothWays() {
        let p = MapDrawing.Projection(centre: Self.centre, radiusMiles: 10, width: 640, height: 480)
        let c = p.point(Self.centre)
        #expect(abs(c.x - 320) < 0.001 && abs(c.y - 240) < 0.001)
        // Ten miles north and ten miles east (by the haversine) are as far from the centre on the map.
        let north = p.point(Coordinate(latitude: 40.75 + 10 / 69.0, longitude: -73.99))
        let eastLongitude = -73.99 + 10 / (69.17 * cos(40.75 * .pi / 180))
        #expect(abs(Geo.miles(Self.centre, Coordinate(latitude: 40.75, longitude: eastLongitude)) - 10) < 0.1)
        let east = p.point(Coordinate(latitude: 40.75, longitude: eastLongitude))
        #expect(abs((240 - north.y) - (east.x - 320)) < 0.5)
        // The ten-mile radius fits the smaller side with a margin.
        #expect(240 - north.y < 240 && 240 - north.y > 200)
    }

    @Test func theMapReachesTheFarthestPlaceOnThePageNotTheWholeRadius() {
        #expect(MapDrawing.reach(radiusMiles: 25, distances: [0.2, 1.0, 2.0]).miles == 2.3)
        #expect(!MapDrawing.reach(radiusMiles: 25, distances: [0.2, 1.0, 2.0]).ringInView)
        #expect(MapDrawing.reach(radiusMiles: 10, distances: [9.5]) == (10, true))
        #expect(MapDrawing.reach(radiusMiles: 25, distances: []).miles == 25)
    }

    @Test func eachSpotIsOneNumberedMarkerApproximateOnesDashed() {
        let p = MapDrawing.Projection(centre: Self.centre, radiusMiles: 5, width: 640, height: 480)
        let a = Coordinate(latitude: 40.76, longitude: -73.98), b = Coordinate(latitude: 40.72, longitude: -74.01)
        let svg = MapDrawing.svg(p, radiusMiles: 5, places: [
            .init(number: 1, coordinate: a, approximate: false), .init(number: 2, coordinate: a, approximate: false),
            .init(number: 3, coordinate: b, approximate: true),
        ], counties: [], homeState: "NY", towns: [(name: "Hell's <Kitchen>", coordinate: a)], title: "Map & more \"x\"")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.hasSuffix("</svg>"))
        #expect(svg.contains(">1+</text>") && !svg.contains(">2</text>"), "two places at one building: one marker")
        #expect(svg.contains(">3</text>") && svg.contains("stroke-dasharray=\"3 2\""))
        #expect(svg.components(separatedBy: "<circle").count - 1 == 3, "two markers and the ring")
        #expect(svg.contains("Hell&#39;s &lt;Kitchen&gt;") && svg.contains("<title id=\"t\">Map &amp; more &quot;x&quot;</title>"))
        #expect(!svg.contains("<Kitchen>") && !svg.contains("<script"))
    }

    @Test func onlyCountiesInViewAreDrawnSimplifiedToThePixel() {
        let p = MapDrawing.Projection(centre: Self.centre, radiusMiles: 5, width: 640, height: 480)
        // A square around the centre with a thousand points along one side, and one far away.
        var ring = (0...1000).map { Coordinate(latitude: 40.7 + Double($0) * 0.0001, longitude: -74.05) }
        ring += [Coordinate(latitude: 40.8, longitude: -73.9), Coordinate(latitude: 40.7, longitude: -73.9)]
        let near = CountyOutline(fips: "36061", state: "NY", name: "New York County", rings: [ring])
        let far = CountyOutline(fips: "06037", state: "CA", name: "Los Angeles County",
                                rings: [[Coordinate(latitude: 34, longitude: -118), Coordinate(latitude: 34.1, longitude: -118.1), Coordinate(latitude: 34.2, longitude: -118)]])
        let svg = MapDrawing.svg(p, radiusMiles: nil, places: [], counties: [near, far], homeState: "NY", towns: [], title: "t")
        #expect(svg.components(separatedBy: "<path fill=").count - 1 == 1)
        let d = svg.components(separatedBy: " d=\"")[1].prefix { $0 != "\"" }
        let points = d.filter { $0 == "L" }.count + 1
        #expect(points < 310, "a thousand points along 300 pixels become one a pixel at most: \(points)")
        #expect(svg.contains("fill=\"#fbf7ee\""), "the searched state's counties are shaded")
        #expect(!svg.contains("stroke-dasharray=\"6 4\""), "no ring when it is out of view")
    }
}
