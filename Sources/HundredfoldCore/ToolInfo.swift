/// Who made an output: the version every report and `--version` carry.
///
/// There is no published home page to link yet, so SARIF carries each rule's help (with its
/// examples) itself and no `helpUri`/`informationUri`: a guessed address would be a dead link.
public enum ToolInfo {
    /// The semantic version of this build.
    public static let version = "0.1.0"
}
