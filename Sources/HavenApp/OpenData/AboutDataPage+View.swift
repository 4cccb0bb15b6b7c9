import HavenCore
import HavenHTML

/// Where the data comes from, with the attributions the sources ask for (the text is the catalogue's, per language).
enum AboutDataPage {
    static func view(_ m: AboutDataPageModel) -> Node {
        let w = Words.current
        return Layout.page(.init(title: w.aboutDataTitle, description: w.aboutDataDescription, canonical: .aboutData)) { w.aboutData(m) }
    }
}
