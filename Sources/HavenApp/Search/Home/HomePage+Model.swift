import Foundation
import HavenCore

/// What the home page shows: the size of the directory, the terms of its drop-downs, and popular centers.
struct HomePageModel {
    let facilityCount: Int
    let taxonomy: Taxonomy
    /// Verified before this: no verified mark.
    let staleBefore: Date
    /// The most viewed and written-to listed facilities of the last 30 days (empty before anything was counted).
    var popular: [FacilityListing] = []
}
