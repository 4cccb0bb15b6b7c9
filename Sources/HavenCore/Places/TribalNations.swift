/// Tribal nations and reservations as people name them, each with the town searched around (the seat of its
/// government or its largest town, all in the ZIP table) and other towns in it. Haven has no reservation boundaries,
/// and the page says so.
enum TribalNations {
    struct Nation: Sendable {
        let town: String
        let why: String
        let also: [String]
    }

    /// Normalized name -> nation.
    static let table: [String: Nation] = {
        var t: [String: Nation] = [:]
        func add(_ names: [String], _ town: String, _ why: String, also: [String] = []) {
            for n in names { t[PlaceResolver.normalize(n)] = Nation(town: town, why: why, also: also) }
        }
        add(["Navajo Nation", "Navajo reservation", "the Navajo Nation", "Dine", "Diné"], "Window Rock, AZ",
            "the Navajo Nation's capital", also: ["Gallup, NM", "Shiprock, NM", "Chinle, AZ", "Tuba City, AZ", "Kayenta, AZ"])
        add(["Cherokee Nation", "Cherokee Nation of Oklahoma"], "Tahlequah, OK", "the Cherokee Nation's capital",
            also: ["Claremore, OK", "Muskogee, OK", "Cherokee, NC"])
        add(["Eastern Band of Cherokee", "Eastern Band of Cherokee Indians", "Qualla Boundary"], "Cherokee, NC", "in the Qualla Boundary")
        add(["Muscogee Nation", "Muscogee Creek Nation", "Creek Nation"], "Okmulgee, OK", "the Muscogee Nation's capital", also: ["Tulsa, OK"])
        add(["Choctaw Nation", "Choctaw Nation of Oklahoma"], "Durant, OK", "the Choctaw Nation's capital", also: ["McAlester, OK"])
        add(["Chickasaw Nation"], "Ada, OK", "the Chickasaw Nation's headquarters", also: ["Tishomingo, OK"])
        add(["Osage Nation", "Osage reservation"], "Pawhuska, OK", "the Osage Nation's capital")
        add(["Seminole Nation"], "Wewoka, OK", "the Seminole Nation's capital")
        add(["Pine Ridge reservation", "Oglala Sioux", "Oglala Lakota"], "Pine Ridge, SD", "on the Pine Ridge Reservation",
            also: ["Rapid City, SD", "Kyle, SD"])
        add(["Rosebud reservation", "Rosebud Sioux", "Sicangu Lakota"], "Rosebud, SD", "on the Rosebud Reservation", also: ["Mission, SD"])
        add(["Standing Rock", "Standing Rock reservation", "Standing Rock Sioux"], "Fort Yates, ND", "on the Standing Rock Reservation",
            also: ["McLaughlin, SD", "Bismarck, ND"])
        add(["Cheyenne River", "Cheyenne River reservation"], "Eagle Butte, SD", "on the Cheyenne River Reservation")
        add(["Turtle Mountain", "Turtle Mountain reservation"], "Belcourt, ND", "on the Turtle Mountain Reservation")
        add(["Fort Berthold", "Three Affiliated Tribes", "MHA Nation"], "New Town, ND", "on the Fort Berthold Reservation")
        add(["Blackfeet Nation", "Blackfeet reservation", "Blackfeet"], "Browning, MT", "on the Blackfeet Reservation")
        add(["Crow Nation", "Crow reservation", "Apsaalooke"], "Crow Agency, MT", "on the Crow Reservation", also: ["Hardin, MT", "Billings, MT"])
        add(["Northern Cheyenne", "Northern Cheyenne reservation"], "Lame Deer, MT", "on the Northern Cheyenne Reservation")
        add(["Fort Peck", "Fort Peck reservation"], "Poplar, MT", "on the Fort Peck Reservation", also: ["Wolf Point, MT"])
        add(["Flathead reservation", "Confederated Salish and Kootenai"], "Pablo, MT", "on the Flathead Reservation", also: ["Polson, MT"])
        add(["Wind River", "Wind River reservation"], "Fort Washakie, WY", "on the Wind River Reservation", also: ["Riverton, WY", "Lander, WY"])
        add(["Tohono O'odham Nation", "Tohono Oodham Nation", "Tohono O'odham"], "Sells, AZ", "the Tohono O'odham Nation's capital", also: ["Tucson, AZ"])
        add(["Gila River", "Gila River Indian Community"], "Sacaton, AZ", "the Gila River Indian Community's seat", also: ["Chandler, AZ"])
        add(["Hopi", "Hopi reservation", "Hopi Tribe"], "Second Mesa, AZ", "on the Hopi Reservation", also: ["Tuba City, AZ"])
        add(["White Mountain Apache", "Fort Apache reservation"], "Whiteriver, AZ", "on the Fort Apache Reservation", also: ["Show Low, AZ"])
        add(["San Carlos Apache", "San Carlos reservation"], "San Carlos, AZ", "on the San Carlos Reservation", also: ["Globe, AZ"])
        add(["Zuni", "Zuni Pueblo"], "Zuni, NM", "at Zuni Pueblo", also: ["Gallup, NM"])
        add(["Yakama Nation", "Yakama reservation"], "Toppenish, WA", "on the Yakama Reservation", also: ["Yakima, WA"])
        add(["Red Lake", "Red Lake Nation", "Red Lake reservation"], "Red Lake, MN", "on the Red Lake Reservation", also: ["Bemidji, MN"])
        add(["White Earth", "White Earth Nation"], "White Earth, MN", "on the White Earth Reservation", also: ["Mahnomen, MN"])
        add(["Menominee", "Menominee Nation", "Menominee reservation"], "Keshena, WI", "on the Menominee Reservation", also: ["Shawano, WI"])
        add(["Lumbee", "Lumbee Tribe"], "Pembroke, NC", "the Lumbee Tribe's home", also: ["Lumberton, NC"])
        add(["Uintah and Ouray", "Ute reservation", "Ute Indian Tribe"], "Fort Duchesne, UT", "on the Uintah and Ouray Reservation")
        return t
    }()
}
