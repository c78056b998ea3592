import HundredfoldCore

/// What explains a scenario's change at its largest scale: a statement the head repeats more
/// often per request than the base, or a table the head scans in full more often than the base.
public struct ChangeCause: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// The same normalized statement run more than once in one request (the N+1 signature).
        case repeated_statement
        /// A statement whose query plan reads a whole table.
        case full_scan
    }

    public var kind: Kind
    /// The normalized statement.
    public var fingerprint: String
    /// The table scanned in full (full scans only).
    public var table: String?
    /// Times per request on each side: runs of the statement, or scans of the table; 0 when the
    /// base did not repeat (or scan) it.
    public var base: Double
    public var head: Double
    public var scale: Int

    /// The head's causes against the base's at the head's largest scale, each kind from the most
    /// frequent down; causes the base had as often are left out (they do not explain a change).
    static func causes(base: ScenarioReport?, head: ScenarioReport?) -> [ChangeCause] {
        guard let largest = head?.scales.max(by: { $0.scale < $1.scale }) else { return [] }
        let before = base?.scales.first { $0.scale == largest.scale }
        let repeated = largest.repeated_statements.compactMap { statement -> ChangeCause? in
            let was =
                before?.repeated_statements.first { $0.fingerprint == statement.fingerprint }?.count ?? 0
            guard statement.count > was else { return nil }
            return ChangeCause(
                kind: .repeated_statement, fingerprint: statement.fingerprint, table: nil, base: Double(was),
                head: Double(statement.count), scale: largest.scale)
        }
        let scans = largest.full_scans.compactMap { scan -> ChangeCause? in
            let was =
                before?.full_scans.first { $0.fingerprint == scan.fingerprint && $0.table == scan.table }?
                .per_request ?? 0
            guard scan.per_request > was else { return nil }
            return ChangeCause(
                kind: .full_scan, fingerprint: scan.fingerprint, table: scan.table, base: was,
                head: scan.per_request, scale: largest.scale)
        }
        return repeated.sorted { $0.head > $1.head } + scans.sorted { $0.head > $1.head }
    }
}
