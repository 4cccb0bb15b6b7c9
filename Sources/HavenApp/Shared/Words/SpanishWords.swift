import Foundation
import HavenCore
import HavenHTML

/// The pages' words in Spanish: plain, formal ("usted"), as U.S. public health pages write it.
final class SpanishWords: Wording {
    let skipToResults = "Ir a los resultados"
    let skipToMain = "Ir al contenido principal"
    let mainNavigation = "Principal"
    let findTreatment = "Buscar tratamiento"
    let guides = "Guías"
    let aboutTheData = "Sobre los datos"
    let crisisHelp = "Ayuda en una crisis"
    func crisisBanner(crisisLine: Node, helpline: Node, emergency: Node) -> Node {
        p {
            strong { "¿Está en crisis?" }
            " Llame o escriba al "; crisisLine
            " (oprima 2 para español). Línea de Ayuda de SAMHSA: "
            helpline; ", gratis, confidencial, 24 horas, en español. Emergencias: "; emergency; "."
        }
    }
    func footer(aboutData: Node, privacy: Node, byState: Node, api: Node) -> Node {
        p {
            "Haven muestra los centros de los directorios nacionales de SAMHSA. No tiene anuncios ni rastreadores, y no guarda lo que usted busca. "
            aboutData; " · "; privacy; " · "; byState; " · "; api
        }
    }
    func forProviders(signIn: Node) -> Node {
        p(.class("for-providers")) { "Para proveedores: "; signIn; " para mantener su información al día, o busque su centro y solicítelo." }
    }
    let privacyLink = "Privacidad"
    let byState = "Por estado"
    let signIn = "inicie sesión"
    let inEnglish = "en inglés"
    let startNewSearch = "Empezar una búsqueda nueva"
    let notFoundTitle = "No se encontró"
    let notFoundDetail = "No hay nada en esta dirección."
    let facilityNotFound = "No se encontró el centro"
    let facilityNotFoundDetail = "No hay ningún centro en esta dirección. Puede que lo hayan quitado."

    let homeTitle = "Busque tratamiento cerca de usted"
    let homeDescription = "Busque tratamiento para el consumo de drogas y alcohol y para la salud mental cerca de usted: desintoxicación, residencial, ambulatorio, medicamentos y terapia."
    let homeHeading = "Busque tratamiento para las drogas, el alcohol y la salud mental"
    func homeLead(_ facilities: Int) -> String {
        "Busque entre \(Plural.grouped(facilities)) centros de tratamiento con licencia de los directorios nacionales. Gratis, privado y sin registrarse."
    }
    let age = "Edad"
    let anyAge = "Cualquier edad"
    let howWillYouPay = "¿Cómo va a pagar?"
    let anyPayment = "Cualquier forma de pago"
    let typeOfCare = "Tipo de atención"
    let anyTypeOfCare = "Cualquier tipo de atención"
    let search = "Buscar"
    let needToTalk = "¿Necesita hablar con alguien ahora?"
    func helpNow(helpline: Node, crisisLine: Node, emergency: Node) -> Node {
        p {
            "La Línea Nacional de Ayuda de SAMHSA ("; helpline
            ") da referencias gratis y confidenciales en español y en inglés, a cualquier hora. Si usted u otra persona puede estar en peligro, llame o envíe un mensaje de texto al "
            crisisLine; ", o llame al "; emergency; "."
        }
    }
    let popularCenters = "Centros más consultados"
    let browseByState = "Ver el tratamiento por estado"
    func noRankingYet(_ days: Int) -> String {
        "Todavía nadie ha visto un centro en Haven en los últimos \(days) días, así que no hay una clasificación que mostrar. Aparece a medida que la gente usa Haven."
    }
    let popularityExplained = "Ordenados según cuántas veces se vio cada centro en Haven en los últimos \(Popularity.window) días; cada "
        + "mensaje enviado por Haven cuenta como \(PopularityTally.inquiryWeight) visitas. Contamos las visitas como totales diarios y nunca "
        + "registramos quién las hizo."

