import Foundation
import HavenCore
import Vapor

/// `GET /api/v1/facilities.csv`: every result of a search as CSV, streamed in chunks from the index snapshot,
/// so memory stays flat however many facilities match.
enum CSVExport {
    static let header = ["id", "name", "name2", "street1", "street2", "city", "state", "zip", "phone", "intake1", "intake2",
                         "website", "latitude", "longitude", "precision", "distance_miles", "terms", "url"]
    static let chunk = 500

    /// `slot`: the export cap's slot, held until the body is sent or dropped.
    static func response(_ results: SearchResults, taxonomy: Taxonomy, slot: ExportSlots.Slot?) -> Response {
        let res = Response(status: .ok)
        res.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8", "header": "present"])
        res.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"haven-facilities.csv\"")
        res.headers.replaceOrAdd(name: "X-Total-Count", value: String(results.total))
        res.stream(ResponseStream { write in
            withExtendedLifetime(slot) {}
            try await write(ByteBuffer(string: header.joined(separator: ",") + "\r\n"))
            var start = 0
            while start < results.total {
                var text = ""
                for item in results.items(from: start, count: chunk) { text += row(item, taxonomy) }
                try await write(ByteBuffer(string: text))
                start += chunk
            }
        })
        return res
    }

    static func row(_ item: SearchResults.Item, _ taxonomy: Taxonomy) -> String {
        let f = item.listing
        let text = [f.idString, f.name, f.name2, f.street1, f.street2, f.city, f.state, f.zip, f.phone, f.intake1, f.intake2, f.website]
            .map(field)
        let numbers = [f.coordinate.map { String($0.latitude) } ?? "", f.coordinate.map { String($0.longitude) } ?? "",
                       f.precision.rawValue, item.distanceMiles.map { String(($0 * 100).rounded() / 100) } ?? ""]
        let terms = item.termIndexes.map { taxonomy.terms[$0].slug }.joined(separator: " ")
        return (text + numbers + [terms, SiteURL.facility(f).value]).joined(separator: ",") + "\r\n"
    }

    /// RFC 4180 quoting; text that a spreadsheet would run as a formula gets a leading apostrophe.
    static func field(_ s: String) -> String { CSVField.quoted(CSVField.defused(s)) }
}
