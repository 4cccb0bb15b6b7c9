import HavenCore
import HavenHTML

/// Every sentence the seeker's pages say, once per language (`EnglishWords`, `SpanishWords`): a key missing in
/// either does not compile, and `WordingTests` checks that no Spanish value is the English one left in place.
/// Plain text is a `String` (or a `Plural` with a count); a sentence around a link is a function of the link.
/// The catalogues are classes: `Words.current` hands out a reference (a struct of 300 strings in an existential was
/// copied, string by string, on every call: the results page lost 20% to it).
protocol Wording: AnyObject, Sendable {
    // The frame: skip links, navigation, crisis banner, footer, language switch.
    var skipToResults: String { get }
    var skipToMain: String { get }
    var mainNavigation: String { get }
    var findTreatment: String { get }
    var guides: String { get }
    var aboutTheData: String { get }
    var crisisHelp: String { get }
    func crisisBanner(crisisLine: Node, helpline: Node, emergency: Node) -> Node
    func footer(aboutData: Node, privacy: Node, byState: Node, api: Node) -> Node
    func forProviders(signIn: Node) -> Node
    var privacyLink: String { get }
    var byState: String { get }
    var signIn: String { get }
    var inEnglish: String { get }
    var startNewSearch: String { get }
    var notFoundTitle: String { get }
    var notFoundDetail: String { get }
    var facilityNotFound: String { get }
    var facilityNotFoundDetail: String { get }

    // The home page.
    var homeTitle: String { get }
    var homeDescription: String { get }
    var homeHeading: String { get }
    func homeLead(_ facilities: Int) -> String
    var age: String { get }
    var anyAge: String { get }
    var howWillYouPay: String { get }
    var anyPayment: String { get }
    var typeOfCare: String { get }
    var anyTypeOfCare: String { get }
    var search: String { get }
    var needToTalk: String { get }
    func helpNow(helpline: Node, crisisLine: Node, emergency: Node) -> Node
    var popularCenters: String { get }
    var browseByState: String { get }
    func noRankingYet(_ days: Int) -> String
    var popularityExplained: String { get }

    // The search form.
    var whereAreYou: String { get }
    var placeHint: String { get }
    var useMyLocation: String { get }
    var distance: String { get }
    func within(_ miles: String) -> String
    var needQuestion: String { get }
    var needHint: String { get }
    func filtersStay(_ names: String) -> String

    // The results page.
    var resultsDescription: String { get }
    var chosenFilters: String { get }
    var removeTheFilter: String { get }
    var clearAllFilters: String { get }
    var results: String { get }
    var searchAndFilters: String { get }
    var changeTheSearch: String { get }
    func filtersToggle(chosen: Int) -> String
    var order: String { get }
    var nearestFirst: String { get }
    var byName: String { get }
    var updateResults: String { get }
    var backToResults: String { get }
    var whatWeUnderstood: String { get }
    func wordsNotUsed(_ words: String) -> String
    var showingEveryPlaceWithFilters: String { get }
    func showingEveryPlace(_ placePhrase: String) -> String
    var showing: String { get }
    func fromTheWords(_ words: String) -> String
    func withNameContaining(_ name: String) -> String
    func noListingNamed(_ names: String) -> String
    func listingsNamed(_ count: Int, of total: Int, _ names: String) -> String
    var narrowTo: String { get }
    func notUsed(_ words: String) -> String
    var aboutThePlace: String { get }
    var acrossTheState: String { get }
    var didYouMeanAnotherPlace: String { get }
    func fewNearby(_ count: Int, inState: String) -> String
    var seeThem: String { get }
    func showingRange(first: Int, last: Int, total: Int, nearestFirst: Bool) -> String
    func milesFrom(_ place: String) -> String
    func listingsFrom(_ link: Node) -> Node
    var whichAndHowOld: String { get }
    var byPhoneOrVideo: String { get }
    var remoteNote: String { get }
    func mapAlt(around place: String) -> String
    func mapRing(from: String, miles: String) -> String
    func mapReach(from: String) -> String
    var mapCluster: String { get }
    var mapApproximate: String { get }
    var places: Plural { get }
    func yourList(_ count: Int) -> String
    var seePrintOrShare: String { get }
    func noPage(_ page: Int) -> String
    var goToFirstPage: String { get }
    func helplineCanHelp(_ helpline: Node) -> Node
    var tipWithoutPlace: String { get }
    var tipWithPlace: String { get }
    var placesInstead: String { get }
    func heading(count: Int, place: String, with: String) -> String
    func near(_ place: String) -> String
    func inPlace(_ place: String) -> String
    var with: String { get }
    var or: String { get }
    var and: String { get }
    /// Between two names: " and ".
    var both: String { get }
    func without(_ name: String) -> String
    var anyName: String { get }
    var fromYourWords: String { get }
    func chosenCount(_ n: Int) -> String
    func anyOfTheChosen(_ facet: String) -> String
    var placesWithAny: String { get }
    var hours: String { get }
    var hoursHint: String { get }
    var previous: String { get }
    var next: String { get }
    func page(_ n: Int) -> String
    var pages: String { get }
    var guideLabel: String { get }
    var guidesLabel: String { get }

