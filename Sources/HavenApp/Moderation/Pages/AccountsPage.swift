import HavenCore
import HavenHTML

/// Admins give accounts their role: provider, moderator, admin.
enum AccountsPage {
    static func view(_ users: [UserRow], me: UserRow, notice: String?, token: String) -> Node {
        Layout.page(.init(title: "Accounts", description: "Accounts and their roles.")) {
            h1 { "Accounts" }
            if let notice { p(.class("notice"), .role("status")) { text(notice) } }
            p { "A moderator decides claims, resolves reports, checks changes and suspends listings; an editor writes guides; a medical reviewer (a licensed professional whose credentials you checked and record here) also approves guides for publication; an admin also gives roles and reads the outbox." }
            // A card per account, not a table: two forms per account do not fit four columns on a phone.
            h2 { "\(users.count) accounts" }
            ul(.class("rows")) {
                for u in users {
                    let id = u.id.uuidString.lowercased()
                    li(.class("account")) {
                        p { strong { text(u.name) }; " "; span(.class("email")) { text(u.email) } }
                        if u.id == me.id {
                            p { text(u.role.label + " (you)") }
                        } else {
                            form(.method("post"), .action(SiteURL.accountRole(.value(u.id)).url), .class("row-form")) {
                                FormParts.token(token)
                                label(.for("role-\(id)")) { text("Role") }
                                select(.id("role-\(id)"), .name("role")) {
                                    for r in Role.allCases { option([.value(r.rawValue)] + (u.role == r ? [.selected] : [])) { text(r.label) } }
                                }
                                button(.type("submit"), .class("secondary"), .ariaLabel("Save the role of \(u.email)")) { "Save" }
                            }
                        }
                        form(.method("post"), .action(SiteURL.accountCredentials(.value(u.id)).url), .class("row-form")) {
                            FormParts.token(token)
                            label(.for("credentials-\(id)")) { text("Credentials (medical reviewers)") }
                            input([.type("text"), .id("credentials-\(id)"), .name("credentials"), .value(u.credentials), .maxLength(80)])
                            button(.type("submit"), .class("secondary"), .ariaLabel("Save the credentials of \(u.email)")) { "Save" }
                        }
                    }
                }
            }
        }
    }
}
