import Foundation

/// One facility's counts over the ranking window: profile views and inquiries sent, summed from daily totals.
public struct PopularityTally: Sendable, Equatable {
    public let facility: UUID
    public let views: Int
    public let inquiries: Int

    public init(facility: UUID, views: Int, inquiries: Int) {
        self.facility = facility
        self.views = views
        self.inquiries = inquiries
    }

    /// An inquiry says more than a look: it weighs as many views.
    public static let inquiryWeight = 5
    public var score: Int { views + Self.inquiryWeight * inquiries }
}

/// Popular centers: the ranking, and the sentence that explains it on the page.
public enum Popularity {
    /// Days counted.
    public static let window = 30

    public static let explanation = "Ranked by how often each listing was viewed on Haven in the last \(window) days, with each message "
        + "sent through Haven counting as \(PopularityTally.inquiryWeight) views; we count visits as daily totals and never record who made them."

    /// Every tally with something counted, in ranking order (highest score first, ties by inquiries then by id so the
    /// order is stable): sort once, then `top` walks only as far as it needs.
    public static func ranked(_ tallies: [PopularityTally]) -> [PopularityTally] {
        tallies.filter { $0.score > 0 }.sorted(by: order)
    }

    /// The first `limit` of tallies already `ranked` that `include` accepts (listed facilities, one state's).
    public static func top(_ ranked: [PopularityTally], limit: Int, include: (UUID) -> Bool = { _ in true }) -> [PopularityTally] {
        var out: [PopularityTally] = []
        for t in ranked where include(t.facility) {
            out.append(t)
            if out.count == limit { break }
        }
        return out
    }

    static func order(_ a: PopularityTally, _ b: PopularityTally) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.inquiries != b.inquiries { return a.inquiries > b.inquiries }
        return a.facility.uuidString < b.facility.uuidString
    }
}

/// Whether a request's client is a program rather than a person reading: crawlers, link previews, monitors, HTTP
/// libraries. Their visits are not counted. Read from the `User-Agent` alone; nothing about the client is kept.
public enum AutomatedClient {
    static let markers = [
        "bot", "crawl", "spider", "slurp", "fetch", "preview", "monitor", "scan", "check", "archiver", "headless",
        "curl", "wget", "python", "java/", "go-http", "okhttp", "axios", "node-fetch", "libwww", "httpclient",
        "ruby", "php", "perl", "wrk", "hey/", "ab/", "k6/", "lighthouse", "pagespeed", "facebookexternalhit",
        "whatsapp", "telegram", "slack", "discord", "embedly", "mediapartners",
    ]

    /// No user agent, or one naming itself a robot or a tool.
    public static func isAutomated(userAgent: String?) -> Bool {
        guard let ua = userAgent?.lowercased(), ua.count >= 10 else { return true }
        return markers.contains { ua.contains($0) }
    }
}
