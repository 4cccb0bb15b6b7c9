import Foundation

/// A map Haven draws itself, as SVG: county outlines (the searched state's shaded, so state lines show), the distance
/// ring around the searched place, numbered points matching the result cards (a place known only by its ZIP code drawn
/// hollow and dashed: approximate) and town names. No tiles, scripts or requests to anyone.
public enum MapDrawing {
    public struct Place: Sendable {
        public let number: Int
        public let coordinate: Coordinate
        public let approximate: Bool

        public init(number: Int, coordinate: Coordinate, approximate: Bool) {
            self.number = number
            self.coordinate = coordinate
            self.approximate = approximate
        }
    }

    /// Flat projection around the centre (east-west miles shrink with the latitude's cosine): right for the few hundred
    /// miles a search covers.
    public struct Projection: Sendable {
        public let centre: Coordinate
        public let pixelsPerMile: Double
        public let width: Double, height: Double
        let milesPerLongitude: Double

        public init(centre: Coordinate, radiusMiles: Double, width: Double, height: Double) {
            self.centre = centre
            self.width = width
            self.height = height
            milesPerLongitude = 69.17 * cos(centre.latitude * .pi / 180)
            pixelsPerMile = min(width, height) / 2 / (max(radiusMiles, 0.5) * 1.12)
        }

        /// A projection that fits the given box (a state's programs) with a margin.
        public init(fitting south: Double, _ west: Double, _ north: Double, _ east: Double, width: Double, height: Double) {
            let centre = Coordinate(latitude: (south + north) / 2, longitude: (west + east) / 2)
            self.centre = centre
            self.width = width
            self.height = height
            milesPerLongitude = 69.17 * cos(centre.latitude * .pi / 180)
            let spanX = max((east - west) * milesPerLongitude, 1), spanY = max((north - south) * 69.0, 1)
            pixelsPerMile = min(width / spanX, height / spanY) * 0.9
        }

        public func point(_ c: Coordinate) -> (x: Double, y: Double) {
            (width / 2 + (c.longitude - centre.longitude) * milesPerLongitude * pixelsPerMile,
             height / 2 - (c.latitude - centre.latitude) * 69.0 * pixelsPerMile)
        }

        /// The latitudes and longitudes the map shows.
        public var bounds: (south: Double, west: Double, north: Double, east: Double) {
            let dLat = height / 2 / pixelsPerMile / 69.0, dLon = width / 2 / pixelsPerMile / max(milesPerLongitude, 1)
            return (centre.latitude - dLat, centre.longitude - dLon, centre.latitude + dLat, centre.longitude + dLon)
        }
    }

    /// How far the map reaches from its centre: to the page's farthest place (with a margin), no farther than the search
    /// radius; and whether the radius's ring is in view (so the caption can say so).
    public static func reach(radiusMiles: Double, distances: [Double]) -> (miles: Double, ringInView: Bool) {
        let farthest = distances.max() ?? radiusMiles
        let miles = min(radiusMiles, max(farthest * 1.15, 1))
        return (miles, radiusMiles <= miles * 1.12)
    }

