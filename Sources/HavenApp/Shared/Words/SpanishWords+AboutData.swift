import HavenCore
import HavenHTML

/// The about-data page in Spanish.
extension SpanishWords {
    var aboutDataTitle: String { "Sobre los datos" }
    var aboutDataDescription: String { "De dónde vienen los datos de los centros de Haven." }

    @NodeBuilder func aboutData(_ m: AboutDataPageModel) -> Node {
        h1 { "Sobre los datos" }
        p {
            text("Haven muestra \(Format.grouped(m.listed)) centros. \(Format.grouped(m.precision[.address, default: 0])) están ubicados por su dirección; ")
            text("\(Format.grouped(m.precision[.zipCentroid, default: 0])) solo por el centro de su código postal, y sus distancias son aproximadas.")
        }
        h2 { "Fuentes" }
        ul {
            li {
                strong { "SAMHSA" }
                ", Administración de Servicios de Salud Mental y Abuso de Sustancias: "
                em(Attribute("lang", "en")) { "National Directory of Drug and Alcohol Use Treatment Facilities" }
                " y "
                em(Attribute("lang", "en")) { "National Directory of Mental Health Treatment Facilities" }
                ", ediciones 2022, hechos a partir de la Encuesta Nacional de Servicios de Salud Mental y Consumo de Sustancias (N-SUMHSS). De dominio público; citados como SAMHSA lo pide. Haven no vende estos datos."
            }
            li {
                strong { "Extractos del localizador de FindTreatment.gov" }
                " con coordenadas (por medio del Opioid Environment Policy Scan del GeoDa Center), usados para ubicar los centros por su dirección."
            }
            li {
                strong { "Centros de los códigos postales" }
                " de GeoNames (CC BY 4.0), tal como los empaqueta el conjunto de datos "
                code { "zipcodes" }
                ", usados para buscar por código postal o ciudad y para los centros sin dirección reconocida."
            }
            for p in m.packages { packageItem(p) }
        }
        h2 { "Cómo nombra Haven los servicios" }
        p {
            text("SAMHSA describe los servicios con códigos. Haven traduce los códigos de ambos directorios a \(m.taxonomy.terms.count) términos sencillos en \(m.taxonomy.facets.count) grupos; la tabla completa está en ")
            a(.href(SafeURL(path: APIURL.taxonomy.path))) { text(APIURL.taxonomy.path) }
            " (en inglés)."
        }
        h2 { "Privacidad" }
        p { "Haven no usa cookies, ni servicios de análisis, ni scripts de terceros. Las búsquedas no se guardan." }
    }

    /// An imported HSDS package, credited with the title and licenses its publisher gave.
    func packageItem(_ p: DataPackageRow) -> Node {
        li {
            strong { text(p.title.isEmpty ? p.name : p.title) }
            " (paquete de datos HSDS "
            code { text(p.name) }
            text("\(p.version.isEmpty ? "" : ", versión \(p.version)")): \(Format.grouped(p.places)) lugares, importado el \(Format.day(p.importedAt)). ")
            text(p.licenses.isEmpty ? "La licencia no se indica en el paquete." : "Licencia: \(p.licenses.map(\.label).joined(separator: "; ")).")
        }
    }
}
