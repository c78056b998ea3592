/// Who made an output: the version every report and `--version` carry, and where the rules are
/// documented (SARIF `helpUri`).
public enum ToolInfo {
    /// The semantic version of this build.
    public static let version = "0.1.0"
    /// The README, whose static-scan table has an anchor per rule (`#hf101`).
    public static let readmeURL = "https://github.com/hundredfold/hundredfold/blob/main/README.md"

    /// The README anchor of rule `id`: `…/README.md#hf101`.
    public static func ruleURL(_ id: String) -> String {
        "\(readmeURL)#\(id.lowercased())"
    }
}
