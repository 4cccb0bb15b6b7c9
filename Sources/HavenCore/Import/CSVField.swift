/// RFC 4180 quoting, byte by byte. Found by the fuzz pass: comparing Swift `Character`s misses a quote or a comma
/// followed by a combining mark (one grapheme, `"` + U+064B), so such a field went out unquoted and shifted columns.
public enum CSVField {
    public static func quoted(_ s: String) -> String {
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        // A leading U+FEFF would be taken for a byte order mark at the start of a file: quoted, it is text.
        guard s.utf8.contains(where: special) || s.unicodeScalars.first == "\u{FEFF}" else { return s }
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(s.utf8.count + 8)
        for b in s.utf8 {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// For files people open in a spreadsheet: text that it would run as a formula gets a leading apostrophe
    /// (judged on the first code point, not the first `Character`, for the same reason as above).
    public static func defused(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        return "'" + s
    }
}
