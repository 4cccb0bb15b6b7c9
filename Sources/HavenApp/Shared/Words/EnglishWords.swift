import HavenCore
import HavenHTML

/// The pages' words in English.
final class EnglishWords: Wording {
    let skipToResults = "Skip to the results"
    let skipToMain = "Skip to main content"
    let mainNavigation = "Main"
    let findTreatment = "Find treatment"
    let guides = "Guides"
    let aboutTheData = "About the data"
    let crisisHelp = "Crisis help"
    func crisisBanner(crisisLine: Node, helpline: Node, emergency: Node) -> Node {
        p {
            strong { "In crisis?" }
            " Call or text "; crisisLine
            " (Suicide & Crisis Lifeline). SAMHSA National Helpline: "; helpline
            ", free and confidential, 24/7. In an emergency call "; emergency; "."
        }
    }
    func footer(aboutData: Node, privacy: Node, byState: Node, api: Node) -> Node {
        p {
            "Haven lists facilities from SAMHSA's national directories. It has no ads and no trackers, and it keeps no record of what you search. "
            aboutData; " · "; privacy; " · "; byState; " · "; api
        }
    }
    func forProviders(signIn: Node) -> Node {
        p(.class("for-providers")) { "For providers: "; signIn; " to keep your listing current, or find your facility and claim it." }
    }
    let privacyLink = "Privacy"
    let byState = "By state"
    let signIn = "sign in"
    let inEnglish = "in English"
    let startNewSearch = "Start a new search"
    let notFoundTitle = "Not Found"
    let notFoundDetail = "There is nothing at this address."
    let facilityNotFound = "Facility not found"
    let facilityNotFoundDetail = "There is no facility at this address. It may have been removed."

    let homeTitle = "Find treatment near you"
    let homeDescription = "Find drug, alcohol and mental health treatment near you: detox, residential, outpatient, medication and therapy."
    let homeHeading = "Find drug, alcohol and mental health treatment"
    func homeLead(_ facilities: Int) -> String {
        "Search \(Plural.grouped(facilities)) licensed treatment facilities from the national directories. Free, private, no sign-up."
    }
    let age = "Age"
    let anyAge = "Any age"
    let howWillYouPay = "How will you pay?"
    let anyPayment = "Any payment"
    let typeOfCare = "Type of care"
    let anyTypeOfCare = "Any type of care"
    let search = "Search"
    let needToTalk = "Need to talk to someone now?"
    func helpNow(helpline: Node, crisisLine: Node, emergency: Node) -> Node {
        p {
            "The SAMHSA National Helpline ("; helpline
            ") gives free, confidential referrals in English and Spanish, any time. If you or someone else may be in danger, call or text "
            crisisLine; ", or call "; emergency; "."
        }
    }
    let popularCenters = "Popular centers"
    let browseByState = "Browse treatment by state"
    func noRankingYet(_ days: Int) -> String {
        "No listing has been viewed on Haven in the last \(days) days yet, so there is no ranking to show. It appears as people use Haven."
    }
    let popularityExplained = Popularity.explanation

    let whereAreYou = "Where are you?"
    let placeHint = "A ZIP code, a city and state like \"Denver, CO\", a county or a state."
    let useMyLocation = "Use my location"
    let distance = "Distance"
    func within(_ miles: String) -> String { "Within \(miles) miles" }
    let needQuestion = "What do you need help with?"
    let needHint = "In your words, like alcohol, ketamine, detox, teen, Spanish, Medicaid, or a program's name."
    func filtersStay(_ names: String) -> String { "Your filters stay: \(names)." }

