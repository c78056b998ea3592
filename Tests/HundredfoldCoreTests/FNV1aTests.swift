import HundredfoldCore
import Testing

@Suite struct FNV1aTests {
    /// The published 64-bit FNV-1a test vectors: seeds and SARIF fingerprints depend on them.
    @Test func matchesTheReferenceVectors() {
        #expect(FNV1a.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a.hash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(FNV1a.hash("foobar") == 0x8594_4171_f739_67e8)
    }
}
