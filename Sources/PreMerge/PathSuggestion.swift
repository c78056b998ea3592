import Foundation

/// The existing path nearest to a misspelled one (`Scenarioz/orders.yml` → `Scenarios/orders.yml`),
/// among the scenario files and folders of a checkout.
enum PathSuggestion {
    /// Folders deep enough for scenario layouts; deeper trees are not walked.
    static let maximumDepth = 4
    /// Paths compared at most, so a huge checkout costs little.
    static let maximumCandidates = 5_000

    /// The candidate nearest to `path` by edit distance, if it is close (at most a third of its
    /// length, and at least 1).
    static func nearest(to path: String, in root: URL) -> String? {
        let candidates = scenarioPaths(in: root)
        let limit = max(1, path.count / 3)
        let scored = candidates.map { ($0, distance(Array(path), Array($0))) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }?.0
    }

    /// Relative paths of the YAML files and folders under `root`, skipping hidden ones.
    private static func scenarioPaths(in root: URL) -> [String] {
        var result: [String] = []
        var queue: [(String, Int)] = [("", 0)]
        while let (folder, depth) = queue.popLast(), result.count < maximumCandidates {
            let url = folder.isEmpty ? root : root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names where !name.hasPrefix(".") {
                let relative = folder.isEmpty ? name : folder + "/" + name
                var isFolder: ObjCBool = false
                FileManager.default.fileExists(
                    atPath: url.appendingPathComponent(name).path, isDirectory: &isFolder)
                if isFolder.boolValue {
                    result.append(relative)
                    if depth + 1 < maximumDepth { queue.append((relative, depth + 1)) }
                } else if name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
                    result.append(relative)
                }
            }
        }
        return result
    }

    /// Levenshtein distance.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, right) in b.enumerated() {
                current[j + 1] = min(
                    previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