    let whereAreYou = "¿Dónde está usted?"
    let placeHint = "Un código postal (ZIP), una ciudad y estado como \"Denver, CO\", un condado o un estado."
    let useMyLocation = "Usar mi ubicación"
    let distance = "Distancia"
    func within(_ miles: String) -> String { "A menos de \(miles) millas" }
    let needQuestion = "¿Con qué necesita ayuda?"
    let needHint = "Con sus palabras, como alcohol, ketamina, desintoxicación, adolescente, sin seguro, Medicaid, o el nombre de un programa."
    func filtersStay(_ names: String) -> String { "Sus filtros se mantienen: \(names)." }

    let resultsDescription = "Centros de tratamiento que coinciden con su búsqueda."
    let chosenFilters = "Filtros elegidos"
    let removeTheFilter = "Quitar el filtro "
    let clearAllFilters = "Quitar todos los filtros"
    let results = "Resultados"
    let searchAndFilters = "Búsqueda y filtros"
    let changeTheSearch = "Cambiar la búsqueda"
    func filtersToggle(chosen n: Int) -> String {
        n == 0 ? "Filtros, distancia y orden" : "Filtros (\(n) \(n == 1 ? "elegido" : "elegidos")), distancia y orden"
    }
    let order = "Orden"
    let nearestFirst = "Los más cercanos primero"
    let byName = "Por nombre"
    let updateResults = "Actualizar resultados"
    let backToResults = "Volver a los resultados"
    let whatWeUnderstood = "Lo que entendimos"
    func wordsNotUsed(_ words: String) -> String {
        "Ninguna necesidad que conozcamos ni ningún nombre de programa de aquí coincide con \u{201C}\(words)\u{201D}, así que no se usó: "
    }
    let showingEveryPlaceWithFilters = "se muestran todos los lugares con los filtros elegidos."
    func showingEveryPlace(_ placePhrase: String) -> String { "se muestran todos los lugares\(placePhrase)." }
    let showing = "Se muestra: "
    func fromTheWords(_ words: String) -> String { " (por \u{201C}\(words)\u{201D})" }
    func withNameContaining(_ name: String) -> String { ", con \u{201C}\(name)\u{201D} en el nombre" }
    func noListingNamed(_ names: String) -> String { "Ningún centro de aquí indica \(names) todavía (su personal puede agregarlo)." }
    func listingsNamed(_ count: Int, of total: Int, _ names: String) -> String {
        count == 1 ? "1 de \(Plural.grouped(total)) indica \(names) (lo agregó su personal) y aparece primero."
            : "\(Plural.grouped(count)) de \(Plural.grouped(total)) indican \(names) (lo agregó su personal) y aparecen primero."
    }
    let narrowTo = "Limitar a: "
    func notUsed(_ words: String) -> String { "No se usó: \(words) (ninguna necesidad ni nombre que conozcamos)." }
    let aboutThePlace = "Sobre el lugar"
    let acrossTheState = "Estos son los lugares de todo el estado, por nombre. Para ver primero los más cercanos, escriba una ciudad o un código postal."
    let didYouMeanAnotherPlace = "¿Quiso decir otro lugar? "
    func fewNearby(_ count: Int, inState state: String) -> String {
        count == 1 ? "Hay pocos lugares cerca. 1 programa en \(state) ofrece atención por teléfono o video: "
            : "Hay pocos lugares cerca. \(Plural.grouped(count)) programas en \(state) ofrecen atención por teléfono o video: "
    }
    let seeThem = "verlos"
    func showingRange(first: Int, last: Int, total: Int, nearestFirst: Bool) -> String {
        "Se muestran \(first)–\(last) de \(Plural.grouped(total)), \(nearestFirst ? "los más cercanos primero" : "por nombre")"
    }
    func milesFrom(_ place: String) -> String { "; millas desde \(place)" }
    func listingsFrom(_ link: Node) -> Node {
        p(.class("freshness")) { "Los centros vienen de directorios públicos ("; link; "). Los programas cambian: llame para confirmar antes de ir." }
    }
    let whichAndHowOld = "cuáles y de cuándo"
    let byPhoneOrVideo = "Por teléfono o video"
    let remoteNote = "Estos programas no publican una dirección; ofrecen atención por teléfono o video. Llame para preguntar en qué estados atienden y cómo empezar."
    func mapAlt(around place: String) -> String { "Mapa de los lugares de esta página, numerados como en la lista de arriba, alrededor de \(place)." }
    func mapRing(from: String, miles: String) -> String { "Los números son los de la lista. La cruz es \(from); el círculo está a \(miles) millas de ella." }
    func mapReach(from: String) -> String { "Los números son los de la lista. La cruz es \(from); el mapa llega hasta el lugar más lejano de esta página." }
    let mapCluster = " Un número con + representa varios lugares en un mismo punto."
    let mapApproximate = " Un anillo de rayas marca un lugar del que solo se conoce el código postal: su punto es aproximado."
    let places = Plural(one: "# lugar", other: "# lugares")
    func yourList(_ count: Int) -> String { "Su lista: \(places(count)). " }
    let seePrintOrShare = "Verla, imprimirla o compartirla"
    func noPage(_ page: Int) -> String { "No hay página \(page). " }
    let goToFirstPage = "Ir a la primera página"
    func helplineCanHelp(_ helpline: Node) -> Node {
        p { "La Línea Nacional de Ayuda de SAMHSA ("; helpline; ", gratis y confidencial, las 24 horas) también puede ayudarle a encontrar atención." }
    }
    let tipWithoutPlace = "Escriba un código postal o una ciudad y estado, o quite un filtro."
    let tipWithPlace = "Quite un filtro o pruebe con otro lugar."
    let placesInstead = "Lugares que puede encontrar en cambio"
    func heading(count: Int, place: String, with: String) -> String {
        count == 0 ? "No se encontraron lugares\(place)\(with)" : "\(places(count))\(place)\(with)"
    }
    func near(_ place: String) -> String { " cerca de \(place)" }
    func inPlace(_ place: String) -> String { " en \(place)" }
    let with = " con "
    let or = " o "
    let and = " y "
    let both = " y "
    func without(_ name: String) -> String { "Sin \u{201C}\(name)\u{201D}" }
    let anyName = "Cualquier nombre"
    let fromYourWords = "(por sus palabras)"
    func chosenCount(_ n: Int) -> String { n == 0 ? "" : " (\(n) \(n == 1 ? "elegido" : "elegidos"))" }
    func anyOfTheChosen(_ facet: String) -> String { facet + ": cualquiera de los elegidos" }
    let placesWithAny = "Lugares con cualquiera de los que elija."
    let hours = "Horario"
    let hoursHint = "Según el horario que indica el personal del centro, en su propia hora local. Se omiten los lugares sin horario."
    let previous = "Anterior"
    let next = "Siguiente"
    func page(_ n: Int) -> String { "Página \(n)" }
    let pages = "Páginas"
    let guideLabel = "Guía: "
    let guidesLabel = "Guías: "

