/// Escapes text for HTML element content and attribute values.
@inline(__always)
func esc(_ text: String) -> String {
    var needs = false
    for u in text.utf8 where u == 38 || u == 60 || u == 62 || u == 34 || u == 39 { needs = true; break }
    guard needs else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for c in text.unicodeScalars {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(c)
        }
    }
    return out
}

/// A `tel:` link for a U.S. phone number as written in the directories ("256-536-4700 x150").
func phoneLink(_ phone: String, label: String? = nil) -> String {
    var digits = ""
    var ext = ""
    var inExt = false
    for c in phone {
        if c == "x" || c == "X" { inExt = true; continue }
        if c.isNumber { if inExt { ext.append(c) } else { digits.append(c) } }
        if c == "(" && !digits.isEmpty { break }
    }
    guard digits.count >= 7 else { return esc(phone) }
    let href = "tel:" + (digits.count == 10 ? "+1" : "") + digits + (ext.isEmpty ? "" : ";ext=" + ext)
    return "<a href=\"\(href)\">\(esc(label ?? phone))</a>"
}

func formatMiles(_ miles: Double) -> String {
    miles < 10 ? String(format: "%.1f mi", miles) : String(format: "%.0f mi", miles)
}

/// 19112 -> "19,112" (Foundation's number formatting costs more than a whole results page).
func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = n < 0 ? "-" : ""
    for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return out
}
