/// Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps) over UTF-8 bytes,
/// giving up early past `limit`. For spelling suggestions over place names, which are short.
enum EditDistance {
    static func between(_ a: String, _ b: String, limit: Int) -> Int {
        var rows = Buffers()
        let x = Array(a.utf8), y = Array(b.utf8)
        return x.withUnsafeBufferPointer { x in y.withUnsafeBufferPointer { y in rows.between(x, y, limit: limit) } }
    }

    /// The three rows the comparison needs, kept between comparisons (a spelling search makes thousands).
    struct Buffers {
        var before: [Int] = [], previous: [Int] = [], current: [Int] = []

        mutating func between(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
            if abs(x.count - y.count) > limit { return limit + 1 }
            if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
            let n = y.count + 1
            if before.count < n {
                before = [Int](repeating: 0, count: n); previous = before; current = before
            }
            for j in 0..<n { previous[j] = j; before[j] = 0 }
            for i in 1...x.count {
                current[0] = i
                var best = i
                for j in 1...y.count {
                    let cost = x[i - 1] == y[j - 1] ? 0 : 1
                    var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { v = min(v, before[j - 2] + 1) }
                    current[j] = v
                    best = min(best, v)
                }
                if best > limit { return limit + 1 }
                swap(&before, &previous)
                swap(&previous, &current)
            }
            return previous[y.count]
        }
    }
}