    func byPhoneFor(state: String) -> String { "Por teléfono o video, para personas en \(state)" }
    func away(_ miles: String, approximate: Bool) -> String { "A \(miles)\(approximate ? " (aproximado)" : "")" }
    func verifiedBy(facility: Bool, on day: String) -> String { "Verificado por \(facility ? "el centro" : "un moderador de Haven") el \(day)" }
    func asOf(_ summary: String, _ day: String) -> String { "\(summary) (al \(day))" }
    let call = "Llamar al "
    let matchesYourFilters = "Coincide con sus filtros:"
    let accepts = "Acepta:"
    let andMore = ", y más"
    let fromSource = (before: "Fuente: ", after: ".")
    func listingSource(_ english: String) -> String {
        guard !english.isEmpty else { return english }
        var s = english
        if let r = s.range(of: #"the SAMHSA national directory, \S+ edition"#, options: .regularExpression) {
            let edition = s[r].dropFirst("the SAMHSA national directory, ".count).dropLast(" edition".count)
            s.replaceSubrange(r, with: "el directorio nacional de SAMHSA, edición \(Self.edition(String(edition)))")
        }
        return s.replacingOccurrences(of: "an imported HSDS data package", with: "un paquete de datos HSDS importado")
            .replacingOccurrences(of: ", version ", with: ", versión ").replacingOccurrences(of: " and ", with: " y ")
    }
    let notVerifiedLately = "El centro no lo ha verificado en el último año: puede estar desactualizado."
    let addToMyList = (before: "Agregar ", after: " a mi lista")
    let onYourList = "En su lista. "
    let removeFromList = (before: "Quitar ", after: " de la lista")

