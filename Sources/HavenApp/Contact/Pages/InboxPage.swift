import Foundation
import HavenCore
import HavenHTML

/// A facility's inbox in the provider portal: its inquiries, newest first, and one inquiry with what to do with it.
/// Only the facility's managers see these pages.
enum InboxPage {
    /// The status field's value that deletes the message instead of marking it.
    static let deleteValue = "delete"

    /// An inquiry as the inbox shows it: opened, or nil when this server holds no key that opens it.
    struct Entry {
        let row: InquiryRow
        let inquiry: Inquiry?
    }

    struct Model {
        let facility: FacilityListing
        let entries: [Entry]
        var notice: String?
        let retentionDays: Int
    }

    static func view(_ m: Model) -> Node {
        let f = m.facility
        return Layout.page(.init(title: "Messages: \(f.name)", description: "Messages people sent this facility through Haven.")) {
            p { a(.href(SiteURL.manage(.value(f.id)).url)) { "\u{2190} "; text(f.name) } }
            h1 { "Messages" }
            if let notice = m.notice { p(.class("notice"), .role("status")) { text(notice) } }
            p(.class("hint")) {
                "People who found "; text(f.name); " on Haven wrote to you here. Only the people who manage this listing can read them. "
                "Each is deleted \(m.retentionDays) days after it was sent."
            }
            if m.entries.isEmpty {
                p { "No messages." }
            } else {
                ul(.class("rows")) {
                    for e in m.entries {
                        li {
                            p {
                                span(.class("status-\(e.row.status.rawValue)")) { text(e.row.status.label) }
                                text(" \u{00B7} \(Format.dayAndTime(e.row.createdAt))")
                            }
                            p {
                                a(.href(SiteURL.inquiry(.value(f.id), .value(e.row.id)).url)) {
                                    if let q = e.inquiry { text(q.name) } else { "A message this server cannot open" }
                                }
                                if let q = e.inquiry, let method = q.contactMethod { text(": \(method.label.lowercased())") }
                            }
                        }
                    }
                }
            }
        }
    }

    struct InquiryModel {
        let facility: FacilityListing
        let entry: Entry
        let token: String
        var notice: String?
    }

    static func inquiry(_ m: InquiryModel) -> Node {
        let f = m.facility, row = m.entry.row
        let action = SiteURL.inquiry(.value(f.id), .value(row.id)).url
        return Layout.page(.init(title: "Message: \(f.name)", description: "A message sent through Haven.")) {
            p { a(.href(SiteURL.inbox(.value(f.id)).url)) { "\u{2190} Messages" } }
            h1 { "Message from "; text(m.entry.inquiry?.name ?? "someone") }
            if let notice = m.notice { p(.class("notice"), .role("status")) { text(notice) } }
            p { "Sent \(Format.dayAndTime(row.createdAt)) \u{00B7} \(row.status.label)" }
            if let q = m.entry.inquiry {
                InquiryParts.details(q)
                reachBack(q)
            } else {
                p(.class("warning")) { "This message was encrypted with a key this server no longer holds. Ask the operator of this Haven to restore the old key." }
            }
            section(.ariaLabelledBy("status")) {
                h2(.id("status")) { "Where it stands" }
                form(.method("post"), .action(action), .class("inline")) {
                    FormParts.token(m.token)
                    for s in InquiryStatus.allCases where s != row.status && s != .held {
                        button(.type("submit"), .name("status"), .value(s.rawValue), .class("secondary")) { text(label(s)) }
                    }
                }
            }
            section(.ariaLabelledBy("delete")) {
                h2(.id("delete")) { "Delete it now" }
                p { "Once you have what you need, you can delete the message instead of waiting for Haven to. It cannot be undone." }
                form(.method("post"), .action(action)) {
                    FormParts.token(m.token)
                    button(.type("submit"), .name("status"), .value(Self.deleteValue), .class("secondary")) { "Delete this message" }
                }
            }
        }
    }

    /// A link to call, text or write back.
    static func reachBack(_ q: Inquiry) -> Node {
        switch q.contactMethod {
        case .phone?: return Phone.url(q.reach).map { url in p { a(.href(url)) { "Call "; text(q.reach) } } } ?? .empty
        case .text?:
            let digits = q.reach.filter(\.isNumber)
            guard digits.count >= 10 else { return .empty }
            return SafeURL(external: "sms:" + (digits.count == 10 ? "+1" : "+") + digits).map { url in p { a(.href(url)) { "Text "; text(q.reach) } } } ?? .empty
        case .email?: return SafeURL(external: "mailto:" + q.reach).map { url in p { a(.href(url)) { "Write to "; text(q.reach) } } } ?? .empty
        case nil: return .empty
        }
    }

    static func label(_ s: InquiryStatus) -> String {
        switch s {
        case .new, .held: "Mark as new"
        case .replied: "Mark as replied"
        case .closed: "Close it"
        }
    }
}
