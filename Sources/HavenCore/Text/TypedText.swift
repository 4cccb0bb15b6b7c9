/// What people type into forms, checked before it is kept: a one-line field (a name, a title, a role, a reason on
/// a badge) holds no control characters at all, so nothing typed can start a new line in a mail header, an SMTP
/// dialogue, a log line or a CSV row; a block (a message, a note) may hold line breaks and tabs, nothing else.
public enum TypedText {
    /// No control characters (line breaks, tabs, NUL, DEL, C1), no Unicode line or paragraph separators, no
    /// bidirectional overrides or isolates (they make text read differently from what it holds).
    public static func isOneLine(_ text: String) -> Bool {
        !text.unicodeScalars.contains { isControl($0) || $0 == "\u{2028}" || $0 == "\u{2029}" || isBidiControl($0) }
    }

    /// Line breaks (CR, LF) and tabs allowed; every other control character, separator and bidirectional override not.
    public static func isBlock(_ text: String) -> Bool {
        !text.unicodeScalars.contains { ($0 != "\n" && $0 != "\r" && $0 != "\t" && isControl($0)) || isBidiControl($0) }
    }

    /// What a form says beside a one-line field that holds a control character. `what`: "your name", "the title".
    public static func oneLineMessage(_ what: String) -> String {
        "Write \(what) on one line, without tabs, line breaks or special characters."
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value)
    }

    static func isBidiControl(_ s: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }
}
