import Vapor

/// Everything one Haven instance keeps in memory besides Vapor's own: made once, in one place and in one order,
/// by `configure` (nothing is made on first use, so no start-up line exists only to create something early, and no
/// getter can find it missing). Background passes (`CatalogRefresher`, `MailDeliverer`, `ContactHousekeeping`) are
/// started and stopped by their lifecycle handlers, which `configure` registers last.
final class HavenServices: Sendable {
    let settings: Settings
    /// The search index and the places it resolves, following the data revision.
    let catalog = SearchCatalog()
    /// The published guides, for results and facility pages.
    let guideShelf = GuideShelf()
    /// The form-signing key and the development message key.
    let siteSecrets = SiteSecrets()
    let formLimits: FormLimits
    let inquiryLimits: InquiryLimits
    let exportSlots: ExportSlots
    let trustedProxies: TrustedProxies
    let visitCounter = VisitCounter()
    let popularCenters = PopularCenters()
    /// Which facilities have managers (so take messages).
    let managedFacilities = ManagedFacilities()
    /// The listings by state and city, per search index.
    let states = StateDirectoryCache()
    /// County outlines for the maps Haven draws.
    let countyOutlines = CountyOutlines()

    init(_ settings: Settings) {
        self.settings = settings
        formLimits = FormLimits(clientBurst: settings.formBurst, accountBurst: settings.accountBurst)
        inquiryLimits = InquiryLimits(clientBurst: settings.inquiryClientBurst, facilityBurst: settings.inquiryFacilityBurst)
        exportSlots = ExportSlots(perClient: settings.exportsPerClient, total: settings.exportsTotal)
        trustedProxies = TrustedProxies(settings.trustedProxies)
    }
}

extension Application {
    private struct ServicesKey: StorageKey { typealias Value = HavenServices }

    /// Set once by `configure(_:settings:)`, before anything reads it.
    var haven: HavenServices {
        get {
            guard let s = storage[ServicesKey.self] else { preconditionFailure("configure(_:settings:) makes the services before anything reads them") }
            return s
        }
        set { storage[ServicesKey.self] = newValue }
    }

    public var havenSettings: Settings { haven.settings }
    public var catalog: SearchCatalog { haven.catalog }
    var guideShelf: GuideShelf { haven.guideShelf }
    var siteSecrets: SiteSecrets { haven.siteSecrets }
    var formLimits: FormLimits { haven.formLimits }
    var inquiryLimits: InquiryLimits { haven.inquiryLimits }
    var exportSlots: ExportSlots { haven.exportSlots }
    var trustedProxies: TrustedProxies { haven.trustedProxies }
    var visitCounter: VisitCounter { haven.visitCounter }
    var popularCenters: PopularCenters { haven.popularCenters }
    var managedFacilities: ManagedFacilities { haven.managedFacilities }
    var countyOutlines: CountyOutlines { haven.countyOutlines }
}
