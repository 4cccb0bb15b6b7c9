/// Finds place names spelt within a few letters of a typed one without comparing it to every name: names are indexed
/// by their letter pairs, and only names sharing enough pairs with the typed text are compared letter by letter.
/// One edit (a letter changed, added, dropped, or two swapped) changes at most three pairs, so a name within
/// `limit` edits shares at least `pairs(typed) - 3 * limit` of the typed text's distinct pairs.
struct SpellingIndex: Sendable {
    let keys: [String]
    private let lengths: [Int32]
    private let postings: [UInt16: [Int32]]

    init(_ keys: [String]) {
        self.keys = keys
        lengths = keys.map { Int32($0.utf8.count) }
        var postings: [UInt16: [Int32]] = [:]
        for (i, key) in keys.enumerated() {
            for pair in Self.pairs(key) { postings[pair, default: []].append(Int32(i)) }
        }
        self.postings = postings
    }

    /// The distinct letter pairs of " key " (the spaces mark the start and the end).
    static func pairs(_ key: String) -> Set<UInt16> {
        let u = [UInt8(ascii: " ")] + Array(key.utf8) + [UInt8(ascii: " ")]
        var out = Set<UInt16>()
        for i in 0..<(u.count - 1) { out.insert(UInt16(u[i]) << 8 | UInt16(u[i + 1])) }
        return out
    }

    /// Names within `limit` edits of `key` (not `key` itself), with their distance.
    func near(_ key: String, limit: Int) -> [(key: String, distance: Int)] {
        let length = key.utf8.count
        let pairs = Self.pairs(key)
        let needed = pairs.count - 3 * limit
        var out: [(key: String, distance: Int)] = []
        func consider(_ i: Int) {
            guard abs(Int(lengths[i]) - length) <= limit, keys[i] != key else { return }
            let d = EditDistance.between(keys[i], key, limit: limit)
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
