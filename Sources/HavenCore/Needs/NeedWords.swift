/// What people type when they look for help, mapped to Haven's terms. Each entry: the words (lower case, any
/// order of entries; longer phrases win), the terms the search then uses (OR within a facet, AND across facets),
/// terms offered to narrow down, and a plain statement when the public data has no term for the need.
/// TaxonomyTests check that every slug here is a term.
public struct NeedWord: Sendable {
    public let phrases: [String]
    public let terms: [String]
    public let narrow: [String]
    public let note: String?
    /// A guide about the need (its slug under /guides), once one exists.
    public let guide: String?
    /// Terms only a facility's staff can set (a carrier, a syringe program): no public file has them, so the search
    /// uses `terms` and puts the listings whose staff named one of these first.
    public let prefer: [String]

    init(_ phrases: [String], _ terms: [String], narrow: [String] = [], note: String? = nil, guide: String? = nil,
         prefer: [String] = []) {
        self.phrases = phrases; self.terms = terms; self.narrow = narrow; self.note = note; self.guide = guide
        self.prefer = prefer
    }

    /// A named carrier: no public directory lists carriers, so it searches private insurance, those that named it first.
    static func carrier(_ phrases: [String], _ term: String) -> NeedWord {
        NeedWord(phrases, ["private-insurance"], note: NeedWords.carrierNote, prefer: [term])
    }
}

public enum NeedWords {
    static let ketamineNote = "The public directories have no category for ketamine. These programs treat substance use, "
        + "and detox and outpatient programs among them can help with stopping ketamine: ask when you call. "
        + "(Ketamine infusion therapy for depression is something else: search \u{201C}ketamine infusion\u{201D}.)"
    static let carrierNote = "The public directories do not list insurance carriers. These places take private health "
        + "insurance: call to ask whether they take your plan."
    static let syringeNote = "The public directories do not list needle and syringe programs. These places offer harm "
        + "reduction (naloxone, testing) and can often point you to one; places whose staff list a syringe program come first."
    static let testStripNote = "The public directories do not list fentanyl test strips. These places offer naloxone or "
        + "other harm reduction and may have strips: ask when you call."
    static let pillsNote = "\u{201C}Pills\u{201D} can mean opioid painkillers, benzodiazepines or stimulants: the places "
        + "below treat substance use. Narrow to a kind of detox or medication if you know which."
    static let crisisNote = "If you might act on thoughts of suicide or are in danger now, call or text 988, or call 911."