    let checkYourSearch = "Revise su búsqueda"
    let searchNeedsChange = "Su búsqueda necesita un cambio."
    let whichPlace = "¿Qué lugar?"
    let didYouMean = "¿Quiso decir?"
    let chooseOne = "Elija uno:"

    func facilityDescription(_ name: String, _ city: String, _ state: String) -> String { "\(name), \(city), \(state): servicios, pagos, contacto." }
    let noLongerListed = "Los datos más recientes ya no muestran este centro como abierto. Puede que haya cerrado o se haya mudado: llame antes de ir."
    func lastVerifiedMayBeOld(_ day: String) -> String { "Verificado por última vez el \(day): esta información puede estar desactualizada." }
    let neverVerified = "Nadie de este centro ha verificado esta información en Haven: puede estar desactualizada."
    func updatedBy(_ who: String, on day: String) -> String { "Actualizado por \(who) el \(day). " }
    func unchangedFrom(_ origin: String) -> String { Self.contract("Lo que no cambiaron viene de \(origin). ") }
    func from(_ origin: String) -> String { Self.contract("Viene de \(origin). ") }

    /// "de el" -> "del", as Spanish writes it.
    static func contract(_ s: String) -> String { s.replacingOccurrences(of: "de el ", with: "del ") }
    let detailsChange = "Los datos cambian: llame para confirmar el horario, los servicios y los pagos antes de ir."
    let services = "Servicios"
    let noServices = "El directorio no indica servicios para este centro."
    let whereThisComesFrom = "De dónde viene esta información"
    let lastVerified = "Verificado por última vez: "
    func verifiedOn(_ day: String, by who: String) -> String { "\(day), por \(who)" }
    let notYetVerified = "el centro aún no lo ha verificado; los datos son los que dan las fuentes de arriba"
    let licenses = "Licencias: "
    let guidesThatMayHelp = "Guías que pueden ayudar"
    let reportAProblem = "Informar un problema con este centro"
    let doYouWorkHere = "¿Trabaja aquí?"
    let staffKeepItTrue = "El personal puede mantener esta información al día: horario, seguros, si aceptan pacientes nuevos. "
    let manageThisListing = "Administrar esta información"
    let suspendedDescription = "Este centro está suspendido."
    let takenOutOfSearch = "Los moderadores de Haven sacaron este centro de la búsqueda: "
    func suspendedHelp(_ helpline: Node) -> Node {
        p { "Si necesita ayuda ahora, llame a la Línea Nacional de Ayuda de SAMHSA al "; helpline; ", gratis y confidencial, las 24 horas." }
    }
    let searchOtherPlaces = "Buscar otros lugares"
    let contact = "Contacto"
    let mainPhone = "Principal"
    let intakePhone = "Admisión"
    let noPhoneListed = "No hay un número de teléfono."
    let website = "Sitio web"
    let contactThisProvider = "Comunicarse con este proveedor"
    func messagesKept(_ days: Int) -> String {
        "Envíe un mensaje privado al personal que administra esta información. Solo ellos pueden leerlo, y Haven lo borra después de \(days) días."
    }
    let sendAPrivateMessage = "Enviar un mensaje privado"
    let noMessagesYet = "Este centro todavía no recibe mensajes por Haven. "
    let callTheNumberAbove = "Llame al número de arriba para comunicarse."
    func noPhoneAskHelpline(_ helpline: Node) -> Node {
        group([text("El directorio no indica un número de teléfono: la Línea Nacional de Ayuda de SAMHSA ("), helpline, text(") puede ayudarle a encontrar otro lugar.")])
    }
    func seeYourList(_ count: Int) -> String { "Ver, imprimir o compartir su lista (\(count))" }
    let addThisToMyList = "Agregar a mi lista"
    let onYourListShort = "En su lista. "
    let about = "Acerca del centro"
    let payingInTheirWords = "Pagos, con las palabras del centro"
    let otherPlans = "Otros planes aceptados: "
    let costs = "Costos: "
    let location = "Ubicación"
    func facilityMapAlt(_ name: String, zip: String?, city: String, state: String) -> String {
        "Mapa de dónde está \(name), \(zip.map { "cerca del centro del código postal \($0)" } ?? "en \(city), \(state)")."
    }
    let dashedRingZip = "El anillo de rayas marca el centro del código postal, no la dirección."
    let directions = "Cómo llegar (OpenStreetMap)"
    func streetNotPublished(zip: String) -> String {
        "Este programa no publica su dirección. Las distancias usan el centro del código postal \(zip), así que son aproximadas."
    }
    func approximateLocation(zip: String) -> String {
        "Ubicación aproximada: el punto del mapa y las distancias usan el centro del código postal \(zip), no la dirección."
    }
    let noMapLocation = "Este centro no tiene ubicación en el mapa, así que no aparece en las búsquedas por distancia."
    let otherLanguages = "Otros idiomas"
    func alsoListed(_ taxonomy: String) -> String { "También indicado (\(taxonomy))" }
    func dataPackage(_ title: String, version: String) -> String {
        "el paquete de datos \u{201C}\(title)\u{201D}" + (version.isEmpty ? "" : ", versión \(version)")
    }
    let samhsaDirectory = "el directorio nacional de SAMHSA"
    func samhsaEdition(_ edition: Int, age: Int) -> String {
        "el directorio nacional de SAMHSA, edición \(edition)" + (age >= 1 ? " (de hace unos \(age) año\(age == 1 ? "" : "s"))" : "")
    }
    func sourceSAMHSA(_ title: String, edition: String, file: String, line: Int) -> String {
        "SAMHSA, \(title), edición \(Self.edition(edition)) (\(file), línea \(line))"
    }