    let resultsDescription = "Treatment facilities matching your search."
    let chosenFilters = "Chosen filters"
    let removeTheFilter = "Remove the filter "
    let clearAllFilters = "Clear all filters"
    let results = "Results"
    let searchAndFilters = "Search and filters"
    let changeTheSearch = "Change the search"
    func filtersToggle(chosen n: Int) -> String { n == 0 ? "Filters, distance and order" : "Filters (\(n) chosen), distance and order" }
    let order = "Order"
    let nearestFirst = "Nearest first"
    let byName = "By name"
    let updateResults = "Update results"
    let backToResults = "Back to the results"
    let whatWeUnderstood = "What we understood"
    func wordsNotUsed(_ words: String) -> String {
        "No need we know and no program\u{2019}s name here matches \u{201C}\(words)\u{201D}, so it was not used: "
    }
    let showingEveryPlaceWithFilters = "showing every place with the filters chosen."
    func showingEveryPlace(_ placePhrase: String) -> String { "showing every place\(placePhrase)." }
    let showing = "Showing: "
    func fromTheWords(_ words: String) -> String { " (from \u{201C}\(words)\u{201D})" }
    func withNameContaining(_ name: String) -> String { ", with \u{201C}\(name)\u{201D} in the name" }
    func noListingNamed(_ names: String) -> String { "No listing here has named \(names) yet (its staff can add it)." }
    func listingsNamed(_ count: Int, of total: Int, _ names: String) -> String {
        "\(Plural.grouped(count)) of \(Plural.grouped(total)) \(count == 1 ? "lists" : "list") \(names) (as \(count == 1 ? "its" : "their") staff added) and \(count == 1 ? "comes" : "come") first."
    }
    let narrowTo = "Narrow to: "
    func notUsed(_ words: String) -> String { "Not used: \(words) (no need or name we know)." }
    let aboutThePlace = "About the place"
    let acrossTheState = "These are the places across the whole state, by name. To see the nearest first, type a town or ZIP code."
    let didYouMeanAnotherPlace = "Did you mean another place? "
    func fewNearby(_ count: Int, inState state: String) -> String {
        "Few places nearby. \(Plural.grouped(count)) \(count == 1 ? "program" : "programs") in \(state) \(count == 1 ? "offers" : "offer") care by phone or video: "
    }
    let seeThem = "see them"
    func showingRange(first: Int, last: Int, total: Int, nearestFirst: Bool) -> String {
        "Showing \(first)–\(last) of \(Plural.grouped(total)), \(nearestFirst ? "nearest first" : "by name")"
    }
    func milesFrom(_ place: String) -> String { "; miles from \(place)" }
    func listingsFrom(_ link: Node) -> Node {
        p(.class("freshness")) { "Listings come from public directories ("; link; "). Programs change: call to confirm before you go." }
    }
    let whichAndHowOld = "which, and how old"
    let byPhoneOrVideo = "By phone or video"
    let remoteNote = "These programs publish no street address; they offer care by phone or video. Call to ask which states they serve and how to start."
    func mapAlt(around place: String) -> String { "Map of the places on this page, numbered as in the list above, around \(place)." }
    func mapRing(from: String, miles: String) -> String { "Numbers match the list. The cross is \(from); the circle is \(miles) miles from it." }
    func mapReach(from: String) -> String { "Numbers match the list. The cross is \(from); the map reaches the farthest place on this page." }
    let mapCluster = " A number with + stands for several places at one spot."
    let mapApproximate = " A dashed ring marks a place known only by its ZIP code: its point is approximate."
    let places = Plural(one: "# place", other: "# places")
    func yourList(_ count: Int) -> String { "Your list: \(places(count)). " }
    let seePrintOrShare = "See, print or share it"
    func noPage(_ page: Int) -> String { "There is no page \(page). " }
    let goToFirstPage = "Go to the first page"
    func helplineCanHelp(_ helpline: Node) -> Node {
        p { "The SAMHSA National Helpline ("; helpline; ", free and confidential, 24/7) can also help you find care." }
    }
    let tipWithoutPlace = "Enter a ZIP code or a city and state, or remove a filter."
    let tipWithPlace = "Remove a filter, or try another place."
    let placesInstead = "Places you can find instead"
    func heading(count: Int, place: String, with: String) -> String {
        count == 0 ? "No places found\(place)\(with)" : "\(places(count))\(place)\(with)"
    }
    func near(_ place: String) -> String { " near \(place)" }
    func inPlace(_ place: String) -> String { " in \(place)" }
    let with = " with "
    let or = " or "
    let and = ", and "
    let both = " and "
    func without(_ name: String) -> String { "Without \u{201C}\(name)\u{201D}" }
    let anyName = "Any name"
    let fromYourWords = "(from your words)"
    func chosenCount(_ n: Int) -> String { n == 0 ? "" : " (\(n) chosen)" }
    func anyOfTheChosen(_ facet: String) -> String { facet + ": any of the chosen" }
    let placesWithAny = "Places with any of the ones you choose."
    let hours = "Hours"
    let hoursHint = "From the hours the facility\u{2019}s staff keep, by its own clock. Places without hours are left out."
    let previous = "Previous"
    let next = "Next"
    func page(_ n: Int) -> String { "Page \(n)" }
    let pages = "Pages"
    let guideLabel = "Guide: "
    let guidesLabel = "Guides: "

