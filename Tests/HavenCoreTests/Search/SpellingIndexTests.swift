import Testing
@testable import HavenCore

/// Issue 21, finding 10: the spelling index finds exactly the names a comparison with every name finds.
@Suite struct SpellingIndexTests {
    @Test func findsWhatAFullScanFinds() {
        var rng = SplitMix64(seed: 2110)
        let letters = Array("abcdeilmnorstu ")
        func word() -> String {
            String((0..<Int.random(in: 2...14, using: &rng)).map { _ in letters.randomElement(using: &rng)! })
                .split(separator: " ").joined(separator: " ")
        }
        let keys = Array(Set((0..<3_000).map { _ in word() }.filter { !$0.isEmpty })).sorted()
        let index = SpellingIndex(keys)
        for n in 0..<400 {
            // Half typed near a real name (a letter changed, dropped or swapped), half anything.
            var typed = n % 2 == 0 ? Array(keys.randomElement(using: &rng)!) : Array(word())
            if typed.count > 3 {
                let i = Int.random(in: 1..<(typed.count - 1), using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: typed[i] = letters.randomElement(using: &rng)!
                case 1: typed.remove(at: i)
                default: typed.swapAt(i, i - 1)
                }
            }
            let key = String(typed)
            guard !key.isEmpty else { continue }
            for limit in 1...3 {
                let want = keys.filter { $0 != key && EditDistance.between($0, key, limit: limit) <= limit }
                let got = index.near(key, limit: limit).map(\.key).sorted()
                #expect(got == want, "\(key) within \(limit)")
            }
        }
    }
}
