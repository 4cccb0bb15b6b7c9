import HavenCore
import HavenHTML

/// The guides' frame (computed: an extension holds no stored values; SpanishPagesTests reads them on the pages) in English.
extension EnglishWords {
    var guidesDescription: String { "Plain guides about stopping drugs, treatment, paying for care and staying safer, with their sources and medical review." }
    var guidesLead: String { "Plain answers about withdrawal, treatment, paying for care and staying safer. Each guide names its author, its sources and whether a licensed medical reviewer has checked it." }
    var noGuidesYet: String { "There are no guides yet." }
    var notYetInSpanish: String { "" }
    func disclaimer(emergency: Node, crisisLine: Node) -> Node {
        p(.class("disclaimer")) {
            "This guide is information, not medical advice: talk with a doctor or other clinician about your own situation. "
            "If you or someone else is in danger, call "; emergency; ". If you are thinking about suicide or are in crisis, call or text "
            crisisLine; "."
        }
    }
    var contents: String { "Contents" }
    var sources: String { "Sources" }
    var writtenBy: String { "Written by" }
    var medicallyReviewedBy: String { "Medically reviewed by" }
    var lastReviewed: String { "Last reviewed" }
    var nextReviewDue: String { "Next review due" }
    var medicalReview: String { "Medical review" }
    var notYetReviewed: String { "Not yet reviewed by a licensed professional" }
    var firstPublished: String { "First published" }
    func awaitingReview(_ helpline: Node) -> Node {
        p(.class("warning"), .role("note")) {
            strong { "Awaiting medical review. " }
            "Haven's editors wrote this guide from the sources listed at the end. A licensed medical reviewer has not approved it yet: check what matters to you with a clinician or the SAMHSA helpline ("
            helpline; ")."
        }
    }
    func pastReviewDate(_ due: String?) -> Node {
        p(.class("warning"), .role("note")) {
            strong { "This guide is past its review date. " }
            text("Its medical review was due on \(due ?? "an earlier date"); some details may be out of date.")
        }
    }
    var searchForPlacesWith: String { "Search for places with: " }
    var guideNotFound: String { "Guide not found" }
    var guideNotFoundDetail: String { "There is no guide at this address. The list of guides is at /guides." }
}