    func byPhoneFor(state: String) -> String { "By phone or video, for people in \(state)" }
    func away(_ miles: String, approximate: Bool) -> String { "\(miles) away\(approximate ? " (approximate)" : "")" }
    func verifiedBy(facility: Bool, on day: String) -> String { "Verified by \(facility ? "the facility" : "a Haven moderator") on \(day)" }
    func asOf(_ summary: String, _ day: String) -> String { "\(summary) (as of \(day))" }
    let call = "Call "
    let matchesYourFilters = "Matches your filters:"
    let accepts = "Accepts:"
    let andMore = ", and more"
    let fromSource = (before: "From ", after: ".")
    func listingSource(_ english: String) -> String { english }
    let notVerifiedLately = "Not verified by the facility in the last year: may be out of date."
    let addToMyList = (before: "Add ", after: " to my list")
    let onYourList = "On your list. "
    let removeFromList = (before: "Remove ", after: " from the list")

    let checkYourSearch = "Please check your search"
    let searchNeedsChange = "Your search needs a change."
    let whichPlace = "Which place?"
    let didYouMean = "Did you mean:"
    let chooseOne = "Choose one:"

    func facilityDescription(_ name: String, _ city: String, _ state: String) -> String { "\(name), \(city), \(state): services, payment, contact." }
    let noLongerListed = "The latest data no longer lists this facility as open. It may have closed or moved: call before you go."
    func lastVerifiedMayBeOld(_ day: String) -> String { "Last verified \(day): this listing may be out of date." }
    let neverVerified = "No one at this facility has verified this listing on Haven: it may be out of date."
    func updatedBy(_ who: String, on day: String) -> String { "Updated by \(who) on \(day). " }
    func unchangedFrom(_ origin: String) -> String { "What they did not change is from \(origin). " }
    func from(_ origin: String) -> String { "From \(origin). " }
    let detailsChange = "Details change: call to confirm hours, services and payment before you go."
    let services = "Services"
    let noServices = "The directory lists no services for this facility."
    let whereThisComesFrom = "Where this information comes from"
    let lastVerified = "Last verified: "
    func verifiedOn(_ day: String, by who: String) -> String { "\(day), by \(who)" }
    let notYetVerified = "not yet verified by the facility; the details are as the sources above give them"
    let licenses = "Licenses: "
    let guidesThatMayHelp = "Guides that may help"
    let reportAProblem = "Report a problem with this listing"
    let doYouWorkHere = "Do you work here?"
    let staffKeepItTrue = "Staff can keep this listing true: hours, insurance, whether you take new patients. "
    let manageThisListing = "Manage this listing"
    let suspendedDescription = "This listing is suspended."
    let takenOutOfSearch = "Haven's moderators have taken this listing out of search: "
    func suspendedHelp(_ helpline: Node) -> Node {
        p { "If you need help now, call the SAMHSA National Helpline at "; helpline; ", free and confidential, 24/7." }
    }
    let searchOtherPlaces = "Search for other places"
    let contact = "Contact"
    let mainPhone = "Main"
    let intakePhone = "Intake"
    let noPhoneListed = "No phone number is listed."
    let website = "Website"
    let contactThisProvider = "Contact this provider"
    func messagesKept(_ days: Int) -> String {
        "Send a private message to the staff who manage this listing. Only they can read it, and Haven deletes it after \(days) days."
    }
    let sendAPrivateMessage = "Send a private message"
    let noMessagesYet = "This facility does not receive messages through Haven yet. "
    let callTheNumberAbove = "Call the number above to reach them."
    func noPhoneAskHelpline(_ helpline: Node) -> Node {
        group([text("The directory lists no phone number for it: the SAMHSA National Helpline ("), helpline, text(") can help you find another place.")])
    }
    func seeYourList(_ count: Int) -> String { "See, print or share your list (\(count))" }
    let addThisToMyList = "Add to my list"
    let onYourListShort = "On your list. "
    let about = "About"
    let payingInTheirWords = "Payment, in the facility's words"
    let otherPlans = "Other plans accepted: "
    let costs = "Costs: "
    let location = "Location"
    func facilityMapAlt(_ name: String, zip: String?, city: String, state: String) -> String {
        "Map of where \(name) is, \(zip.map { "near the middle of ZIP code \($0)" } ?? "in \(city), \(state)")."
    }
    let dashedRingZip = "The dashed ring marks the middle of the ZIP code, not the street address."
    let directions = "Directions (OpenStreetMap)"
    func streetNotPublished(zip: String) -> String {
        "This program does not publish its street address. Distances use the center of ZIP code \(zip), so they are approximate."
    }
    func approximateLocation(zip: String) -> String {
        "Approximate location: the map point and distances use the center of ZIP code \(zip), not the street address."
    }
    let noMapLocation = "This facility has no map location, so it does not appear in distance searches."
    let otherLanguages = "Other languages"
    func alsoListed(_ taxonomy: String) -> String { "Also listed (\(taxonomy))" }
    func dataPackage(_ title: String, version: String) -> String {
        "the data package \u{201C}\(title)\u{201D}" + (version.isEmpty ? "" : ", version \(version)")
    }
    let samhsaDirectory = "the SAMHSA national directory"
    func samhsaEdition(_ edition: Int, age: Int) -> String {
        "the SAMHSA national directory, \(edition) edition" + (age >= 1 ? " (about \(age) year\(age == 1 ? "" : "s") old)" : "")
    }
    func sourceSAMHSA(_ title: String, edition: String, file: String, line: Int) -> String { "SAMHSA, \(title), \(edition) edition (\(file), line \(line))" }
    func sourceHSDS(_ title: String, file: String, version: String, line: Int) -> String {
        "\(title) \u{201C}\(file)\u{201D}\(version.isEmpty ? "" : ", version \(version)") (locations, line \(line))"
    }
    let notInLatestEdition = "; not in the latest edition."
    func editedBy(_ field: String, _ author: String, _ day: String) -> String { "\(field) edited by \(author) on \(day)." }
    let mapFromPackage = "Map location as the HSDS data package gives it."
    let mapFromLocator = "Map location from the geocoded FindTreatment.gov locator files (street address match)."
    let mapFromZip = "Map location from the ZIP code's center (GeoNames), approximate."
    let mapNone = "No map location."