    /// An edition as the import records it: a year, or "unknown".
    static func edition(_ s: String) -> String { s == "unknown" ? "desconocida" : s }
    func sourceHSDS(_ title: String, file: String, version: String, line: Int) -> String {
        "\(title) \u{201C}\(file)\u{201D}\(version.isEmpty ? "" : ", versión \(version)") (ubicaciones, línea \(line))"
    }
    let notInLatestEdition = "; no está en la edición más reciente."
    func editedBy(_ field: String, _ author: String, _ day: String) -> String { "\(field): editado por \(author) el \(day)." }
    let mapFromPackage = "Ubicación en el mapa según el paquete de datos HSDS."
    let mapFromLocator = "Ubicación en el mapa de los archivos geocodificados del localizador de FindTreatment.gov (por la dirección)."
    let mapFromZip = "Ubicación en el mapa según el centro del código postal (GeoNames), aproximada."
    let mapNone = "Sin ubicación en el mapa."

    let yourListTitle = "Su lista"
    let listDescription = "Una lista corta de lugares de tratamiento para imprimir, guardar o compartir."
    let listEmpty = "Su lista está vacía. En los resultados de una búsqueda o en la página de un lugar, elija \u{201C}Agregar a mi lista\u{201D}: la lista se guarda en la dirección de esta página, no en el servidor de Haven."
    func noLongerListed(_ n: Int) -> String { n == 1 ? " 1 lugar de esta lista ya no aparece en el directorio." : " \(n) lugares de esta lista ya no aparecen en el directorio." }
    let callToConfirm = "Los programas cambian: llame para confirmar el horario, los servicios y los pagos antes de ir."
    let keepOrShare = "Guardar o compartir esta lista"
    let listLivesInAddress = "La lista está en la dirección de esta página: guárdela en sus marcadores o cópiela de la barra de direcciones. Haven no guarda ninguna copia."
    let sendByText = "Enviarla por mensaje de texto"
    let sendByEmail = "Enviarla por correo electrónico"
    let printIt = "Imprímala con el comando Imprimir de su navegador: la hoja impresa tiene cada lugar y las líneas de crisis."
    let compareSideBySide = "Compararlos lado a lado"
    let backToTheSearch = "Volver a la búsqueda"
    func andMore(_ n: Int) -> String { "y \(n) más" }
    let offers = "Ofrece"
    let payment = "Pagos"
    let ages = "Edades"
    func updatedLower(_ who: String, on day: String) -> String { "actualizado por \(who) el \(day)" }
    let shareHeading = "Lugares de tratamiento de Haven:"
    let shareSubject = "Lugares de tratamiento de Haven"
    let theList = "La lista: "
    let inCrisisText = "En crisis: llame o escriba al 988 (oprima 2 para español)."
    let comparePlaces = "Comparar lugares"
    let compareDescription = "Lugares de su lista, lado a lado."
    func compareNeeds(_ n: Int) -> String { "Para comparar se necesitan de dos a cuatro lugares en su lista; tiene \(n)." }
    let comparison = "Comparación"
    func compareCaption(_ n: Int) -> String { "\(n) lugares de su lista, lado a lado" }
    let address = "Dirección"
    let phone = "Teléfono"
    let openNow = "Abierto ahora"
    let noHoursGiven = "Sin horario"
    let approximate = " (aproximado)"
    let backToYourList = "Volver a su lista"
    let listUnreadable = "No se puede leer esta lista"