    public static let all: [NeedWord] = [
        // Drugs, as people name them.
        NeedWord(["ketamine", "special k", "ket", "k hole"], ["substance-use"], narrow: ["detox", "individual-therapy", "outpatient"],
                 note: ketamineNote, guide: "ketamine-withdrawal", prefer: ["ketamine-use"]),
        NeedWord(["pills", "pill", "prescription pills", "prescription drugs", "prescription drug", "prescription medication",
                  "prescriptions", "rx", "pill addiction", "pill problem"], ["substance-use"],
                 narrow: ["opioid-detox", "benzodiazepine-detox", "buprenorphine"], note: pillsNote),
        NeedWord(["ketamine infusion", "ketamine therapy", "esketamine", "spravato"], ["ketamine-infusion"]),
        NeedWord(["alcohol", "alcoholism", "alcoholic", "drinking", "drinker", "booze", "liquor", "aud"], ["substance-use"],
                 narrow: ["alcohol-detox", "alcohol-medication"]),
        NeedWord(["alcohol detox", "alcohol withdrawal", "detox from alcohol", "dts"], ["alcohol-detox"]),
        NeedWord(["opioid", "opioids", "opiate", "opiates", "heroin", "fentanyl", "fent", "oxy", "oxycodone", "oxycontin",
                  "percocet", "percs", "vicodin", "hydrocodone", "painkillers", "pain pills", "dope", "morphine", "oud"],
                 ["substance-use"], narrow: ["opioid-detox", "buprenorphine", "methadone", "naltrexone"]),
        NeedWord(["opioid detox", "opiate detox", "heroin detox", "fentanyl detox", "opioid withdrawal", "dope sick"], ["opioid-detox"]),
        NeedWord(["suboxone", "subutex", "bupe", "buprenorphine", "sublocade", "zubsolv", "subs", "brixadi"], ["buprenorphine"]),
        NeedWord(["methadone", "methadone clinic", "otp", "dosing"], ["methadone"]),
        NeedWord(["vivitrol", "naltrexone", "revia"], ["naltrexone"]),
        NeedWord(["meth", "methamphetamine", "crystal", "crystal meth", "ice", "tina", "speed", "amphetamine", "amphetamines",
                  "adderall", "stimulant", "stimulants"], ["substance-use"],
                 narrow: ["methamphetamine-detox", "contingency-management", "matrix-model"]),
        NeedWord(["cocaine", "crack", "coke"], ["substance-use"], narrow: ["cocaine-detox", "contingency-management"]),
        NeedWord(["benzo", "benzos", "benzodiazepine", "benzodiazepines", "xanax", "valium", "klonopin", "ativan", "bars"],
                 ["substance-use"], narrow: ["benzodiazepine-detox"]),
        NeedWord(["weed", "marijuana", "cannabis", "pot", "thc", "kratom", "drugs", "drug", "substance", "substances",
                  "addiction", "addicted", "substance use", "substance abuse", "drug addiction", "drug abuse", "sud"],
                 ["substance-use"]),
        NeedWord(["gambling", "betting"], ["gambling"]),
        // Kinds of care.
        NeedWord(["detox", "detoxing", "withdrawal", "withdrawals", "withdrawing"], ["detox"]),
        NeedWord(["rehab", "residential", "inpatient", "live in", "live-in", "long term", "treatment center"], ["residential", "hospital-inpatient"]),
        NeedWord(["outpatient", "out patient"], ["outpatient"]),
        NeedWord(["iop", "intensive outpatient"], ["intensive-outpatient"]),
        NeedWord(["php", "partial hospitalization", "day treatment", "day program"], ["day-treatment"]),
        NeedWord(["sober living", "sober house", "sober home", "halfway house", "recovery house", "transitional housing"], ["sober-living"]),
        NeedWord(["mat", "moud", "medication assisted treatment", "medication for addiction", "medication treatment"],
                 ["buprenorphine", "methadone", "naltrexone"]),
        NeedWord(["therapy", "therapist", "counseling", "counselling", "counselor", "counsellor", "talk therapy", "individual therapy"],
                 ["individual-therapy"]),
        NeedWord(["group therapy", "group counseling"], ["group-therapy"]),
        NeedWord(["family therapy", "family counseling"], ["family-therapy"]),
        NeedWord(["couples therapy", "marriage counseling", "couples counseling"], ["couples-therapy"]),
        NeedWord(["cbt", "cognitive behavioral", "cognitive behavioral therapy", "cognitive behavioural therapy"], ["cbt"]),
        NeedWord(["dbt", "dialectical behavior therapy", "dialectical behavioral therapy"], ["dbt"]),
        NeedWord(["emdr"], ["emdr"]),
        NeedWord(["aa", "na", "12 step", "twelve step", "12-step"], ["twelve-step"]),
        NeedWord(["peer support", "recovery coach"], ["peer-support", "recovery-coach"]),
        NeedWord(["telehealth", "online", "virtual", "video", "by phone", "remote", "telemedicine"], ["telehealth"]),
        NeedWord(["dual diagnosis", "co-occurring", "co occurring"], ["co-occurring"]),
        NeedWord(["mental health", "psychiatric", "psychiatrist", "depression", "depressed", "anxiety", "panic",
                  "bipolar", "ocd", "adhd", "mental illness"], ["mental-health"]),
        NeedWord(["schizophrenia", "psychosis", "psychotic", "hearing voices"], ["serious-mental-illness", "first-episode-psychosis"]),
        NeedWord(["ptsd"], ["ptsd"]),
        NeedWord(["trauma"], ["trauma"]),
        NeedWord(["eating disorder", "anorexia", "bulimia", "binge eating"], ["eating-disorders"]),
        NeedWord(["suicide", "suicidal", "crisis", "emergency", "self harm", "self-harm"],
                 ["walk-in-crisis", "onsite-crisis", "mobile-crisis", "suicide-prevention"], note: crisisNote),
        NeedWord(["smoking", "vaping", "nicotine", "tobacco", "cigarettes", "vape"], ["tobacco-cessation"]),
        // Harm reduction.
        NeedWord(["naloxone", "narcan", "overdose", "od"], ["naloxone"], guide: "harm-reduction"),
        NeedWord(["needle exchange", "needle exchanges", "syringe", "syringes", "needles", "needle", "clean needles",
                  "syringe services", "syringe program", "syringe exchange", "ssp"],
                 ["naloxone", "syringe-services", "fentanyl-test-strips", "hiv-testing", "hepatitis-c-testing"],
                 note: syringeNote, guide: "harm-reduction", prefer: ["syringe-services"]),
        NeedWord(["test strips", "test strip", "fentanyl test strips", "fentanyl test strip", "fentanyl strips", "fts",
                  "drug checking", "drug testing strips"],
                 ["naloxone", "fentanyl-test-strips"], note: testStripNote, guide: "harm-reduction", prefer: ["fentanyl-test-strips"]),
        NeedWord(["harm reduction"], ["naloxone", "syringe-services", "fentanyl-test-strips"]),
        NeedWord(["hiv test", "hiv testing"], ["hiv-testing"]),
        NeedWord(["hep c", "hepatitis c", "hcv"], ["hepatitis-c-testing", "hepatitis-c-medication"]),
        // Who it is for.
        NeedWord(["teen", "teens", "teenager", "teenagers", "adolescent", "adolescents", "youth", "kid", "kids", "child",
                  "children", "minor", "son", "daughter", "high school"], ["children"]),
        NeedWord(["young adult", "young adults", "college"], ["young-adults"]),
        NeedWord(["senior", "seniors", "elderly", "older adult", "older adults"], ["seniors"]),
        NeedWord(["veteran", "veterans", "vet", "vets"], ["veterans"]),
        NeedWord(["military", "active duty", "service member"], ["active-military"]),
        NeedWord(["pregnant", "pregnancy", "postpartum", "expecting", "new mom", "new mother"], ["pregnant-postpartum"]),
        NeedWord(["women", "womens", "woman", "female", "women only"], ["female"]),
        NeedWord(["men", "male", "men only"], ["male"]),
        NeedWord(["lgbt", "lgbtq", "lgbtq+", "gay", "lesbian", "bisexual", "trans", "transgender", "queer", "nonbinary"], ["lgbtq"]),
        NeedWord(["dui", "dwi", "owi"], ["dui-dwi"]),
        NeedWord(["court ordered", "court-ordered", "probation", "parole", "justice involved"], ["criminal-justice"]),
        NeedWord(["domestic violence", "abuse survivor"], ["domestic-violence-survivors"]),
        NeedWord(["deaf", "asl", "sign language", "hard of hearing"], ["sign-language"]),
        // Languages.
        NeedWord(["spanish", "spanish speaking", "spanish-speaking", "espanol", "en espanol", "hablo espanol"], ["spanish"]),
        NeedWord(["chinese", "mandarin", "cantonese"], ["chinese"]),
        NeedWord(["vietnamese"], ["vietnamese"]), NeedWord(["korean"], ["korean"]), NeedWord(["russian"], ["russian"]),
        NeedWord(["arabic"], ["arabic"]), NeedWord(["french"], ["french"]), NeedWord(["haitian", "creole", "kreyol"], ["haitian-creole"]),
        NeedWord(["tagalog", "filipino"], ["tagalog"]), NeedWord(["portuguese"], ["portuguese"]), NeedWord(["polish"], ["polish"]),
        NeedWord(["hmong"], ["hmong"]), NeedWord(["farsi", "persian"], ["farsi"]),
        // Paying.
        NeedWord(["free", "no cost", "free of charge", "no charge"], ["free"]),
        NeedWord(["sliding scale", "low cost", "cheap", "affordable", "low income", "no insurance", "uninsured",
                  "cant afford", "can't afford"], ["sliding-scale", "payment-assistance"]),
        NeedWord(["medicaid", "medi-cal", "medi cal", "masshealth", "ahcccs", "tenncare", "apple health",
                  "soonercare", "badgercare", "healthy michigan", "husky"], ["medicaid"]),
        NeedWord(["medicare"], ["medicare"]),
        NeedWord(["insurance", "private insurance", "commercial insurance"], ["private-insurance"]),
        NeedWord(["cash", "self pay", "self-pay", "out of pocket"], ["self-pay"]),
        NeedWord(["tricare"], ["military-insurance"]),
        NeedWord(["va", "va benefits"], ["va-funds"]),
        NeedWord(["ihs", "indian health service", "tribal"], ["ihs-tribal"]),
        .carrier(["aetna"], "aetna"), .carrier(["cigna"], "cigna"), .carrier(["humana"], "humana"),
        .carrier(["kaiser", "kaiser permanente"], "kaiser-permanente"),
        .carrier(["united healthcare", "unitedhealthcare", "united health care", "uhc", "optum"], "unitedhealthcare"),
        .carrier(["anthem", "elevance", "anthem blue cross"], "anthem"),
        .carrier(["molina"], "molina"), .carrier(["ambetter", "wellcare", "centene"], "centene"),
        .carrier(["caresource"], "caresource"),
        NeedWord(["accepting new patients", "new patients", "taking new patients", "openings"], ["accepting-new-patients"]),
        .carrier(["blue cross", "blue shield", "bcbs", "blue cross blue shield", "blue cross and blue shield"], "blue-cross-blue-shield"),
        NeedWord(["support group", "support groups", "meetings", "meeting"], ["twelve-step", "peer-support"]),
    ]

