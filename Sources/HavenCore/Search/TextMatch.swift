import Foundation

/// Free-text matching on facility names: every word typed must start a word of the name.
enum TextMatch {
    static func fold(_ text: String) -> String {
        AddressKey.words(text.replacingOccurrences(of: "&", with: " and ")).joined(separator: " ")
    }

    /// " word" prefixes to look for, one per typed word.
    static func tokens(_ text: String) -> [[UInt8]] {
        AddressKey.words(text.replacingOccurrences(of: "&", with: " and ")).map { Array((" " + $0).utf8) }
    }

    static func matches(_ name: [UInt8], _ tokens: [[UInt8]]) -> Bool {
        tokens.allSatisfy { contains(name, $0) }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = haystack.count, m = needle.count
        guard m <= n else { return false }
        let first = needle[0]
        var i = 0
        while i <= n - m {
            if haystack[i] == first {
                var j = 1
                while j < m && haystack[i + j] == needle[j] { j += 1 }
                if j == m { return true }
            }
            i += 1
        }
        return false
    }
}
