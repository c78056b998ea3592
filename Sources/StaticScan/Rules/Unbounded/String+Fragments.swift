// MARK: - Substring tests on names, without Foundation

extension String {
    /// Whether the string contains one of `fragments`, as `contains(_:)` answers it.
    ///
    /// Names are almost always ASCII: for those, and ASCII fragments, this compares UTF-8 bytes
    /// instead of going through Foundation's `range(of:)`, which bridges both strings and was
    /// most of the time of `limited(_:in:)` on files with many fan-outs. Other strings take the
    /// general path, so the answer is the same for every input.
    func containsAnyFragment(_ fragments: [String]) -> Bool {
        var haystack = self
        return haystack.withUTF8 { hay in
            guard Self.isASCII(hay) else { return fragments.contains { contains($0) } }
            return fragments.contains { fragment in
                var needle = fragment
                return needle.withUTF8 { bytes in
                    guard !bytes.isEmpty, Self.isASCII(bytes) else { return contains(fragment) }
                    return Self.find(bytes, in: hay)
                }
            }
        }
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }

    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool
    {
        guard hay.count >= needle.count else { return false }
        let first = needle[0]
        for start in 0...(hay.count - needle.count) where hay[start] == first {
            var offset = 1
            while offset < needle.count, hay[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }
}
