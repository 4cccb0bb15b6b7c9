import Fluent
import Foundation
import HavenCore
import NIOConcurrencyHelpers
import Vapor

/// Holds the current search snapshot (index + place resolver) and rebuilds it when the data revision moves,
/// whether the change came from this instance, another instance or a CLI import.
public final class SearchCatalog: Sendable {
    private struct Snapshot { let service: SearchService; let revision: Int64; var inPlace = false }
    private let current = NIOLockedValueBox<Snapshot>(Snapshot(
        service: SearchService(index: SearchIndex(listings: []), places: PlaceResolver(zipCodes: [])), revision: -1))
    /// The rebuild in progress, if any: callers that arrive during one wait for it instead of starting another.
    private let inFlight = NIOLockedValueBox<Task<Bool, any Error>?>(nil)

    public init() {}

    public var service: SearchService { current.withLockedValue { $0.service } }
    public var revision: Int64 { current.withLockedValue { $0.revision } }
    /// Whether the last change was applied in place (a few facilities' edits) rather than by a rebuild.
    public var lastChangeWasInPlace: Bool { current.withLockedValue { $0.inPlace } }

    /// Rebuilds from the database if its revision differs from ours (or always, with `force`). One rebuild at a time:
    /// a caller that arrives during one waits for it, then checks the revision itself.
    @discardableResult
    public func refresh(_ db: any Database, force: Bool = false, logger: Logger? = nil) async throws -> Bool {
        while true {
            let (task, started) = inFlight.withLockedValue { current -> (Task<Bool, any Error>, Bool) in
                if let running = current { return (running, false) }
                // The task clears itself when done; it cannot do so before this assignment, which holds the lock.
                let task = Task {
                    defer { self.inFlight.withLockedValue { $0 = nil } }
                    return try await self.rebuild(db, force: force, logger: logger)
                }
                current = task
                return (task, true)
            }
            guard started else {
                _ = try? await task.value
                continue
            }
            return try await task.value
        }
    }

    /// Serves `service` from now on (a rebuild's result; tests install large synthetic indexes).
    func install(_ service: SearchService, revision: Int64, inPlace: Bool = false) {
        current.withLockedValue { $0 = Snapshot(service: service, revision: revision, inPlace: inPlace) }
    }

    private func rebuild(_ db: any Database, force: Bool, logger: Logger?) async throws -> Bool {
        let revision = try await DataRevision.current(db)
        guard force || revision != self.revision else { return false }
        let start = Date()
        // Edits to a few facilities (a provider's form): update those in place, not the whole index (0.6 s at
        // national size, 39 s at a million listings).
        if !force, self.revision >= 0, let changed = try await DataRevision.facilitiesChanged(after: self.revision, upTo: revision, db),
           let service = try await updating(Set(changed), db) {
            install(service, revision: revision, inPlace: true)
            logger?.debug("search index updated in place: \(Set(changed).count) facilities, revision \(revision), \(Int(Date().timeIntervalSince(start) * 1000)) ms")
            return true
        }
        let repo = try FacilityRepository(db)
        let listings = try await repo.allListings()
        let zips = try await repo.zipCodes()
        // The place names take about 0.4 s to build at national size and change only with the ZIP table: an import
        // or edit of facilities keeps them.
        let previous = current.withLockedValue { $0.service.places }
        let places = previous.zipCodes == zips ? previous : PlaceResolver(zipCodes: zips)
        let service = SearchService(index: SearchIndex(listings: listings, timeZones: places.timeZones), places: places)
        install(service, revision: revision)
        logger?.info("search index built: \(service.index.count) listed facilities, \(zips.count) ZIP codes, revision \(revision), \(Int(Date().timeIntervalSince(start) * 1000)) ms")
        return true
    }
}

extension SearchCatalog {
    /// The current service with `ids` read again and replaced in its index; nil when one cannot be (not in the
    /// index, or listed or unlisted by the change): the caller rebuilds.
    private func updating(_ ids: Set<UUID>, _ db: any Database) async throws -> SearchService? {
        let current = service
        var index = current.index
        let repo = try FacilityRepository(db)
        for id in ids {
            guard let listing = try await repo.listing(id), let next = index.replacing(listing) else { return nil }
            index = next
        }
        return SearchService(index: index, places: current.places)
    }
}

