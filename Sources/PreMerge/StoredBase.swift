import Reporting

/// What the summary says when the base side is a stored report (`ci --base-report`) instead of a
/// run of the merge-base: which file, and every way it does not match the head's run, so a
/// scenario added or dropped since the report was stored is not mistaken for a change.
enum StoredBase {
    static func note(file: String, base: RunReport, head: RunReport) -> String {
        var sentences = [
            " The base is the stored report \(MarkdownText.code(file))"
                + (base.tool_version.map { " (written by Hundredfold \(MarkdownText.name($0)))" } ?? "")
                + ", not a run of the merge-base."
        ]
        let baseNames = base.scenarios.map(\.name)
        let headNames = head.scenarios.map(\.name)
        let added = headNames.filter { !baseNames.contains($0) }
        let removed = baseNames.filter { !headNames.contains($0) }
        if !added.isEmpty {
            sentences.append("Not in it, so counted as added: \(list(added)).")
        }
        if !removed.isEmpty {
            sentences.append("Only in it, so counted as removed: \(list(removed)).")
        }
        let mismatched = head.scenarios.compactMap { scenario -> String? in
            guard let stored = base.scenarios.first(where: { $0.name == scenario.name }) else { return nil }
            var differences: [String] = []
            if stored.scales.map(\.scale) != scenario.scales.map(\.scale) {
                differences.append(
                    "scales \(stored.scales.map { "\($0.scale)x" }.joined(separator: ", ")) in it, "
                        + "\(scenario.scales.map { "\($0.scale)x" }.joined(separator: ", ")) now")
            }
            if stored.seed != scenario.seed {
                differences.append("seed \(stored.seed) in it, \(scenario.seed) now")
            }
            return differences.isEmpty
                ? nil : "\(MarkdownText.code(scenario.name)) (\(differences.joined(separator: "; ")))"
        }
        if !mismatched.isEmpty {
            sentences.append(
                "Run differently, so compared only where both sides measured: \(mismatched.joined(separator: ", "))."
            )
        }
        return sentences.joined(separator: " ")
    }

    private static func list(_ names: [String]) -> String {
        names.map { MarkdownText.code($0) }.joined(separator: ", ")
    }
}
