/// A cheap, exact pre-test for membership in a small set of names: a bit per (first byte,
/// length) pair of the ASCII names inserted. `mightContain` is false only when the set cannot
/// contain the name, so a `Set<String>` probe (hashing the whole name) runs only for likely hits.
struct NameFilter: Sendable {
    /// 256 first bytes × lengths 0…63 (longer names share bit 63).
    private var bits = [UInt64](repeating: 0, count: 256)
    /// A non-ASCII name was inserted: Unicode equivalence may match other bytes, test everything.
    private var acceptsAll = false

    init() {}

    init<Names: Sequence<String>>(_ names: Names) {
        for name in names { insert(name) }
    }

    mutating func insert(_ name: String) {
        guard let key = Self.key(name) else {
            acceptsAll = true
            return
        }
        bits[key.byte] |= key.mask
    }

    /// False only when no inserted name equals `name`.
    func mightContain(_ name: String) -> Bool {
        if acceptsAll { return true }
        guard let key = Self.key(name) else { return true }
        return bits[key.byte] & key.mask != 0
    }

    /// The first byte and length bit of an ASCII name; nil when a byte is not ASCII.
    private static func key(_ name: String) -> (byte: Int, mask: UInt64)? {
        let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> (byte: Int, mask: UInt64)? in
            guard let first = bytes.first else { return (0, 1) }
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return (Int(first), UInt64(1) << UInt64(min(bytes.count, 63)))
        }
        return ascii ?? nil
    }
}
