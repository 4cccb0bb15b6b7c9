import HavenCore

/// What the home page shows: the size of the directory and the terms of its drop-downs.
struct HomePageModel {
    let facilityCount: Int
    let taxonomy: Taxonomy
}
