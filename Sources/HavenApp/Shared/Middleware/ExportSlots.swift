import NIOConcurrencyHelpers
import Vapor

/// Caps on exports streaming at once, per client and overall. An export holds a search snapshot and a chunk in
/// flight for as long as its client takes to read it; without a cap, a thousand clients that ask and never read
/// hold a thousand of them. A slot is given back when its response is done with (sent, failed or dropped).
final class ExportSlots: Sendable {
    let perClient: Int
    let total: Int
    private let inUse = NIOLockedValueBox<(total: Int, byClient: [String: Int])>((0, [:]))

    init(perClient: Int, total: Int) {
        self.perClient = perClient
        self.total = total
    }

    enum Refusal: Error { case client, server }

    /// A slot for `client`, held until the returned value is released (its last reference goes).
    func take(_ client: String) throws(Refusal) -> Slot {
        let refusal: Refusal? = inUse.withLockedValue { state in
            let mine = state.byClient[client, default: 0]
            guard mine < perClient else { return .client }
            guard state.total < total else { return .server }
            state.total += 1
            state.byClient[client] = mine + 1
            return nil
        }
        if let refusal { throw refusal }
        return Slot(slots: self, client: client)
    }

    var exportsInProgress: Int { inUse.withLockedValue { $0.total } }

    fileprivate func give(back client: String) {
        inUse.withLockedValue { state in
            state.total -= 1
            let left = state.byClient[client, default: 1] - 1
            state.byClient[client] = left > 0 ? left : nil
        }
    }

    final class Slot: Sendable {
        private let slots: ExportSlots
        private let client: String
        fileprivate init(slots: ExportSlots, client: String) { self.slots = slots; self.client = client }
        deinit { slots.give(back: client) }
    }
}

extension Request {
    /// The client this request counts against: its peer, or the forwarded address when the peer is a trusted proxy.
    var clientAddress: String {
        application.trustedProxies.client(peer: remoteAddress?.ipAddress, forwardedFor: headers["X-Forwarded-For"])
    }
}
