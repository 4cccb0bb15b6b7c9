import Foundation

/// Where a place is and how to call it: its address, coordinates and phones, from the package's rows.
extension HSDSMapper {
    typealias Note = (_ table: String, _ row: Record, _ reason: String) -> Void

    struct Address { var street1 = "", street2 = "", city = "", state = "", zip = "" }

    /// The physical address first, else the postal one. State names become codes and ZIP+4 the ZIP; anything else
    /// is kept as given, with a note.
    static func address(_ rows: [Record], note: Note) -> Address {
        guard let a = rows.first(where: { $0["address_type"] == "physical" }) ?? rows.first(where: { $0["address_type"] == "postal" }) ?? rows.first
        else { return Address() }
        let state = USState.abbreviation(a["state_province"]), zip = AddressKey.zip5(a["postal_code"])
        if state == nil && !a["state_province"].isEmpty {
            note("address", a, "state_province \"\(a["state_province"])\" is not a US state or territory; kept as given")
        }
        if zip == nil && !a["postal_code"].isEmpty {
            note("address", a, "postal_code \"\(a["postal_code"])\" is not a US ZIP code; kept as given")
        }
        return Address(street1: PostalAddress.publishedStreet(a["address_1"]), street2: a["address_2"], city: a["city"],
                       state: state ?? a["state_province"], zip: zip ?? a["postal_code"])
    }

    /// The location's coordinates when they are a place on Earth (approximate when Haven's export said they are a
    /// ZIP code's center); else the ZIP code's center; else none.
    func placement(_ loc: Record, zip: String, note: Note) -> (Coordinate?, GeoPrecision) {
        let latText = loc["latitude"], lonText = loc["longitude"]
        if !latText.isEmpty || !lonText.isEmpty {
            if let lat = Double(latText), let lon = Double(lonText), (-90...90).contains(lat), (-180...180).contains(lon) {
                return (Coordinate(latitude: lat, longitude: lon), loc["description"].hasPrefix(Self.zipCentroidNote) ? .zipCentroid : .address)
            }
            note("location", loc, "latitude \"\(latText)\", longitude \"\(lonText)\" are not a place on Earth; ignored")
        }
        if let c = zipCentroids[zip] { return (c, .zipCentroid) }
        return (nil, .none)
    }

    struct Phones { var main = "", intake1 = "", intake2 = "" }

    /// The first phone that is not for intake is the main number; "intake" ones fill the intake lines, Haven's own
    /// "second line" label going back to the second.
    static func phones(_ rows: [Record], note: Note) -> Phones {
        var seen = Set<String>(), main: [String] = [], intake: [String] = [], secondIntake: String?
        for p in rows where seen.insert(p["id"]).inserted {
            let number = p["number"].trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            guard !number.isEmpty else { note("phone", p, "empty number; ignored"); continue }
            let text = p["extension"].isEmpty ? number : number + " x" + p["extension"]
            let description = p["description"]
            if description == HSDSExporter.phoneDescriptions["intake2"] && secondIntake == nil { secondIntake = text }
            else if description.lowercased().contains("intake") { intake.append(text) }
            else { main.append(text) }
        }
        return Phones(main: main.first ?? "", intake1: intake.first ?? "", intake2: secondIntake ?? intake.dropFirst().first ?? "")
    }
}
