import HavenCore
import HavenHTML

/// What Haven keeps, for how long, and what it never does: true of this code, with the operator's settings filled in.
enum PrivacyPage {
    struct Model {
        let inquiryRetentionDays: Int
        let sessionHours: Int
    }

    static func view(_ m: Model) -> Node {
        let w = Words.current
        return Layout.page(.init(title: w.privacyTitle, description: w.privacyDescription, canonical: .privacy)) { w.privacy(m) }
    }
}
