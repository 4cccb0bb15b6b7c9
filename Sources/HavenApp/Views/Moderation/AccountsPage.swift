import HavenCore
import HavenHTML

/// Admins give accounts their role: provider, moderator, admin.
enum AccountsPage {
    static func view(_ users: [UserRow], me: UserRow, notice: String?, token: String) -> Node {
        Layout.page(.init(title: "Accounts", description: "Accounts and their roles.")) {
            h1 { "Accounts" }
            if let notice { p(.class("notice"), .role("status")) { text(notice) } }
            p { "A moderator decides claims, resolves reports, checks changes and suspends listings; an editor writes guides; a medical reviewer (a licensed professional whose credentials you checked and record here) also approves guides for publication; an admin also gives roles and reads the outbox." }
            table {
                caption { "\(users.count) accounts" }
                thead { tr { th(.scope("col")) { "Name" }; th(.scope("col")) { "E-mail" }; th(.scope("col")) { "Role" }; th(.scope("col")) { "Credentials" } } }
                tbody {
                    for u in users {
                        let id = u.id.uuidString.lowercased()
                        tr {
                            td { text(u.name) }
                            td { text(u.email) }
                            td {
                                if u.id == me.id {
                                    text(u.accountRole.label + " (you)")
                                } else {
                                    form(.method("post"), .action(SiteURL.accountRole(.value(u.id)).url), .class("inline")) {
                                        FormParts.token(token)
                                        label(.for("role-\(id)"), .class("visually-hidden")) { text("Role of \(u.email)") }
                                        select(.id("role-\(id)"), .name("role")) {
                                            for r in Role.allCases { option([.value(r.rawValue)] + (u.accountRole == r ? [.selected] : [])) { text(r.label) } }
                                        }
                                        " "
                                        button(.type("submit"), .class("secondary")) { "Save" }
                                    }
                                }
                            }
                            td {
                                form(.method("post"), .action(SiteURL.accountCredentials(.value(u.id)).url), .class("inline")) {
                                    FormParts.token(token)
                                    label(.for("credentials-\(id)"), .class("visually-hidden")) { text("Credentials of \(u.email)") }
                                    input([.type("text"), .id("credentials-\(id)"), .name("credentials"), .value(u.credentials), .maxLength(80)])
                                    " "
                                    button(.type("submit"), .class("secondary")) { "Save" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
