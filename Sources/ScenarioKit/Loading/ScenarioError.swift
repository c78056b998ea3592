import HundredfoldCore
import YAMLSupport

/// Bad input found while loading scenarios: every case is reported as
/// `file:line:column: error: key.path: message` with exit code 2, before anything runs.
public enum ScenarioError: DiagnosticError {
    /// A problem inside a YAML file (syntax, types, unknown keys, invalid values).
    case yaml(YAMLError)
    /// A path named on the command line does not exist.
    case pathNotFound(path: String)
    /// A folder named on the command line holds no `*.yml` / `*.yaml` file.
    case noScenarioFiles(path: String)
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// A file the scenario names (schema, migrations folder, `sql_file`) is missing or unreadable.
    case referencedFileMissing(location: SourceLocation, keyPath: String, path: String, reason: String)
    /// A file the scenario names lies outside the repository and outside every folder that
    /// `hundredfold.yml` allows.
    case referencedFileOutside(location: SourceLocation, keyPath: String, path: String)
    /// Two scenarios share a name.
    case duplicateName(location: SourceLocation, name: String, first: SourceLocation)

    public var diagnostic: Diagnostic {
        switch self {
        case .yaml(let error):
            return error.diagnostic
        case .pathNotFound(let path):
            return Diagnostic(message: "no such file or folder: '\(path)'")
        case .noScenarioFiles(let path):
            return Diagnostic(
                message: "no scenario files (*.yml, *.yaml) in '\(path)'",
                hint: "name a scenario file, or a folder that contains one")
        case .unreadable(let path, let reason):
            return Diagnostic(message: "cannot read '\(path)': \(reason)")
        case .referencedFileMissing(let location, let keyPath, let path, let reason):
            return Diagnostic(
                location: location, keyPath: keyPath, message: "cannot read '\(path)': \(reason)",
                hint: "paths are relative to the scenario file")
        case .referencedFileOutside(let location, let keyPath, let path):
            return Diagnostic(
                location: location, keyPath: keyPath,
                message: "'\(path)' is outside the repository; a scenario reads only files inside it",
                hint: "move the file into the repository, or allow its folder in hundredfold.yml: "
                    + "scenarios: { allow_paths: [\"<folder>\"] }")
        case .duplicateName(let location, let name, let first):
            return Diagnostic(
                location: location, keyPath: "name",
                message: "duplicate scenario name '\(name)' (first used at \(first))",
                hint: "scenario names must be unique in a run")
        }
    }
}
