import Foundation
import HundredfoldCore
import StaticScan

/// File summaries kept between scans under `.hundredfold/cache/index-<tool>/`, one file each,
/// keyed by the file's path and content: an entry is found only for the very same text, so it is
/// never stale; the folder is named after the running executable, so a new build starts afresh.
/// Entries are written atomically (a temporary file renamed), so concurrent scans can share it.
public struct IndexCache: Sendable {
    public let folder: URL

    /// The cache of the repository at `root`.
    public init(root: URL) {
        folder = Self.parent(of: root).appendingPathComponent("index-\(Self.toolIdentity)", isDirectory: true)
    }

    /// Removes every cached index of the repository at `root`.
    public static func clear(root: URL) throws {
        let parent = parent(of: root)
        guard FileManager.default.fileExists(atPath: parent.path) else { return }
        for name in try FileManager.default.contentsOfDirectory(atPath: parent.path)
        where name.hasPrefix("index-") {
            try FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    func symbols(for file: SourceFile) -> FileSymbols? {
        guard let data = FileManager.default.contents(atPath: entry(for: file).path),
            let symbols = try? JSONDecoder().decode(FileSymbols.self, from: data), symbols.path == file.path
        else { return nil }
        return symbols
    }

    func store(_ symbols: FileSymbols, for file: SourceFile) {
        guard let data = try? JSONEncoder().encode(symbols) else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A cache that cannot be written only costs the next scan time.
        try? AtomicFile.write(data, to: entry(for: file))
    }

    private func entry(for file: SourceFile) -> URL {
        let key =
            "\(String(FNV1a.hash(file.path), radix: 16))-\(String(FNV1a.hash(file.text), radix: 16))-\(file.text.utf8.count)"
        return folder.appendingPathComponent(key + ".json")
    }

    private static func parent(of root: URL) -> URL {
        root.appendingPathComponent(".hundredfold/cache", isDirectory: true)
    }

    /// The running executable's size and modification time, hashed: a rebuilt tool (whose
    /// indexing may differ) never reads an older tool's entries.
    static let toolIdentity: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "hundredfold"
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return String(FNV1a.hash("\(path)|\(size)|\(modified)"), radix: 16)
    }()
}
