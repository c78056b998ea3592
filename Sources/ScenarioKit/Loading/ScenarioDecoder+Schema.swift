import Foundation
import HundredfoldCore
import YAMLSupport

/// `schema:` (inline SQL, a `.sql` file, or a folder of migrations) and `sql_file:`.
extension ScenarioDecoder {
    // MARK: - Schema

    /// Inline SQL is kept as written. A single line without `;` that ends in `.sql` or `/`, or that
    /// names an existing file or folder next to the YAML file, is a path instead.
    func decodeSchema(_ value: YAMLValue) throws -> [SQLScript] {
        let text = try value.string()
        guard looksLikePath(text) else {
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ScenarioError.yaml(
                    value.invalid("the schema is empty; expected SQL or a path to a .sql file"))
            }
            return [SQLScript(sql: text, location: value.contentLocation, keyPath: value.keyPath)]
        }
        let url = loader.resolve(text, relativeTo: folder)
        try checkReadable(url, named: text, at: value)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ScenarioError.referencedFileMissing(
                location: value.location, keyPath: value.keyPath, path: text, reason: "no such file or folder"
            )
        }
        guard isDirectory.boolValue else { return [try readScript(url, named: text, from: value)] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        let migrations = names.filter { $0.hasSuffix(".sql") }.sorted()
        guard !migrations.isEmpty else {
            throw ScenarioError.referencedFileMissing(
                location: value.location, keyPath: value.keyPath, path: text,
                reason: "the folder holds no *.sql migration")
        }
        return try migrations.map { name in
            try readScript(url.appendingPathComponent(name), named: "\(text)/\(name)", from: value)
        }
    }

    /// `schema: { command: LINE }`: the application's migrations build the schema.
    func decodeSchemaCommand(_ value: YAMLValue) throws -> CommandStep {
        let mapping = try value.mapping(
            allowedKeys: ["command"], expected: "SQL, a path, or { command: the app's migrations }")
        let commandValue = try mapping.required("command")
        let command = try commandValue.string()
        guard !command.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw commandValue.invalid("the schema command is empty")
        }
        return CommandStep(command: command, location: commandValue.location, keyPath: commandValue.keyPath)
    }

    private func looksLikePath(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains("\n"), !trimmed.contains(";") else { return false }
        if trimmed.hasSuffix(".sql") || trimmed.hasSuffix("/") { return true }
        return FileManager.default.fileExists(atPath: loader.resolve(trimmed, relativeTo: folder).path)
    }

    // MARK: - SQL files

    /// Refuses a path outside the scenario's ``ReadableArea``, before anything is read from it.
    func checkReadable(_ url: URL, named path: String, at value: YAMLValue) throws {
        guard readableArea.permits(url) else {
            throw ScenarioError.referencedFileOutside(
                location: value.location, keyPath: value.keyPath, path: path)
        }
    }

    /// Reads a SQL file named at `value`; the script's location is line 1 of the file itself.
    func readScript(_ url: URL, named name: String, from value: YAMLValue) throws -> SQLScript {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ScenarioError.referencedFileMissing(
                location: value.location, keyPath: value.keyPath, path: name,
                reason: ScenarioLoader.reason(error))
        }
        guard let sql = String(data: data, encoding: .utf8) else {
            throw ScenarioError.referencedFileMissing(
                location: value.location, keyPath: value.keyPath, path: name,
                reason: "the file is not valid UTF-8")
        }
        guard !sql.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ScenarioError.referencedFileMissing(
                location: value.location, keyPath: value.keyPath, path: name, reason: "the file is empty")
        }
        let location = SourceLocation(file: loader.displayPath(of: url), line: 1, column: 1)
        return SQLScript(sql: sql, location: location, keyPath: value.keyPath)
    }

    /// `sql_file:` in a step: a path relative to the YAML file.
    func decodeSQLFile(_ value: YAMLValue) throws -> SQLScript {
        let path = try value.string()
        let url = loader.resolve(path, relativeTo: folder)
        try checkReadable(url, named: path, at: value)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ScenarioError.referencedFileMissing(
                location: value.location, keyPath: value.keyPath, path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw ScenarioError.referencedFileMissing(
                location: value.location, keyPath: value.keyPath, path: path,
                reason: "it is a folder; name the .sql file in it")
        }
        return try readScript(url, named: path, from: value)
    }
}
