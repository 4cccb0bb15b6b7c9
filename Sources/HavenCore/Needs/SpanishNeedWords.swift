/// What people type in Spanish when they look for help ("desintoxicación", "sin seguro", "adolescente"), mapped to
/// the same terms as the English words. Read on every page in either language: a person may type Spanish on an
/// English page (and accents are optional: the reader folds them). TaxonomyTests check every slug is a term.
extension NeedWords {
    /// The English words and the Spanish ones: what the reader knows.
    public static let every = all + spanish

    static let spanish: [NeedWord] = [
        // Drugs.
        NeedWord(["ketamina", "keta"], ["substance-use"], narrow: ["detox", "individual-therapy", "outpatient"],
                 note: ketamineNote, guide: "ketamine-withdrawal", prefer: ["ketamine-use"]),
        NeedWord(["pastillas", "pastilla", "pastillas recetadas", "medicamentos recetados"], ["substance-use"],
                 narrow: ["opioid-detox", "benzodiazepine-detox", "buprenorphine"], note: pillsNote),
        NeedWord(["alcoholismo", "alcoholico", "alcoholica", "beber", "bebida", "tomar alcohol", "trago"], ["substance-use"],
                 narrow: ["alcohol-detox", "alcohol-medication"]),
        NeedWord(["desintoxicacion de alcohol", "abstinencia de alcohol"], ["alcohol-detox"]),
        NeedWord(["opioides", "opioide", "opiaceos", "heroina", "fentanilo", "analgesicos", "morfina", "oxicodona"],
                 ["substance-use"], narrow: ["opioid-detox", "buprenorphine", "methadone", "naltrexone"]),
        NeedWord(["desintoxicacion de opioides", "abstinencia de opioides"], ["opioid-detox"]),
        NeedWord(["buprenorfina"], ["buprenorphine"]),
        NeedWord(["metadona", "clinica de metadona"], ["methadone"]),
        NeedWord(["naltrexona"], ["naltrexone"]),
        NeedWord(["metanfetamina", "cristal", "anfetaminas", "estimulantes"], ["substance-use"],
                 narrow: ["methamphetamine-detox", "contingency-management", "matrix-model"]),
        NeedWord(["cocaina", "perico"], ["substance-use"], narrow: ["cocaine-detox", "contingency-management"]),
        NeedWord(["benzodiacepinas", "benzodiazepinas"], ["substance-use"], narrow: ["benzodiazepine-detox"]),
        NeedWord(["marihuana", "mota", "drogas", "droga", "adiccion", "adicciones", "adicto", "adicta", "sustancias",
                  "consumo de sustancias", "consumo de drogas", "abuso de sustancias"], ["substance-use"]),
        NeedWord(["apuestas", "juego", "juegos de azar"], ["gambling"]),
        // Kinds of care.
        NeedWord(["desintoxicacion", "desintoxicarse", "abstinencia", "sindrome de abstinencia"], ["detox"]),
        NeedWord(["rehabilitacion", "centro de rehabilitacion", "residencial", "internado", "internamiento", "largo plazo"],
                 ["residential", "hospital-inpatient"]),
        NeedWord(["ambulatorio", "ambulatoria", "consulta externa"], ["outpatient"]),
        NeedWord(["ambulatorio intensivo"], ["intensive-outpatient"]),
        NeedWord(["hospitalizacion parcial", "tratamiento diurno"], ["day-treatment"]),
        NeedWord(["vida sobria", "casa de medio camino", "vivienda de transicion"], ["sober-living"]),
        NeedWord(["tratamiento con medicamentos", "medicamentos para la adiccion"], ["buprenorphine", "methadone", "naltrexone"]),
        NeedWord(["terapia", "terapeuta", "consejeria", "consejero", "psicologo", "psicologa", "terapia individual"], ["individual-therapy"]),
        NeedWord(["terapia de grupo", "terapia grupal"], ["group-therapy"]),
        NeedWord(["terapia familiar"], ["family-therapy"]),
        NeedWord(["terapia de pareja"], ["couples-therapy"]),
        NeedWord(["terapia cognitivo conductual", "tcc"], ["cbt"]),
        NeedWord(["terapia dialectica conductual", "tdc"], ["dbt"]),
        NeedWord(["doce pasos", "12 pasos", "alcoholicos anonimos", "narcoticos anonimos"], ["twelve-step"]),
        NeedWord(["apoyo de pares", "consejero de recuperacion"], ["peer-support", "recovery-coach"]),
        NeedWord(["telesalud", "en linea", "por video", "por telefono", ], ["telehealth"]),
        NeedWord(["diagnostico dual"], ["co-occurring"]),
        NeedWord(["salud mental", "psiquiatrico", "psiquiatra", "depresion", "deprimido", "deprimida", "ansiedad", "panico",
                  "enfermedad mental"], ["mental-health"]),
        NeedWord(["esquizofrenia", "psicosis", "escucho voces"], ["serious-mental-illness", "first-episode-psychosis"]),
        NeedWord(["estres postraumatico", "tept"], ["ptsd"]),
        NeedWord(["trastorno alimentario", "atracones"], ["eating-disorders"]),
        NeedWord(["suicidio", "suicida", "emergencia", "autolesion", "hacerme dano", "quitarme la vida"],
                 ["walk-in-crisis", "onsite-crisis", "mobile-crisis", "suicide-prevention"], note: crisisNote),
        NeedWord(["fumar", "vapear", "nicotina", "tabaco", "cigarrillos"], ["tobacco-cessation"]),
        // Harm reduction.
        NeedWord(["naloxona", "sobredosis"], ["naloxone"], guide: "harm-reduction"),
        NeedWord(["jeringas", "jeringa", "agujas", "aguja", "intercambio de jeringas", "agujas limpias"],
                 ["naloxone", "syringe-services", "fentanyl-test-strips", "hiv-testing", "hepatitis-c-testing"],
                 note: syringeNote, guide: "harm-reduction", prefer: ["syringe-services"]),
        NeedWord(["tiras de prueba", "tiras de fentanilo", "tiras reactivas"], ["naloxone", "fentanyl-test-strips"],
                 note: testStripNote, guide: "harm-reduction", prefer: ["fentanyl-test-strips"]),
        NeedWord(["reduccion de danos"], ["naloxone", "syringe-services", "fentanyl-test-strips"]),
        NeedWord(["prueba de vih", "vih"], ["hiv-testing"]),
        NeedWord(["hepatitis"], ["hepatitis-c-testing", "hepatitis-c-medication"]),
        // Who it is for.
        NeedWord(["adolescente", "adolescentes", "joven", "menor", "menores", "nino", "ninos", "nina", "ninas", "hijo", "hija",
                  "chamaco", "muchacho", "muchacha"], ["children"]),
        NeedWord(["adulto joven", "adultos jovenes", "jovenes adultos", "universitario"], ["young-adults"]),
        NeedWord(["adulto mayor", "adultos mayores", "tercera edad", "ancianos"], ["seniors"]),
        NeedWord(["veterano", "veteranos", "veterana"], ["veterans"]),
        NeedWord(["militar", "militares"], ["active-military"]),
        NeedWord(["embarazada", "embarazo", "posparto"], ["pregnant-postpartum"]),
        NeedWord(["mujer", "mujeres", "solo mujeres"], ["female"]),
        NeedWord(["hombre", "hombres", "solo hombres"], ["male"]),
        NeedWord(["sordo", "sorda", "lenguaje de senas", "lengua de senas"], ["sign-language"]),
        NeedWord(["manejar ebrio", "manejar borracho"], ["dui-dwi"]),
        NeedWord(["orden judicial", "ordenado por la corte", "libertad condicional"], ["criminal-justice"]),
        NeedWord(["violencia domestica"], ["domestic-violence-survivors"]),
        // Languages.
        NeedWord(["hablan espanol", "que hablen espanol", "hispanohablante", "castellano"], ["spanish"]),
        // Paying.
        NeedWord(["gratis", "gratuito", "gratuita", "sin costo", "sin cobro"], ["free"]),
        NeedWord(["sin seguro", "sin seguro medico", "bajo costo", "barato", "economico", "bajos ingresos", "no tengo seguro",
                  "escala movil"], ["sliding-scale", "payment-assistance"]),
        NeedWord(["seguro", "seguro medico", "seguro privado", "aseguranza"], ["private-insurance"]),
        NeedWord(["efectivo", "pago propio", "de mi bolsillo"], ["self-pay"]),
        NeedWord(["pacientes nuevos", "aceptan pacientes nuevos"], ["accepting-new-patients"]),
        NeedWord(["grupo de apoyo", "grupos de apoyo", "reuniones", "juntas"], ["twelve-step", "peer-support"]),
    ]

