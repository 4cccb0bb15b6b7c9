import Foundation

/// Refuses an import that would drop more than a share of a source's listings at once (by default 10%): a cut-off or
/// wrong file must not empty the directory. An operator whose new edition really drops that many says so with
/// `--allow-shrink`.
struct ShrinkGuard: Sendable {
    /// The largest share of a source's current listings one import may mark no longer listed.
    var maxShare = 0.10
    var allowed = false

    static let standard = ShrinkGuard()

    /// - Parameters: `source`: the file or package; `dropping`: how many of its listings the import would drop;
    ///   `listed`: how many it lists now.
    func check(_ source: String, dropping: Int, of listed: Int) throws {
        guard !allowed, listed > 0, Double(dropping) > Double(listed) * maxShare else { return }
        throw Refused(source: source, dropping: dropping, listed: listed, maxShare: maxShare)
    }

    struct Refused: Error, CustomStringConvertible {
        let source: String, dropping: Int, listed: Int, maxShare: Double

        var description: String {
            "\(source) would mark \(dropping) of the \(listed) places it lists now (\(Int((Double(dropping) * 100 / Double(listed)).rounded()))%) "
                + "as no longer listed, more than the \(Int(maxShare * 100))% one import may drop: refused, nothing written. "
                + "Check that the file is complete; if the new edition really drops them, import it again with --allow-shrink."
        }
    }
}
