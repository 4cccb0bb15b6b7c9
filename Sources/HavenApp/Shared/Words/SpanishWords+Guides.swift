import HavenCore
import HavenHTML

/// The guides' frame (computed: an extension holds no stored values; SpanishPagesTests reads them on the pages) in Spanish.
extension SpanishWords {
    var guidesDescription: String { "Guías sencillas sobre cómo dejar las drogas, el tratamiento, cómo pagar la atención y cómo estar más seguro, con sus fuentes y su revisión médica." }
    var guidesLead: String { "Respuestas sencillas sobre la abstinencia, el tratamiento, cómo pagar la atención y cómo estar más seguro. Cada guía indica su autor, sus fuentes y si un profesional de la salud con licencia la revisó. Por ahora las guías están en inglés." }
    var noGuidesYet: String { "Todavía no hay guías." }
    var notYetInSpanish: String { "Esta guía todavía no está traducida al español: a continuación está la versión en inglés, con su autor, su revisión médica y sus fuentes." }
    func disclaimer(emergency: Node, crisisLine: Node) -> Node {
        p(.class("disclaimer")) {
            "Esta guía es información, no un consejo médico: hable con un médico u otro profesional de la salud sobre su situación. "
            "Si usted u otra persona está en peligro, llame al "; emergency; ". Si piensa en el suicidio o está en crisis, llame o escriba al "
            crisisLine; " (oprima 2 para español)."
        }
    }
    var contents: String { "Contenido" }
    var sources: String { "Fuentes" }
    var writtenBy: String { "Escrita por" }
    var medicallyReviewedBy: String { "Revisión médica de" }
    var lastReviewed: String { "Última revisión" }
    var nextReviewDue: String { "Próxima revisión" }
    var medicalReview: String { "Revisión médica" }
    var notYetReviewed: String { "Todavía no la revisó un profesional con licencia" }
    var firstPublished: String { "Publicada por primera vez" }
    func awaitingReview(_ helpline: Node) -> Node {
        p(.class("warning"), .role("note")) {
            strong { "Pendiente de revisión médica. " }
            "Los editores de Haven escribieron esta guía a partir de las fuentes que aparecen al final. Un revisor médico con licencia todavía no la aprobó: consulte lo que le importe con un profesional de la salud o con la Línea de Ayuda de SAMHSA ("
            helpline; ")."
        }
    }
    func pastReviewDate(_ due: String?) -> Node {
        p(.class("warning"), .role("note")) {
            strong { "Esta guía pasó su fecha de revisión. " }
            text("Su revisión médica debía hacerse el \(due ?? "una fecha anterior"); algunos datos pueden estar desactualizados.")
        }
    }
    var searchForPlacesWith: String { "Buscar lugares con: " }
    var guideNotFound: String { "No se encontró la guía" }
    var guideNotFoundDetail: String { "No hay ninguna guía en esta dirección. La lista de guías está en /es/guides." }
}
