import Foundation
import HundredfoldCore
import StaticScan

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The index learned by the last scan, kept in one file under `.hundredfold/cache/` and read back
/// whole by the next: per file, what it declares and does (``FileSymbols``), keyed by its path and
/// content, and for a working-tree file also by its status (``FileStatus``), so an unchanged file
/// is neither read nor learned again.
///
/// An entry is used only for the very same content (or a status that proves it), so it is never
/// stale; the file is named after the running executable and holds its identity, so a new build
/// starts afresh. It is written atomically (a temporary file renamed), so concurrent scans can
/// share it: the last one wins and neither sees a partial file. A damaged or truncated file is
/// ignored with a note and written anew. The cache folder must be a real folder of the
/// repository: one that is a symbolic link is not used, so nothing outside is read or written.
public struct IndexCache: Sendable {
    /// One file as the cache keeps it.
    struct Entry: Sendable, Equatable {
        var path: String
        var contentHash: UInt64
        var contentLength: Int
        /// The working-tree file's status when it was read, kept only once the file had settled
        /// (``FileStatus/isSettled(readAt:)``).
        var status: FileStatus?
        /// Whether it is a template (``TemplateDialect``).
        var isTemplate: Bool
        /// Nil for a file that teaches the index nothing (no language it reads, or it does not lex).
        var symbols: FileSymbols?
    }

    /// The templates rendered once per item (``PerItemTemplates``), as found from the templates
    /// whose paths and contents hash to `templates`.
    struct PerItemEntry: Sendable, Equatable {
        var templates: UInt64
        var paths: [String]
    }

    /// What one scan learned.
    struct Contents: Sendable {
        var entries: [String: Entry] = [:]
        var perItemTemplates: PerItemEntry? = nil
    }

    /// The cache file of the running build.
    public let file: URL
    private let root: URL
    private let tool: String

    /// Bumped when the encoding changes.
    static let formatVersion = 1
    static let magic = Array("hundredfold-index".utf8)

    /// The cache of the repository at `root`.
    public init(root: URL) {
        self.init(root: root, tool: Self.toolIdentity)
    }

    /// The cache `tool` (a build's identity) keeps for the repository at `root`.
    init(root: URL, tool: String) {
        self.root = root
        self.tool = tool
        file = Self.folder(of: root).appendingPathComponent(
            "index-\(String(FNV1a.hash(tool), radix: 16)).bin")
    }

    /// Removes every cached index of the repository at `root`.
    public static func clear(root: URL) throws {
        let folder = folder(of: root)
        guard FileManager.default.fileExists(atPath: folder.path) else { return }
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
        where name.hasPrefix("index-") {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    // MARK: - Reading and writing

    /// What the last scan of this build learned; empty when there is no cache, and, with a note
    /// on stderr, when the cache cannot be used.
    func load() -> Contents {
        let folder = Self.folder(of: root)
        guard FileManager.default.fileExists(atPath: folder.path) else { return Contents() }
        guard Self.isRealFolder(folder.deletingLastPathComponent()), Self.isRealFolder(folder) else {
            Self.note(
                "\(folder.path) is not a folder of the repository (a symbolic link?); the index cache is not used"
            )
            return Contents()
        }
        let descriptor = open(file.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else {
            if errno != ENOENT { Self.note("the index cache \(file.path) cannot be read; it is ignored") }
            return Contents()
        }
        defer { close(descriptor) }
        do {
            return try decode(try Self.readAll(descriptor))
        } catch {
            Self.note("the index cache \(file.path) is damaged or truncated; it is ignored and written anew")
            return Contents()
        }
    }

    /// Keeps `contents` for the next scan. A cache that cannot be written only costs that scan time.
    func store(_ contents: Contents) {
        let folder = Self.folder(of: root)
        guard Self.makeRealFolder(folder.deletingLastPathComponent()), Self.makeRealFolder(folder) else {
            return
        }
        // Untracked files are part of a diff scan: git must not list the cache as one.
        let ignore = folder.appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore.path) {
            try? AtomicFile.write(Data("*\n".utf8), to: ignore)
        }
        try? AtomicFile.write(Data(encode(contents)), to: file)
    }

    func encode(_ contents: Contents) -> [UInt8] {
        var writer = PackedWriter()
        writer.int(Self.formatVersion)
        writer.string(tool)
        writer.int(contents.entries.count)
        for entry in contents.entries.values {
            writer.string(entry.path)
            writer.uint64(entry.contentHash)
            writer.int(entry.contentLength)
            writer.bool(entry.isTemplate)
            if let status = entry.status {
                writer.bool(true)
                writer.uint64(status.device)
                writer.uint64(status.inode)
                writer.int(Int(status.size))
                writer.int(Int(status.modified))
                writer.int(Int(status.changed))
            } else {
                writer.bool(false)
            }
            if let symbols = entry.symbols {
                writer.bool(true)
                symbols.pack(into: &writer)
            } else {
                writer.bool(false)
            }
        }
        if let perItem = contents.perItemTemplates {
            writer.bool(true)
            writer.uint64(perItem.templates)
            writer.strings(perItem.paths)
        } else {
            writer.bool(false)
        }
        return Self.magic + writer.bytes()
    }

    func decode(_ bytes: [UInt8]) throws -> Contents {
        guard bytes.starts(with: Self.magic) else { throw PackedReader.Damaged() }
        var reader = try PackedReader(Array(bytes.dropFirst(Self.magic.count)))
        guard try reader.int() == Self.formatVersion, try reader.string() == tool else {
            throw PackedReader.Damaged()
        }
        var contents = Contents()
        let count = try reader.count()
        contents.entries.reserveCapacity(count)
        for _ in 0..<count {
            let path = try reader.string()
            let hash = try reader.uint64()
            let length = try reader.int()
            let isTemplate = try reader.bool()
            let status =
                try reader.bool()
                ? FileStatus(
                    device: try reader.uint64(), inode: try reader.uint64(), size: Int64(try reader.int()),
                    modified: Int64(try reader.int()), changed: Int64(try reader.int())) : nil
            let symbols = try reader.bool() ? try FileSymbols(unpacking: &reader) : nil
            contents.entries[path] = Entry(
                path: path, contentHash: hash, contentLength: length, status: status, isTemplate: isTemplate,
                symbols: symbols)
        }
        if try reader.bool() {
            contents.perItemTemplates = PerItemEntry(
                templates: try reader.uint64(), paths: try reader.strings())
        }
        guard reader.isAtEnd else { throw PackedReader.Damaged() }
        return contents
    }

    // MARK: - Helpers

    private static func folder(of root: URL) -> URL {
        root.appendingPathComponent(".hundredfold/cache", isDirectory: true)
    }

    /// Whether `folder` is a folder and not a symbolic link to one.
    private static func isRealFolder(_ folder: URL) -> Bool {
        var status = stat()
        return lstat(folder.path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Makes `folder` unless it exists; false when it is anything but a real folder.
    private static func makeRealFolder(_ folder: URL) -> Bool {
        if isRealFolder(folder) { return true }
        return mkdir(folder.path, 0o755) == 0
    }

    private static func readAll(_ descriptor: Int32) throws -> [UInt8] {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw PackedReader.Damaged() }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw PackedReader.Damaged() }
            offset += count
        }
        return bytes
    }

    private static func note(_ text: String) {
        FileHandle.standardError.write(Data("note: \(text)\n".utf8))
    }

    /// The running executable's path, size and modification time: a rebuilt tool (whose
    /// indexing may differ) never reads an older tool's cache.
    static let toolIdentity: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "hundredfold"
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path)|\(size)|\(modified)"
    }()
}