    /// Words that carry no need on their own ("I need help with alcohol near me").
    static let ignored: Set<String> = [
        "i", "im", "me", "my", "we", "our", "a", "an", "the", "and", "or", "to", "of", "for", "with", "in", "on", "at", "near",
        "need", "needs", "want", "looking", "find", "finding", "help", "helps", "get", "getting", "some", "someone", "somebody",
        "who", "is", "am", "are", "be", "that", "this", "can", "please", "treatment", "treat", "treats", "program", "programs",
        "center", "centers", "centre", "centres", "clinic", "clinics", "facility", "facilities", "place", "places", "care",
        "services", "service", "use", "using", "user", "abuse", "problem", "problems", "issue", "issues", "quit", "quitting",
        "stop", "stopping", "off", "coming", "recovery", "support", "from", "by", "friend", "brother", "sister", "husband",
        "wife", "partner", "mom", "dad", "mother", "father", "loved", "one", "family", "member", "accepts", "accepting",
        "take", "takes", "taking", "that", "which", "what", "where", "how", "options", "option", "disorder",
        // Words that say what kind of thing, not which: "DUI class", "rehab near me", "alcohol course".
        "class", "classes", "course", "courses", "session", "sessions", "help", "helping", "near", "nearby", "around",
        "close", "closest", "nearest", "best", "good", "top", "local", "area", "today", "now", "asap", "urgent",
        "rehabs", "locations", "location", "office", "offices", "doctor", "doctors", "provider", "providers", "it",
        "your", "you", "do", "does", "have", "has", "there", "any", "all", "like", "about", "wants", "needed",
        "ive", "been", "was", "into", "over", "very", "really", "so", "just", "not", "no", "dont", "cant",
    ]
}
