import Foundation

/// The official SARIF 2.1.0 JSON schema (OASIS, errata 01), kept in the repository so the SARIF
/// tests validate against it from a plain clone.
public enum SARIFSchema {
    /// `Tests/TestSupport/Schemas/sarif-schema-2.1.0.json`.
    public static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Schemas/sarif-schema-2.1.0.json")
}
