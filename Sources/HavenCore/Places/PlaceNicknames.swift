/// What people call places that no ZIP table lists: nicknames and abbreviations, each mapped to text the resolver
/// knows. Kept small and common; the ZIP table's own accepted names ("Hollywood", "Flushing") cover the rest.
enum PlaceNicknames {
    /// Normalized nickname -> (the place it means, other places it could mean).
    static let table: [String: (target: String, also: [PlaceChoice])] = {
        var t: [String: (String, [PlaceChoice])] = [:]
        func add(_ names: [String], _ target: String, also: [PlaceChoice] = []) {
            for n in names { t[PlaceResolver.normalize(n)] = (target, also) }
        }
        add(["NYC", "New York City", "NY City", "Manhattan", "the city of New York", "Big Apple"], "New York, NY")
        add(["the Bronx", "Bronx"], "Bronx, NY")
        add(["Queens"], "Queens County, NY")
        add(["LA", "L.A.", "Los Angeles city"], "Los Angeles, CA", also: [PlaceChoice(label: "Louisiana (the whole state)", query: "Louisiana state")])
        add(["Philly"], "Philadelphia, PA")
        add(["SF", "San Fran", "Frisco"], "San Francisco, CA")
        add(["DC", "D.C.", "Washington DC", "Washington D.C."], "Washington, DC")
        add(["NOLA"], "New Orleans, LA")
        add(["Vegas"], "Las Vegas, NV")
        add(["ATL", "Hotlanta"], "Atlanta, GA")
        add(["Chi-town", "Chitown", "Chi town"], "Chicago, IL")
        add(["OKC"], "Oklahoma City, OK")
        add(["SLC"], "Salt Lake City, UT")
        add(["KC"], "Kansas City, MO", also: [PlaceChoice(label: "Kansas City, KS", query: "Kansas City, KS")])
        add(["St Pete"], "Saint Petersburg, FL")
        add(["Jax"], "Jacksonville, FL")
        add(["Indy"], "Indianapolis, IN")
        add(["Pgh", "Pitt", "the Burgh"], "Pittsburgh, PA")
        add(["Bmore", "B-more", "Charm City"], "Baltimore, MD")
        add(["ABQ", "Burque"], "Albuquerque, NM")
        add(["Twin Cities"], "Minneapolis, MN", also: [PlaceChoice(label: "Saint Paul, MN", query: "Saint Paul, MN")])
        add(["DFW"], "Dallas, TX", also: [PlaceChoice(label: "Fort Worth, TX", query: "Fort Worth, TX")])
        add(["H-Town", "Htown"], "Houston, TX")
        add(["Motor City", "the D"], "Detroit, MI")
        add(["Beantown"], "Boston, MA")
        add(["Nashvegas"], "Nashville, TN")
        add(["SA", "San Antone"], "San Antonio, TX")
        add(["Sac", "Sactown"], "Sacramento, CA")
        add(["PDX"], "Portland, OR", also: [PlaceChoice(label: "Portland, ME", query: "Portland, ME")])
        add(["Nashville-Davidson"], "Nashville, TN")
        return t
    }()
}