    let treatmentByState = "Tratamiento por estado"
    let statesDescription = "Centros de tratamiento para las drogas, el alcohol y la salud mental en cada estado de EE. UU."
    func treatmentIn(_ state: String) -> String { "Tratamiento en \(state)" }
    func stateDescription(_ count: Int, _ state: String) -> String {
        "\(count) centros de tratamiento para las drogas, el alcohol y la salud mental en \(state), por ciudad."
    }
    let allStates = "\u{2190} Todos los estados"
    func stateLead(facilities: Int, places: Int) -> String {
        "\(Plural.grouped(facilities)) centro\(facilities == 1 ? "" : "s") en \(Plural.grouped(places)) lugar\(places == 1 ? "" : "es")."
    }
    func byPhoneOrVideoCount(_ n: Int) -> String { n == 1 ? " 1 ofrece atención por teléfono o video." : " \(Plural.grouped(n)) ofrecen atención por teléfono o video." }
    func popularIn(_ state: String) -> String { "Centros más consultados en \(state)" }
    func stateMapAlt(_ state: String) -> String {
        "Mapa de \(state) con un punto por cada lugar que tiene ubicación en el mapa; la lista de ciudades de abajo los tiene todos."
    }
    let stateMapCaption = "Cada punto es un lugar; un punto hueco está en el centro de su código postal."
    let facilitiesByCity = "Centros por ciudad"
    let eachPlaceOpensASearch = "Cada lugar abre una búsqueda a su alrededor, con los más cercanos primero."
    let cityNotGiven = "Ciudad no indicada"
    let stateNotFound = "No se encontró el estado"
    func stateNotFoundDetail(_ typed: String) -> String {
        "Haven no tiene centros en \u{201C}\(typed)\u{201D}. Elija un estado de la lista de todos los estados."
    }