    // A result card.
    func byPhoneFor(state: String) -> String
    func away(_ miles: String, approximate: Bool) -> String
    func verifiedBy(facility: Bool, on day: String) -> String
    func asOf(_ summary: String, _ day: String) -> String
    var call: String { get }
    var matchesYourFilters: String { get }
    var accepts: String { get }
    var andMore: String { get }
    var fromSource: (before: String, after: String) { get }
    /// A listing's source as the index keeps it (English: "the SAMHSA national directory, 2022 edition"), in this language.
    func listingSource(_ english: String) -> String
    var notVerifiedLately: String { get }
    var addToMyList: (before: String, after: String) { get }
    var onYourList: String { get }
    var removeFromList: (before: String, after: String) { get }

    // The "which place?" page.
    var checkYourSearch: String { get }
    var searchNeedsChange: String { get }
    var whichPlace: String { get }
    var didYouMean: String { get }
    var chooseOne: String { get }

    // A facility's page.
    func facilityDescription(_ name: String, _ city: String, _ state: String) -> String
    var noLongerListed: String { get }
    func lastVerifiedMayBeOld(_ day: String) -> String
    var neverVerified: String { get }
    func updatedBy(_ who: String, on day: String) -> String
    func unchangedFrom(_ origin: String) -> String
    func from(_ origin: String) -> String
    var detailsChange: String { get }
    var services: String { get }
    var noServices: String { get }
    var whereThisComesFrom: String { get }
    var lastVerified: String { get }
    func verifiedOn(_ day: String, by who: String) -> String
    var notYetVerified: String { get }
    var licenses: String { get }
    var guidesThatMayHelp: String { get }
    var reportAProblem: String { get }
    var doYouWorkHere: String { get }
    var staffKeepItTrue: String { get }
    var manageThisListing: String { get }
    var suspendedDescription: String { get }
    var takenOutOfSearch: String { get }
    func suspendedHelp(_ helpline: Node) -> Node
    var searchOtherPlaces: String { get }
    var contact: String { get }
    var mainPhone: String { get }
    var intakePhone: String { get }
    var noPhoneListed: String { get }
    var website: String { get }
    var contactThisProvider: String { get }
    func messagesKept(_ days: Int) -> String
    var sendAPrivateMessage: String { get }
    var noMessagesYet: String { get }
    var callTheNumberAbove: String { get }
    func noPhoneAskHelpline(_ helpline: Node) -> Node
    func seeYourList(_ count: Int) -> String
    var addThisToMyList: String { get }
    var onYourListShort: String { get }
    var about: String { get }
    var payingInTheirWords: String { get }
    var otherPlans: String { get }
    var costs: String { get }
    var location: String { get }
    func facilityMapAlt(_ name: String, zip: String?, city: String, state: String) -> String
    var dashedRingZip: String { get }
    var directions: String { get }
    func streetNotPublished(zip: String) -> String
    func approximateLocation(zip: String) -> String
    var noMapLocation: String { get }
    var otherLanguages: String { get }
    func alsoListed(_ taxonomy: String) -> String
    func dataPackage(_ title: String, version: String) -> String
    var samhsaDirectory: String { get }
    func samhsaEdition(_ edition: Int, age: Int) -> String
    func sourceSAMHSA(_ title: String, edition: String, file: String, line: Int) -> String
    func sourceHSDS(_ title: String, file: String, version: String, line: Int) -> String
    var notInLatestEdition: String { get }
    func editedBy(_ field: String, _ author: String, _ day: String) -> String
    var mapFromPackage: String { get }
    var mapFromLocator: String { get }
    var mapFromZip: String { get }
    var mapNone: String { get }

