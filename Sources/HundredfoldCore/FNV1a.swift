/// 64-bit FNV-1a over a string's UTF-8 bytes: small, dependency-free, and the same on every
/// machine and Swift version (unlike `Hasher`), for seeds and stable identities that must not drift.
public enum FNV1a {
    /// The hash of `text` (http://www.isthe.com/chongo/tech/comp/fnv/).
    public static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
