import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: - Walking a folder

extension ScanJob {
    /// Regular files below `root`, relative, skipping hidden files and folders (`.git`, `.build`)
    /// and symlinks (neither followed nor listed). Reads each folder once with `readdir`, using
    /// the entry's own type (one `lstat` only when the file system does not report it).
    static func walk(_ root: URL) -> [String] {
        let base = root.standardizedFileURL.path
        var paths: [String] = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? base : (base.hasSuffix("/") ? base : base + "/") + relative
            guard let stream = opendir(folder) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                guard !name.hasPrefix(".") else { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                switch kind(of: entry.pointee.d_type, at: folder + "/" + name) {
                case .file: paths.append(path)
                case .folder: pending.append(path)
                case .other: continue
                }
            }
        }
        return paths
    }

    private enum EntryKind { case file, folder, other }

    /// What a directory entry is, without following a symlink.
    private static func kind(of type: UInt8, at path: String) -> EntryKind {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .folder
        case Int32(DT_UNKNOWN):
            var status = stat()
            guard lstat(path, &status) == 0 else { return .other }
            switch status.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .folder
            default: return .other
            }
        default: return .other
        }
    }
}

// MARK: - Reading a file

/// A whole file's bytes read with one `open`, `fstat` and `read` loop.
enum FileBytes {
    case bytes([UInt8])
    case tooLarge
    case unreadable

    /// The bytes of the regular file at `path`, `.tooLarge` beyond `limit` bytes, `.unreadable`
    /// for a missing or unreadable file or a folder.
    static func contents(of path: String, limit: Int) -> FileBytes {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .unreadable }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { return .unreadable }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size) + 1)
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .unreadable
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return .tooLarge }
        }
        return .bytes(bytes)
    }
}
