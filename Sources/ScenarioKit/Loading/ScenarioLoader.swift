import Foundation
import HundredfoldCore
import YAMLSupport

/// Loads scenario files into validated ``Scenario`` values.
///
/// Paths may be files or folders; folders are searched recursively for `*.yml` and `*.yaml`,
/// in name order, skipping hidden folders and `hundredfold.yml`. Every file a scenario names is
/// resolved relative to that scenario's YAML file, checked to lie in its ``ReadableArea``, and
/// read here, so the runner never touches the file system for input. Locations in errors and in
/// the scenarios are relative to `workingDirectory`.
///
/// Checks that need the schema (SQL errors, tables, columns, `:params`) are the runner's
/// preflight; everything structural is checked here.
public struct ScenarioLoader: Sendable {
    public let workingDirectory: URL
    /// Folders outside the repository whose files scenarios may also read
    /// (`scenarios.allow_paths` in `hundredfold.yml`).
    public let allowedFolders: [URL]

    public init(workingDirectory: URL, allowedFolders: [URL] = []) {
        self.workingDirectory = workingDirectory.standardizedFileURL
        self.allowedFolders = allowedFolders
    }

    // MARK: - Loading

    /// Every scenario in `paths`, in the order the files are named (folders expanded in name
    /// order) and documents appear. Throws ``ScenarioError`` on the first problem.
    public func load(paths: [String]) throws -> [Scenario] {
        var scenarios: [Scenario] = []
        var firstByName: [String: SourceLocation] = [:]
        for file in try scenarioFiles(in: paths) {
            for scenario in try load(file: file) {
                if let first = firstByName[scenario.name] {
                    throw ScenarioError.duplicateName(
                        location: scenario.location, name: scenario.name, first: first)
                }
                firstByName[scenario.name] = scenario.location
                scenarios.append(scenario)
            }
        }
        return scenarios
    }

    /// The scenarios of one file.
    func load(file: URL) throws -> [Scenario] {
        let display = displayPath(of: file)
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw ScenarioError.unreadable(path: display, reason: Self.reason(error))
        }
        do {
            let documents = try YAMLReader.documents(in: data, file: display)
            let folder = file.deletingLastPathComponent()
            let area = ReadableArea(
                scenarioFolder: folder, workingDirectory: workingDirectory, allowed: allowedFolders)
            return try documents.map { document in
                try ScenarioDecoder(document: document, folder: folder, loader: self, readableArea: area)
                    .decode()
            }
        } catch let error as YAMLError {
            throw ScenarioError.yaml(error)
        }
    }

    // MARK: - Files

    /// The files named by `paths`: files as given, folders expanded recursively to their YAML files.
    func scenarioFiles(in paths: [String]) throws -> [URL] {
        var files: [URL] = []
        for path in paths {
            let url = resolve(path, relativeTo: workingDirectory)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw ScenarioError.pathNotFound(path: path)
            }
            guard isDirectory.boolValue else {
                files.append(url)
                continue
            }
            let found = yamlFiles(under: url)
            guard !found.isEmpty else { throw ScenarioError.noScenarioFiles(path: path) }
            files += found
        }
        return files
    }

    private func yamlFiles(under folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var relative: [String] = []
        while let path = enumerator.nextObject() as? String {
            guard path.hasSuffix(".yml") || path.hasSuffix(".yaml") else { continue }
            let components = path.split(separator: "/")
            // Hidden folders (.github, .build) and the project settings file are never scenarios.
            guard !components.contains(where: { $0.hasPrefix(".") }), components.last != "hundredfold.yml"
            else {
                continue
            }
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue
            {
                relative.append(path)
            }
        }
        return relative.sorted().map { folder.appendingPathComponent($0) }
    }

    // MARK: - Paths

    /// `path` as a URL: absolute paths as they are, relative ones against `base`.
    func resolve(_ path: String, relativeTo base: URL) -> URL {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
        return url.standardizedFileURL
    }

    /// `url` relative to the working directory (with `..` when outside it), never absolute.
    func displayPath(of url: URL) -> String {
        let target = url.standardizedFileURL.pathComponents
        let base = workingDirectory.pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        let parts = Array(repeating: "..", count: base.count - common) + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            let posix = POSIXErrorCode(rawValue: Int32(underlying.code)),
            underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(posix.rawValue))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError {
            return "no such file"
        }
        return nsError.localizedDescription
    }
}