    let yourListTitle = "Your list"
    let listDescription = "A short list of treatment places to print, save or share."
    let listEmpty = "Your list is empty. On a search\u{2019}s results or a place\u{2019}s page, choose \u{201C}Add to my list\u{201D}: the list is kept in this page\u{2019}s address, not on Haven\u{2019}s server."
    func noLongerListed(_ n: Int) -> String { " \(n) \(n == 1 ? "place on this list is" : "places on this list are") no longer listed." }
    let callToConfirm = "Programs change: call to confirm hours, services and payment before you go."
    let keepOrShare = "Keep or share this list"
    let listLivesInAddress = "The list lives in this page\u{2019}s address: bookmark it, or copy it from the address bar. Haven keeps no copy."
    let sendByText = "Send it by text message"
    let sendByEmail = "Send it by e-mail"
    let printIt = "Print it with your browser\u{2019}s Print command: the printout has each place and the crisis lines."
    let compareSideBySide = "Compare them side by side"
    let backToTheSearch = "Back to the search"
    func andMore(_ n: Int) -> String { "and \(n) more" }
    let offers = "Offers"
    let payment = "Payment"
    let ages = "Ages"
    func updatedLower(_ who: String, on day: String) -> String { "updated by \(who) on \(day)" }
    let shareHeading = "Treatment places from Haven:"
    let shareSubject = "Treatment places from Haven"
    let theList = "The list: "
    let inCrisisText = "In crisis: call or text 988."
    let comparePlaces = "Compare places"
    let compareDescription = "Places from your list, side by side."
    func compareNeeds(_ n: Int) -> String { "Comparing needs two to four places on your list; it has \(n)." }
    let comparison = "Comparison"
    func compareCaption(_ n: Int) -> String { "\(n) places from your list, side by side" }
    let address = "Address"
    let phone = "Phone"
    let openNow = "Open now"
    let noHoursGiven = "No hours given"
    let approximate = " (approximate)"
    let backToYourList = "Back to your list"
    let listUnreadable = "This list cannot be read"