    // The seeker's list and its comparison.
    var yourListTitle: String { get }
    var listDescription: String { get }
    var listEmpty: String { get }
    func noLongerListed(_ n: Int) -> String
    var callToConfirm: String { get }
    var keepOrShare: String { get }
    var listLivesInAddress: String { get }
    var sendByText: String { get }
    var sendByEmail: String { get }
    var printIt: String { get }
    var compareSideBySide: String { get }
    var backToTheSearch: String { get }
    func andMore(_ n: Int) -> String
    var offers: String { get }
    var payment: String { get }
    var ages: String { get }
    func updatedLower(_ who: String, on day: String) -> String
    var shareHeading: String { get }
    var shareSubject: String { get }
    var theList: String { get }
    var inCrisisText: String { get }
    var comparePlaces: String { get }
    var compareDescription: String { get }
    func compareNeeds(_ n: Int) -> String
    var comparison: String { get }
    func compareCaption(_ n: Int) -> String
    var address: String { get }
    var phone: String { get }
    var openNow: String { get }
    var noHoursGiven: String { get }
    var approximate: String { get }
    var backToYourList: String { get }
    var listUnreadable: String { get }

    // The pages by state.
    var treatmentByState: String { get }
    var statesDescription: String { get }
    func treatmentIn(_ state: String) -> String
    func stateDescription(_ count: Int, _ state: String) -> String
    var allStates: String { get }
    func stateLead(facilities: Int, places: Int) -> String
    func byPhoneOrVideoCount(_ n: Int) -> String
    func popularIn(_ state: String) -> String
    func stateMapAlt(_ state: String) -> String
    var stateMapCaption: String { get }
    var facilitiesByCity: String { get }
    var eachPlaceOpensASearch: String { get }
    var cityNotGiven: String { get }
    var stateNotFound: String { get }
    func stateNotFoundDetail(_ typed: String) -> String

    // Contacting a facility.
    func contactTitle(_ name: String) -> String
    func messageSentTitle(_ name: String) -> String
    func contactDescription(_ name: String) -> String
    var noLongerListedCall: String { get }
    var contactPrefix: String { get }
    var notReceiving: String { get }
    func noPhoneAnyTime(_ helpline: Node) -> Node
    var privateMessageIntro: String { get }
    func keptEncrypted(_ days: Int, crisisLine: Node, emergency: Node) -> Node
    var nameLabel: String { get }
    var nameHint: String { get }
    var howReach: String { get }
    var reachLabel: String { get }
    var reachHint: String { get }
    var bestTimeLabel: String { get }
    var forWhomLabel: String { get }
    var ageLabel: String { get }
    var payLabel: String { get }
    var messageLabel: String { get }
    func messageHint(_ limit: Int) -> String
    var consent: (before: String, after: String) { get }
    var leaveEmpty: String { get }
    var sendTheMessage: String { get }
    var messageSent: String { get }
    var inTheInboxOf: (before: String, after: String) { get }
    var whatHappensNext: String { get }
    var staffAreTold: String { get }
    var theyReachBack: String { get }
    func deletedAfter(_ days: Int) -> String
    var whatYouSent: String { get }
    func helpNowShort(crisisLine: Node, emergency: Node) -> Node
    var noMessage: String { get }
    var chooseOptional: String { get }
    func problems(_ n: Int) -> String
    var formExpired: String { get }

    // Guides (their text is in English for now: a Spanish page says so and marks it).
    var guidesDescription: String { get }
    var guidesLead: String { get }
    var noGuidesYet: String { get }
    var notYetInSpanish: String { get }
    func disclaimer(emergency: Node, crisisLine: Node) -> Node
    var contents: String { get }
    var sources: String { get }
    var writtenBy: String { get }
    var medicallyReviewedBy: String { get }
    var lastReviewed: String { get }
    var nextReviewDue: String { get }
    var medicalReview: String { get }
    var notYetReviewed: String { get }
    var firstPublished: String { get }
    func awaitingReview(_ helpline: Node) -> Node
    func pastReviewDate(_ due: String?) -> Node
    var searchForPlacesWith: String { get }
    var guideNotFound: String { get }
    var guideNotFoundDetail: String { get }

    // The privacy page (long prose: a view per language).
    var privacyTitle: String { get }
    var privacyDescription: String { get }
    func privacy(_ m: PrivacyPage.Model) -> Node

    // The about-data page (a view per language).
    var aboutDataTitle: String { get }
    var aboutDataDescription: String { get }
    func aboutData(_ m: AboutDataPageModel) -> Node

    // Dates.
    var months: [String] { get }
    func day(_ day: Int, month: String, year: Int) -> String
}

/// The catalogue of the page being made.
enum Words {
    static let english = EnglishWords()
    static let spanish = SpanishWords()

    static var current: any Wording { Language.current == .es ? spanish : english }
}
