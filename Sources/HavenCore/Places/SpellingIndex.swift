/// Finds place names spelt within a few letters of a typed one without comparing it to every name. Two cheap bounds
/// rule names out before any letter-by-letter comparison: letter pairs (one edit, a letter changed, added, dropped or
/// two swapped, changes at most three of them, so a name within `limit` edits shares at least
/// `pairs(typed) - 3 * limit` of the typed text's distinct pairs) and letter counts (one edit moves them by at most 2).
struct SpellingIndex: Sendable {
    let keys: [String]
    private let bytes: [[UInt8]]
    /// Per name: how many of each letter (a-z, then one bucket for anything else), 27 per name.
    private let letters: [UInt8]
    private let postings: [UInt16: [Int32]]

    init(_ keys: [String]) {
        self.keys = keys
        bytes = keys.map { Array($0.utf8) }
        var letters = [UInt8](repeating: 0, count: keys.count * 27)
        var postings: [UInt16: [Int32]] = [:]
        for (i, key) in bytes.enumerated() {
            for b in key { letters[i * 27 + Self.bucket(b)] &+= 1 }
            for pair in Self.pairs(key) { postings[pair, default: []].append(Int32(i)) }
        }
        self.letters = letters
        self.postings = postings
    }

    @inline(__always) static func bucket(_ b: UInt8) -> Int { b >= 97 && b <= 122 ? Int(b - 97) : 26 }

    /// The distinct letter pairs of " key " (the spaces mark the start and the end).
    static func pairs(_ key: [UInt8]) -> Set<UInt16> {
        let u = [UInt8(ascii: " ")] + key + [UInt8(ascii: " ")]
        var out = Set<UInt16>()
        for i in 0..<(u.count - 1) { out.insert(UInt16(u[i]) << 8 | UInt16(u[i + 1])) }
        return out
    }

    /// Names within `limit` edits of `key` (not `key` itself), with their distance.
    func near(_ key: String, limit: Int) -> [(key: String, distance: Int)] {
        let typed = Array(key.utf8)
        var histogram = [Int](repeating: 0, count: 27)
        for b in typed { histogram[Self.bucket(b)] += 1 }
        let pairs = Self.pairs(typed)
        let needed = pairs.count - 3 * limit
        var out: [(key: String, distance: Int)] = []
        var distance = EditDistance.Buffers()
        func consider(_ i: Int) {
            guard abs(bytes[i].count - typed.count) <= limit, bytes[i] != typed else { return }
            var moved = 0
            for b in 0..<27 { moved += abs(Int(letters[i * 27 + b]) - histogram[b]) }
            guard moved <= 2 * limit else { return }
            let d = distance.between(bytes[i], typed, limit: limit)
            if d <= limit { out.append((keys[i], d)) }
        }
        guard needed > 0 else {
            for i in keys.indices { consider(i) }
            return out
        }
        var shared = [UInt8](repeating: 0, count: keys.count)
        var touched: [Int32] = []
        for pair in pairs {
            guard let list = postings[pair] else { continue }
            for i in list {
                if shared[Int(i)] == 0 { touched.append(i) }
                shared[Int(i)] &+= 1
            }
        }
        for i in touched where Int(shared[Int(i)]) >= needed { consider(Int(i)) }
        return out
    }
}
