import Foundation

/// The text of a mail as SMTP carries it, made so that nothing in a message can change the dialogue: every line
/// break (CR, LF or CR LF, in any mix) is written as CR LF, other control characters are dropped, a line that starts
/// with a dot gets a second one, long lines are wrapped; header values are one line, encoded (RFC 2047) when they
/// hold anything but printable ASCII; envelope addresses are plain addresses or nothing.
public enum MailText {
    /// SMTP's limit on a line, without its CR LF (RFC 5321 4.5.3.1.6).
    public static let lineLimit = 998

    /// The body's lines, before dot-stuffing.
    public static func lines(_ body: String) -> [String] {
        var out: [String] = []
        var line = String.UnicodeScalarView()
        var bytes = 0
        var afterCR = false
        func end() { out.append(String(line)); line = .init(); bytes = 0 }
        for s in body.unicodeScalars {
            if s == "\n" {
                if afterCR { afterCR = false; continue }  // the LF of a CR LF
                end()
            } else if s == "\r" {
                end()
                afterCR = true
                continue
            } else if s == "\t" || !TypedText.isControl(s) {
                let size = String(s).utf8.count
                if bytes + size > lineLimit - 1 { end() }  // room for a stuffed dot
                line.append(s)
                bytes += size
            }
            afterCR = false
        }
        out.append(String(line))
        return out
    }

    /// The DATA section: headers, a blank line, the body; CR LF line ends, leading dots doubled, then ".".
    public static func data(headers: [(name: String, value: String)], body: String) -> String {
        let head = headers.map { "\($0.name): \($0.value)" }
        let text = lines(body).map { $0.hasPrefix(".") ? "." + $0 : $0 }
        return (head + [""] + text).joined(separator: "\r\n") + "\r\n.\r\n"
    }

    /// A header value on one line: line breaks and other controls become spaces; anything but printable ASCII is
    /// sent as UTF-8 encoded words of at most 75 characters each, folded onto continuation lines.
    public static func headerValue(_ text: String) -> String {
        let flat = String(String.UnicodeScalarView(text.unicodeScalars.map { TypedText.isControl($0) || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0 }))
        if flat.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) && !flat.contains("=?") && flat.utf8.count <= 900 { return flat }
        var words: [String] = [], chunk = Data()
        for s in flat.unicodeScalars {
            let bytes = Data(String(s).utf8)
            if chunk.count + bytes.count > 45 { words.append(encodedWord(chunk)); chunk = Data() }
            chunk.append(bytes)
        }
        if !chunk.isEmpty || words.isEmpty { words.append(encodedWord(chunk)) }
        return words.joined(separator: "\r\n ")
    }

    private static func encodedWord(_ bytes: Data) -> String { "=?UTF-8?B?" + bytes.base64EncodedString() + "?=" }

    /// A mailbox for a header: `Name <address>` with the name encoded as needed, or the address alone.
    public static func mailbox(_ text: String) -> String? {
        guard let address = envelopeAddress(text) else { return nil }
        guard let open = text.lastIndex(of: "<") else { return address }
        let name = text[..<open].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        guard !name.isEmpty else { return "<\(address)>" }
        let plain = name.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) && !"\"\\".unicodeScalars.contains($0) }
        return (plain ? "\"\(name)\"" : headerValue(name)) + " <\(address)>"
    }

    /// The address inside "Name <address>" (or the text itself) when it is a plain address SMTP can carry: one
    /// `@`, no spaces, controls, angle brackets or quotes, at most 254 characters. Otherwise nil: never written.
    public static func envelopeAddress(_ text: String) -> String? {
        guard TypedText.isOneLine(text) else { return nil }
        var a = Substring(text.trimmingCharacters(in: .whitespaces))
        if let open = a.lastIndex(of: "<") {
            guard a.hasSuffix(">") else { return nil }
            a = a[a.index(after: open)..<a.index(before: a.endIndex)]
        }
        guard (3...254).contains(a.count), a.filter({ $0 == "@" }).count == 1, !a.hasPrefix("@"), !a.hasSuffix("@"),
              a.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && !"<>\"(),;:\\[]".unicodeScalars.contains($0) }),
              !a.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" })
        else { return nil }
        return String(a)
    }
}