    func contactTitle(_ name: String) -> String { "Comunicarse con \(name)" }
    func messageSentTitle(_ name: String) -> String { "Mensaje enviado: \(name)" }
    func contactDescription(_ name: String) -> String { "Envíe un mensaje privado a \(name) por medio de Haven." }
    let noLongerListedCall = "Los datos más recientes ya no muestran este centro como abierto. Puede que haya cerrado o se haya mudado: una llamada puede comunicarle antes."
    let contactPrefix = "Comunicarse con "
    let notReceiving = "Este centro no recibe mensajes por Haven: nadie allí se ha registrado para leerlos. Por favor, llame."
    func noPhoneAnyTime(_ helpline: Node) -> Node {
        p { "El directorio no indica un número de teléfono para este centro. La Línea Nacional de Ayuda de SAMHSA ("; helpline; ") puede ayudarle a encontrar otro lugar, a cualquier hora." }
    }
    let privateMessageIntro = "Envíe un mensaje privado al personal que administra esta información. Solo ellos pueden leerlo: ni los moderadores de Haven ni anunciantes (Haven no tiene). Le responderán de la forma que usted elija."
    func keptEncrypted(_ days: Int, crisisLine: Node, emergency: Node) -> Node {
        p(.class("hint")) {
            text("Haven guarda el mensaje cifrado y lo borra después de \(days) días. Si necesita ayuda ahora, llame o escriba al ")
            crisisLine; " o llame al "; emergency; "."
        }
    }
    let nameLabel = "Su nombre o sus iniciales"
    let nameHint = "Para que sepan por quién preguntar. No hace falta el apellido."
    let howReach = "¿Cómo deben comunicarse con usted?"
    let reachLabel = "Número de teléfono o correo electrónico"
    let reachHint = "El número para llamar o enviar un mensaje de texto, o la dirección para escribirle."
    let bestTimeLabel = "Mejor hora para comunicarse (opcional)"
    let forWhomLabel = "¿Quién necesita atención?"
    let ageLabel = "Edad de la persona que necesita atención (opcional)"
    let payLabel = "¿Cómo pagaría? (opcional)"
    let messageLabel = "Su mensaje (opcional)"
    func messageHint(_ limit: Int) -> String { "Lo que busca, o sus preguntas. Hasta \(limit) caracteres." }
    let consent = (before: "Acepto que Haven comparta este mensaje con ", after: " y con nadie más.")
    let leaveEmpty = "Deje esto vacío"
    let sendTheMessage = "Enviar el mensaje"
    let messageSent = "Mensaje enviado"
    let inTheInboxOf = (before: "Su mensaje está en la bandeja de entrada de ", after: ".")
    let whatHappensNext = "Qué pasa ahora"
    let staffAreTold = "Al personal del centro se le avisa que hay un mensaje, y lo lee cuando inicia sesión en Haven."
    let theyReachBack = "Le responden de la forma que usted eligió. Haven no sabe cuándo: si no tiene respuesta en dos días hábiles, llámelos."
    func deletedAfter(_ days: Int) -> String { "Haven borra su mensaje después de \(days) días, y nunca se lo muestra a nadie más que al personal del centro." }
    let whatYouSent = "Lo que envió"
    func helpNowShort(crisisLine: Node, emergency: Node) -> Node {
        p { "Si necesita ayuda ahora, llame o escriba al "; crisisLine; ", o llame al "; emergency; "." }
    }
    let noMessage = "Sin mensaje."
    let chooseOptional = "Elija (opcional)"
    func problems(_ n: Int) -> String { n == 1 ? "Hay un problema" : "Hay \(n) problemas" }
    let formExpired = "Esta página estuvo abierta mucho tiempo, así que por su seguridad hay que enviarla de nuevo. Revise el formulario y envíelo otra vez."

    let months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
    func day(_ day: Int, month: String, year: Int) -> String { "\(day) de \(month) de \(year)" }
}
