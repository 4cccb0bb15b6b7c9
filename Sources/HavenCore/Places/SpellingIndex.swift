/// Finds place names spelt within a few letters of a typed one without comparing it to every name. Two cheap bounds
/// rule names out before any letter-by-letter comparison: letter pairs (one edit, a letter changed, added, dropped or
/// two swapped, changes at most three of them, so a name within `limit` edits shares at least
/// `pairs(typed) - 3 * limit` of the typed text's distinct pairs) and letter counts (one edit moves them by at most 2).
/// Names are kept in one flat byte array so that the comparisons touch no reference-counted storage.
struct SpellingIndex: Sendable {
    let keys: [String]
    /// Every name's bytes, one after another; name i is `flat[starts[i] ..< starts[i + 1]]`.
    private let flat: [UInt8]
    private let starts: [Int32]
    /// Per name: how many of each letter (a-z, then one bucket for anything else), 27 per name.
    private let letters: [UInt8]
    /// Per name: which letters it has, one bit each (an edit adds or removes at most two).
    private let present: [UInt32]
    private let postings: [UInt16: [Int32]]

    init(_ keys: [String]) {
        self.keys = keys
        var flat: [UInt8] = [], starts: [Int32] = [0]
        var letters = [UInt8](repeating: 0, count: keys.count * 27)
        var present = [UInt32](repeating: 0, count: keys.count)
        var postings: [UInt16: [Int32]] = [:]
        for (i, key) in keys.enumerated() {
            let bytes = Array(key.utf8)
            flat += bytes
            starts.append(Int32(flat.count))
            for b in bytes { letters[i * 27 + Self.bucket(b)] &+= 1; present[i] |= 1 << UInt32(Self.bucket(b)) }
            for pair in Self.pairs(bytes) { postings[pair, default: []].append(Int32(i)) }
        }
        self.flat = flat
        self.starts = starts
        self.letters = letters
        self.present = present
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
        var histogram = [Int16](repeating: 0, count: 27)
        var has: UInt32 = 0
        for b in typed { histogram[Self.bucket(b)] += 1; has |= 1 << UInt32(Self.bucket(b)) }
        let pairs = Self.pairs(typed)
        let needed = pairs.count - 3 * limit
        var candidates: [Int32] = []
        if needed > 0 {
            var shared = [UInt8](repeating: 0, count: keys.count)
            var touched: [Int32] = []
            touched.reserveCapacity(4096)
            shared.withUnsafeMutableBufferPointer { shared in
                for pair in pairs {
                    guard let list = postings[pair] else { continue }
                    for i in list {
                        if shared[Int(i)] == 0 { touched.append(i) }
                        shared[Int(i)] &+= 1
                    }
                }
                candidates = touched.filter { Int(shared[Int($0)]) >= needed }
            }
        } else {
            candidates = (0..<Int32(keys.count)).map { $0 }
        }
        var out: [(key: String, distance: Int)] = []
        var rows = EditDistance.Buffers()
        flat.withUnsafeBufferPointer { flat in
        letters.withUnsafeBufferPointer { letters in
        present.withUnsafeBufferPointer { present in
        starts.withUnsafeBufferPointer { starts in
        typed.withUnsafeBufferPointer { typed in
            for c in candidates {
                let i = Int(c)
                let start = Int(starts[i]), length = Int(starts[i + 1]) - start
                guard abs(length - typed.count) <= limit, (present[i] ^ has).nonzeroBitCount <= 2 * limit else { continue }
                var moved = 0
                for b in 0..<27 { moved += abs(Int(letters[i * 27 + b]) - Int(histogram[b])) }
                guard moved <= 2 * limit else { continue }
                let name = UnsafeBufferPointer(rebasing: flat[start..<(start + length)])
                if length == typed.count && name.elementsEqual(typed) { continue }
                let d = rows.between(name, typed, limit: limit)
                if d <= limit { out.append((keys[i], d)) }
            }
        }}}}}
        return out
    }
}