    /// The whole SVG document. `homeState`: its counties are shaded. `towns`: names to write, biggest first.
    public static func svg(_ projection: Projection, radiusMiles: Double?, places: [Place], counties: [CountyOutline],
                           homeState: String?, towns: [(name: String, coordinate: Coordinate)], title: String,
                           marksCentre: Bool = true, dots: [Place] = []) -> String {
        let w = Int(projection.width), h = Int(projection.height)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\" role=\"img\" aria-labelledby=\"t\">"
        out += "<title id=\"t\">" + escape(title) + "</title>"
        out += "<rect width=\"\(w)\" height=\"\(h)\" fill=\"#eef3f7\"/>"
        let b = projection.bounds
        for county in counties where county.overlaps(south: b.south, west: b.west, north: b.north, east: b.east) {
            out += "<path fill=\"" + (county.state == homeState ? "#fbf7ee" : "#ffffff") + "\" stroke=\"#8b98a5\" stroke-width=\"0.7\" d=\""
            for ring in county.rings { path(ring, projection, into: &out) }
            out += "\"/>"
        }
        // Many places at once (a state's): small dots, no numbers; approximate ones hollow.
        for dot in dots {
            let p = projection.point(dot.coordinate)
            out += "<circle cx=\"\(f(p.x))\" cy=\"\(f(p.y))\" r=\"2.5\" " + (dot.approximate ? "fill=\"#ffffff\" stroke=\"#0b5cad\" stroke-width=\"1\"/>" : "fill=\"#0b5cad\"/>")
        }
        for town in towns.prefix(8) {
            let p = projection.point(town.coordinate)
            // Above the town's middle, where its places' markers are.
            out += "<text x=\"\(f(p.x))\" y=\"\(f(p.y - 16))\" font-family=\"sans-serif\" font-size=\"13\" fill=\"#3d4650\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" text-anchor=\"middle\">" + escape(town.name) + "</text>"
        }
        let c = projection.point(projection.centre)
        if let radiusMiles {
            out += "<circle cx=\"\(f(c.x))\" cy=\"\(f(c.y))\" r=\"\(f(radiusMiles * projection.pixelsPerMile))\" fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
        }
        if marksCentre { out += "<path d=\"M\(f(c.x - 7)) \(f(c.y))H\(f(c.x + 7))M\(f(c.x)) \(f(c.y - 7))V\(f(c.y + 7))\" stroke=\"#8a1c00\" stroke-width=\"3\"/>" }
        // Places at one spot (one building, one ZIP centre) share a marker: the first number and "+".
        var markers: [(number: Int, p: (x: Double, y: Double), approximate: Bool, more: Bool)] = []
        for place in places {
            let p = projection.point(place.coordinate)
            if let k = markers.firstIndex(where: { abs($0.p.x - p.x) < 4 && abs($0.p.y - p.y) < 4 }) { markers[k].more = true; continue }
            markers.append((place.number, p, place.approximate, false))
        }
        // Last first, so lower numbers are drawn on top where markers overlap.
        for m in markers.reversed() {
            let text = m.more ? "\(m.number)+" : "\(m.number)", r = m.more || m.number > 99 ? 14 : 11
            if m.approximate {
                out += "<circle cx=\"\(f(m.p.x))\" cy=\"\(f(m.p.y))\" r=\"\(r)\" fill=\"#ffffff\" stroke=\"#0b5cad\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>"
                out += label(text, m.p, fill: "#0b5cad")
            } else {
                out += "<circle cx=\"\(f(m.p.x))\" cy=\"\(f(m.p.y))\" r=\"\(r)\" fill=\"#0b5cad\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
                out += label(text, m.p, fill: "#ffffff")
            }
        }
        return out + "</svg>"
    }

    static func label(_ n: String, _ p: (x: Double, y: Double), fill: String) -> String {
        "<text x=\"\(f(p.x))\" y=\"\(f(p.y + 4.5))\" font-family=\"sans-serif\" font-size=\"12\" font-weight=\"bold\" fill=\"\(fill)\" text-anchor=\"middle\">\(n)</text>"
    }

    /// A ring as path data, dropping points within a pixel of the last one drawn (a county has up to 1,923 points).
    static func path(_ ring: [Coordinate], _ projection: Projection, into out: inout String) {
        var last: (x: Double, y: Double)?
        for (i, c) in ring.enumerated() {
            let p = projection.point(c)
            if let l = last, i < ring.count - 1, abs(p.x - l.x) < 1, abs(p.y - l.y) < 1 { continue }
            out += (last == nil ? "M" : "L") + f(p.x) + " " + f(p.y)
            last = p
        }
        if last != nil { out += "Z" }
    }

    /// One decimal: enough for a pixel.
    static func f(_ v: Double) -> String {
        let t = (v * 10).rounded() / 10
        return t == t.rounded() ? String(Int(t)) : String(t)
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
