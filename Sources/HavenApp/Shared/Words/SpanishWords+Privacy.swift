import HavenCore
import HavenHTML

/// The privacy page in Spanish: the same promises, said for a person who reads Spanish.
extension SpanishWords {
    var privacyTitle: String { "Privacidad" }
    var privacyDescription: String { "Lo que Haven guarda sobre usted, por cuánto tiempo, y lo que nunca hace." }

    @NodeBuilder func privacy(_ m: PrivacyPage.Model) -> Node {
            h1 { "Privacidad" }
            p(.class("lead")) {
                "Buscar tratamiento es algo privado. Haven está hecho para saber lo menos posible sobre usted y guardarlo el menor tiempo posible."
            }
            section(.ariaLabelledBy("never")) {
                h2(.id("never")) { "Lo que Haven nunca hace" }
                ul {
                    li { "No tiene publicidad, rastreadores ni servicios de análisis, ni scripts, fuentes o imágenes de otros sitios: cada página se lo dice a su navegador (una Content-Security-Policy), que entonces rechaza cualquier cosa que venga de otro lugar." }
                    li { "No usa cookies, salvo si inicia sesión en una cuenta. Buscar, leer centros y guías y enviar un mensaje a un centro no crea ninguna." }
                    li { "Nunca vende ni comparte lo que usted hace aquí, y nunca pasa su mensaje a nadie más que al centro que eligió." }
                }
            }
            section(.ariaLabelledBy("searching")) {
                h2(.id("searching")) { "Cuando busca o lee" }
                ul {
                    li { "Lo que busca no se guarda ni se registra. El registro del servidor anota errores, no los lugares ni las necesidades que escribió." }
                    li { "La dirección de su conexión se guarda solo en memoria, para frenar a quien envíe demasiadas solicitudes o formularios, y se olvida cuando su límite se recupera (en una hora como máximo); nunca se escribe en ningún lado." }
                    li {
                        "Las visitas a la página de cada centro se cuentan como un total diario por centro, para ordenar los más consultados. Para no contar robots ni a la misma "
                        "persona dos veces en media hora, Haven recuerda un código revuelto de su conexión durante media hora, solo en memoria, con "
                        "una clave que cambia cada día; nunca se escribe y no se puede convertir de nuevo en su dirección. Las visitas con una sesión iniciada no se cuentan."
                    }
                    li { "Si usa \u{201C}Usar mi ubicación\u{201D}, su navegador envía la posición con esa búsqueda; Haven no la guarda." }
                }
            }
            section(.ariaLabelledBy("messages")) {
                h2(.id("messages")) { "Cuando envía un mensaje a un centro" }
                ul {
                    li { "Solo las personas que administran la información de ese centro pueden leer su mensaje. Los moderadores y administradores de Haven ven cantidades, nunca contenidos." }
                    li { "Todo lo que escribe en el formulario se cifra (AES-256-GCM) antes de guardarse, con una clave que se guarda aparte de la base de datos." }
                    li { text("Se borra automáticamente \(m.inquiryRetentionDays) días después de enviarlo, o antes si el centro lo borra.") }
                    li { "Al centro se le avisa por correo electrónico que hay un mensaje; el correo no dice nada sobre usted ni sobre lo que escribió." }
                    li { "Haven cuenta cuántos mensajes recibe cada centro por día, sin nada sobre quién los envió." }
                }
            }
            section(.ariaLabelledBy("reports")) {
                h2(.id("reports")) { "Cuando informa un problema con un centro" }
                p { "Su informe, y su correo electrónico si lo da, los ven quienes administran ese centro y los moderadores de Haven, y se guardan hasta que el informe se resuelve y, después, en el registro de cambios del centro." }
            }
            section(.ariaLabelledBy("accounts")) {
                h2(.id("accounts")) { "Si tiene una cuenta (proveedores, editores, moderadores)" }
                ul {
                    li { "Su nombre, su correo electrónico y un hash de una sola vía de su contraseña; para los revisores médicos, las credenciales que registra un administrador." }
                    li { text("Una cookie, para mantener su sesión: contiene un código al azar, dura \(m.sessionHours) horas como máximo (una hora sin uso la termina antes) y se borra cuando cierra la sesión.") }
                    li { "Un registro de los cambios que hace en centros y guías, y de las decisiones de los moderadores." }
                    li { "El correo que Haven le envía (cambios de contraseña, decisiones) se guarda en su bandeja de salida; los enlaces de un solo uso se quitan una vez entregado el correo." }
                }
            }
            p { "Preguntas: consulte a quien administra este Haven. Haven es de código abierto, así que cualquiera puede comprobar que hace lo que dice esta página." }
    }
}
