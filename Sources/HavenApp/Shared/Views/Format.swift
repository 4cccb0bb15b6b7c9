import Foundation
import HavenCore
import HavenHTML

/// Phone numbers as links, and the numbers every page offers.
enum Phone {
    static let crisisLine = SafeURL(external: "tel:988")!
    static let helpline = SafeURL(external: "tel:+18006624357")!
    static let emergency = SafeURL(external: "tel:911")!

    /// A `tel:` URL for a U.S. number as the directories write it ("256-536-4700 x150"); nil if it has too few digits.
    static func url(_ phone: String) -> SafeURL? {
        var digits = "", ext = ""
        var inExtension = false
        for c in phone {
            if c == "x" || c == "X" { inExtension = true; continue }
            if c.isASCII && c.isNumber { if inExtension { ext.append(c) } else { digits.append(c) } }
            if c == "(" && !digits.isEmpty { break }
        }
        guard digits.count >= 7 else { return nil }
        return SafeURL(external: "tel:" + (digits.count == 10 ? "+1" : "") + digits + (ext.isEmpty ? "" : ";ext=" + ext))
    }

    /// The number as a link, or as text when it cannot be dialled.
    static func link(_ phone: String) -> Node {
        guard let url = url(phone) else { return text(phone) }
        return a(.href(url)) { text(phone) }
    }
}

enum Format {
    static func miles(_ miles: Double) -> String {
        miles < 10 ? String(format: "%.1f mi", miles) : String(format: "%.0f mi", miles)
    }

    /// 19112 -> "19,112" (Foundation's number formatting costs more than a whole results page).
    static func grouped(_ n: Int) -> String { Plural.grouped(n) }

    /// "November 25, 2026", in UTC.
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        let w = Words.current
        return w.day(c.day ?? 1, month: w.months[(c.month ?? 1) - 1], year: c.year ?? 1970)
    }

    /// "November 25, 2026, 14:05 UTC".
    static func dayAndTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return day(date) + String(format: ", %02d:%02d UTC", c.hour ?? 0, c.minute ?? 0)
    }

    /// "Mountain Time": a U.S. zone's everyday name, from its standard offset; nil for zones outside these.
    static func zoneName(_ zone: TimeZone) -> String? {
        let january = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01, standard time everywhere in the U.S.
        let names = [-4: "Atlantic Time", -5: "Eastern Time", -6: "Central Time", -7: "Mountain Time", -8: "Pacific Time",
                     -9: "Alaska Time", -10: "Hawaii-Aleutian Time", 10: "Chamorro Time", -11: "Samoa Time"]
        return names[zone.secondsFromGMT(for: january) / 3600]
    }
}
