import Foundation

/// Points bucketed into cells of `cellDegrees` latitude by longitude, for radius queries.
/// Each query visits only the cells that its bounding box touches, then checks the exact distance.
struct GeoGrid: Sendable {
    static let cellDegrees = 0.25
    static let columns = Int(360 / cellDegrees)
    static let rows = Int(180 / cellDegrees)

    /// cell key -> range in `order`.
    private let cells: [Int: Range<Int>]
    private let order: [Int32]
    private let lat: [Double]
    private let lon: [Double]
    private let cosLat: [Double]

    init(points: [Coordinate?]) {
        var keyed: [(key: Int, i: Int32)] = []
        for (i, p) in points.enumerated() {
            guard let p else { continue }
            keyed.append((Self.key(Self.row(p.latitude), Self.column(p.longitude)), Int32(i)))
        }
        keyed.sort { ($0.key, $0.i) < ($1.key, $1.i) }
        var cells: [Int: Range<Int>] = [:]
        var start = 0
        for j in keyed.indices where j == keyed.count - 1 || keyed[j + 1].key != keyed[j].key {
            cells[keyed[j].key] = start..<(j + 1)
            start = j + 1
        }
        self.cells = cells
        self.order = keyed.map(\.i)
        self.lat = keyed.map { points[Int($0.i)]!.latitude }
        self.lon = keyed.map { points[Int($0.i)]!.longitude }
        self.cosLat = lat.map(Geo.cosine)
    }

    static func row(_ lat: Double) -> Int { min(rows - 1, max(0, Int(((lat + 90) / cellDegrees).rounded(.down)))) }
    static func column(_ lon: Double) -> Int {
        let c = Int(((lon + 180) / cellDegrees).rounded(.down)) % columns
        return c < 0 ? c + columns : c
    }
    static func key(_ row: Int, _ column: Int) -> Int { row * columns + column }

    /// Calls `visit(pointIndex, miles)` for every point within `radius` miles of `center` (unordered).
    func within(_ radius: Double, of center: Coordinate, _ visit: (Int, Double) -> Void) {
        // One degree of latitude is at least 68.7 miles; pad by one cell so rounding never loses a point.
        let dLat = radius / 68.7
        let minRow = Self.row(center.latitude - dLat), maxRow = Self.row(center.latitude + dLat)
        let maxAbsLat = min(90, max(abs(center.latitude - dLat), abs(center.latitude + dLat)))
        let cosEdge = cos(maxAbsLat * .pi / 180)
        let spanColumns: Int
        if cosEdge < 0.01 {
            spanColumns = Self.columns
        } else {
            let dLon = radius / (69.2 * cosEdge)
            spanColumns = min(Self.columns, Int((dLon / Self.cellDegrees).rounded(.up)) + 1)
        }
        let centerColumn = Self.column(center.longitude)
        let cosCenter = Geo.cosine(center.latitude)
        // Slightly loose so rounding can never skip a point the exact distance would keep.
        let maxLatGap = radius / Geo.milesPerDegreeLatitude * (1 + 1e-9) + 1e-9
        let firstColumn = spanColumns >= Self.columns / 2 ? 0 : centerColumn - spanColumns
        let lastColumn = spanColumns >= Self.columns / 2 ? Self.columns - 1 : centerColumn + spanColumns
        for r in minRow...maxRow {
            for c in firstColumn...lastColumn {
                let wrapped = (c % Self.columns + Self.columns) % Self.columns
                guard let range = cells[Self.key(r, wrapped)] else { continue }
                for j in range where abs(lat[j] - center.latitude) <= maxLatGap {
                    let d = Geo.miles(center.latitude, center.longitude, cosCenter, lat[j], lon[j], cosLat[j])
                    if d <= radius { visit(Int(order[j]), d) }
                }
            }
        }
    }
}