    let treatmentByState = "Treatment by state"
    let statesDescription = "Drug, alcohol and mental health treatment facilities in each U.S. state."
    func treatmentIn(_ state: String) -> String { "Treatment in \(state)" }
    func stateDescription(_ count: Int, _ state: String) -> String { "\(count) drug, alcohol and mental health treatment facilities in \(state), by city." }
    let allStates = "\u{2190} All states"
    func stateLead(facilities: Int, places: Int) -> String {
        "\(Plural.grouped(facilities)) listed facilit\(facilities == 1 ? "y" : "ies") in \(Plural.grouped(places)) place\(places == 1 ? "" : "s")."
    }
    func byPhoneOrVideoCount(_ n: Int) -> String { " \(Plural.grouped(n)) offer care by phone or video." }
    func popularIn(_ state: String) -> String { "Popular centers in \(state)" }
    func stateMapAlt(_ state: String) -> String {
        "Map of \(state) with a dot for each listed place with a map location; the list of cities below has them all."
    }
    let stateMapCaption = "Each dot is a listed place; a hollow dot is placed at its ZIP code\u{2019}s middle."
    let facilitiesByCity = "Facilities by city"
    let eachPlaceOpensASearch = "Each place opens a search around it, nearest first."
    let cityNotGiven = "City not given"
    let stateNotFound = "State not found"
    func stateNotFoundDetail(_ typed: String) -> String {
        "Haven lists no facilities in \u{201C}\(typed)\u{201D}. Choose a state from the list of all states."
    }

    func contactTitle(_ name: String) -> String { "Contact \(name)" }
    func messageSentTitle(_ name: String) -> String { "Message sent: \(name)" }
    func contactDescription(_ name: String) -> String { "Send a private message to \(name) through Haven." }
    let noLongerListedCall = "The latest data no longer lists this facility as open. It may have closed or moved: a call may reach them sooner."
    let contactPrefix = "Contact "
    let notReceiving = "This facility does not receive messages through Haven: no one there has signed up to read them. Please call instead."
    func noPhoneAnyTime(_ helpline: Node) -> Node {
        p { "The directory lists no phone number for this facility. The SAMHSA National Helpline ("; helpline; ") can help you find another place, any time." }
    }
    let privateMessageIntro = "Send a private message to the staff who manage this listing. Only they can read it: not Haven's moderators, not advertisers (Haven has none). They will reach back the way you choose."
    func keptEncrypted(_ days: Int, crisisLine: Node, emergency: Node) -> Node {
        p(.class("hint")) {
            text("Haven keeps the message encrypted and deletes it after \(days) days. If you need help now, call or text ")
            crisisLine; " or call "; emergency; "."
        }
    }
    let nameLabel = "Your first name or initials"
    let nameHint = "So they know who to ask for. No last name needed."
    let howReach = "How should they reach you?"
    let reachLabel = "Phone number or e-mail address"
    let reachHint = "The number to call or text, or the address to write to."
    let bestTimeLabel = "Best time to reach you (optional)"
    let forWhomLabel = "Who needs care?"
    let ageLabel = "Age of the person who needs care (optional)"
    let payLabel = "How would you pay? (optional)"
    let messageLabel = "Your message (optional)"
    func messageHint(_ limit: Int) -> String { "What you are looking for, or questions for them. Up to \(limit) characters." }
    let consent = (before: "I agree that Haven shares this message with ", after: " and no one else.")
    let leaveEmpty = "Leave this empty"
    let sendTheMessage = "Send the message"
    let messageSent = "Message sent"
    let inTheInboxOf = (before: "Your message is in the inbox of ", after: ".")
    let whatHappensNext = "What happens next"
    let staffAreTold = "The facility's staff are told a message is waiting, and read it when they sign in to Haven."
    let theyReachBack = "They reach back the way you chose. Haven does not know when: if you have not heard back in two working days, call them."
    func deletedAfter(_ days: Int) -> String { "Haven deletes your message after \(days) days, and never shows it to anyone but the facility's staff." }
    let whatYouSent = "What you sent"
    func helpNowShort(crisisLine: Node, emergency: Node) -> Node {
        p { "If you need help now, call or text "; crisisLine; ", or call "; emergency; "." }
    }
    let noMessage = "No message."
    let chooseOptional = "Choose (optional)"
    func problems(_ n: Int) -> String { n == 1 ? "There is a problem" : "There are \(n) problems" }
    let formExpired = FormMessages.expired

    let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    func day(_ day: Int, month: String, year: Int) -> String { "\(month) \(day), \(year)" }
}
