// MARK: - Substring tests on names, without Foundation

extension String {
    /// Whether the string contains `fragment`, as `contains(_:)` answers it.
    ///
    /// Names are almost always ASCII: for those, and an ASCII fragment, this compares UTF-8 bytes
    /// instead of going through Foundation's `range(of:)`, which bridges both strings and was
    /// most of the time of `limited(_:in:)` on files with many fan-outs. Other strings take the
    /// general path, so the answer is the same for every input.
    func containsFragment(_ fragment: String) -> Bool {
        let haystack = utf8
        let needle = fragment.utf8
        guard haystack.allSatisfy({ $0 < 0x80 }), needle.allSatisfy({ $0 < 0x80 }) else {
            return contains(fragment)
        }
        guard let first = needle.first else { return contains(fragment) }
        let count = needle.count
        guard haystack.count >= count else { return false }
        var start = haystack.startIndex
        let last = haystack.index(haystack.endIndex, offsetBy: -count)
        while start <= last {
            if haystack[start] == first, haystack[start...].starts(with: needle) { return true }
            start = haystack.index(after: start)
        }
        return false
    }

    /// Whether the string contains one of `fragments` (see ``containsFragment(_:)``).
    func containsAnyFragment(_ fragments: [String]) -> Bool {
        fragments.contains { containsFragment($0) }
    }
}
