import HavenCore

/// What the about page says: how many facilities, how they are placed, the taxonomy's size and imported packages.
struct AboutDataPageModel {
    let listed: Int
    let precision: [GeoPrecision: Int]
    let taxonomy: Taxonomy
    let packages: [DataPackageRow]
}
