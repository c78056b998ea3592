import Foundation
import HundredfoldCore

/// Static meets dynamic: matches the SQL a static finding carries against the repeated statements
/// the scenarios observed at run time (declared steps and traced real programs alike).
public enum RuntimeConfirmations {
    /// The scenarios of `reports` that ran `sql`'s statement more than once in one request, with
    /// the counts per scale; empty when none did. Scenarios are in report order, scales ascending.
    ///
    /// `sql` is source text as a finding carries it: DB-API `%s` and `%(name)s` placeholders are
    /// read as parameters, like `?`, `:name`, `@name` and `$1`.
    public static func confirmations(forSQL sql: String, in reports: [RunReport]) -> [RuntimeConfirmation] {
        let fingerprint = self.fingerprint(ofSourceSQL: sql)
        guard !fingerprint.isEmpty else { return [] }
        return reports.flatMap(\.scenarios).compactMap { scenario in
            let counts = scenario.scales.sorted { $0.scale < $1.scale }.compactMap { scale in
                scale.repeated_statements.first { $0.fingerprint == fingerprint }
                    .map { ScaleCount(scale: scale.scale, count: $0.count) }
            }
            return counts.isEmpty
                ? nil : RuntimeConfirmation(scenario: scenario.name, fingerprint: fingerprint, counts: counts)
        }
    }

    /// The fingerprint of SQL as written in source code.
    public static func fingerprint(ofSourceSQL sql: String) -> String {
        StatementFingerprint.fingerprint(
            sql.replacingOccurrences(
                of: #"%\([A-Za-z_][A-Za-z0-9_]*\)s|%s"#, with: "?", options: .regularExpression))
    }
}