    /// Words that carry no need on their own ("necesito ayuda para dejar el alcohol cerca de mi").
    static let spanishIgnored: Set<String> = [
        "yo", "mi", "mis", "me", "para", "por", "de", "del", "la", "las", "el", "los", "lo", "un", "una", "unos", "unas", "y",
        "o", "con", "sin", "que", "necesito", "necesita", "quiero", "busco", "buscando", "ayuda", "ayudar", "tratamiento",
        "centro", "centros", "clinica", "clinicas", "programa", "programas", "lugar", "lugares", "servicio", "servicios",
        "cerca", "cercano", "cercana", "aqui", "dejar", "parar", "problema", "problemas", "uso", "consumo", "al", "su", "sus",
        "esposo", "esposa", "hermano", "hermana", "mama", "papa", "amigo", "amiga", "familiar", "como", "donde",
        "hay", "tengo", "tiene", "es", "soy", "esta", "estoy", "recuperacion", "atencion", "urgente", "hoy", "ahora",
        "mejor", "bueno", "buena", "doctor", "doctora", "medico",
    ]

    /// The notes in Spanish, by their English text (the reading keeps the English: the API and tests read it).
    public static let spanishNotes: [String: String] = [
        ketamineNote: "Los directorios públicos no tienen una categoría para la ketamina. Estos programas tratan el consumo de "
            + "sustancias, y entre ellos los de desintoxicación y los ambulatorios pueden ayudar a dejar la ketamina: pregunte al llamar. "
            + "(La terapia de infusión de ketamina para la depresión es otra cosa: busque \u{201C}infusión de ketamina\u{201D}.)",
        carrierNote: "Los directorios públicos no indican las aseguradoras. Estos lugares aceptan seguro médico privado: "
            + "llame para preguntar si aceptan su plan.",
        syringeNote: "Los directorios públicos no indican los programas de agujas y jeringas. Estos lugares ofrecen reducción de "
            + "daños (naloxona, pruebas) y a menudo pueden indicarle uno; aparecen primero los lugares cuyo personal indica un programa de jeringas.",
        testStripNote: "Los directorios públicos no indican las tiras de prueba de fentanilo. Estos lugares ofrecen naloxona u "
            + "otra reducción de daños y puede que tengan tiras: pregunte al llamar.",
        pillsNote: "\u{201C}Pastillas\u{201D} puede significar analgésicos opioides, benzodiacepinas o estimulantes: los lugares "
            + "de abajo tratan el consumo de sustancias. Limite a un tipo de desintoxicación o medicamento si sabe cuál.",
        crisisNote: "Si podría actuar según pensamientos de suicidio o está en peligro ahora, llame o envíe un mensaje de texto "
            + "al 988, o llame al 911.",
    ]

    /// A note in the language of the page being made.
    public static func localized(_ note: String) -> String {
        Language.current == .es ? spanishNotes[note] ?? note : note
    }
}
