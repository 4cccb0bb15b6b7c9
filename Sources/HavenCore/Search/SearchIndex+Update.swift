import Foundation

extension SearchIndex {
    /// The index with one facility's listing replaced, without rebuilding the rest: its term bits, name, point and
    /// the per-listing arrays change in place (copies of this index's arrays; this index is unchanged, so searches
    /// running on it finish as they began). nil when the listing is not in the index or changes whether it is
    /// listed: the caller rebuilds.
    public func replacing(_ listing: FacilityListing) -> SearchIndex? {
        guard let i = byID[listing.id], listing.isListed, listing.suspensionReason == nil else { return nil }
        let old = listings[i]
        var listings = self.listings
        listings[i] = listing
        var bits = self.bits
        for w in 0..<words { bits[i * words + w] = 0 }
        Self.setBits(&bits, i * words, listing, taxonomy)
        var folded = foldedNames
        var rank = nameRank
        if (old.name, old.name2) != (listing.name, listing.name2) {
            let name = TextMatch.fold(listing.name + " " + listing.name2)
            folded[i] = Array((" " + name + " ").utf8)
            rank = Self.reranked(rank, moving: i, to: name, listings: listings, folded: folded)
        }
        let grid = old.coordinate == listing.coordinate ? self.grid : GeoGrid(points: listings.map(\.coordinate))
        var per = PerListing(updated: updated, remoteOnly: remoteOnly, states: states, zips: zips, completeness: completeness,
                             hoursZone: hoursZone, timeZones: timeZones)
        per.set(i, listing, bits: bits[(i * words)..<(i * words + words)], masks: CompletenessMasks(taxonomy, words: words))
        return SearchIndex(taxonomy: taxonomy, listings: listings, words: words, bits: bits, nameRank: rank, foldedNames: folded,
                           grid: grid, filterTermMask: filterTermMask, timeZones: timeZones,
                           byID: byID, perListing: per, townCentres: townCentres)
    }

    /// Name ranks with listing `i` moved to where its new folded name sorts: the listings between its old and new
    /// place shift by one. O(n), no sort.
    static func reranked(_ rank: [Int32], moving i: Int, to name: String, listings: [FacilityListing], folded: [[UInt8]]) -> [Int32] {
        // The same order as the full build's sort: folded name, then id (upper- and lower-case hex sort alike).
        let key = (name, listings[i].idString)
        func before(_ j: Int) -> Bool {
            let other = String(decoding: folded[j].dropFirst().dropLast(), as: UTF8.self)
            return (other, listings[j].idString) < key
        }
        var newRank: Int32 = 0
        for j in listings.indices where j != i && before(j) { newRank += 1 }
        let oldRank = rank[i]
        var out = rank
        for j in out.indices where j != i {
            if oldRank < newRank, out[j] > oldRank, out[j] <= newRank { out[j] -= 1 }
            if newRank < oldRank, out[j] >= newRank, out[j] < oldRank { out[j] += 1 }
        }
        out[i] = newRank
        return out
    }
}
