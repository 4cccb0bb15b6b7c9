/// Whether a facility is shown in search.
public enum FacilityStatus: String, Sendable, Codable, CaseIterable {
    /// A current source lists it.
    case listed
    /// Every source that listed it has dropped it from its latest edition: kept, marked, left out of search.
    case missing
    /// An HSDS package lists it as not active.
    case inactive
}
