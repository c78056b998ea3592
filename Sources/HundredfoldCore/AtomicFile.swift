import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader sees either the old contents or the new, never a partial file.
///
/// Every file written for the user (reports, baselines, outputs) goes through ``write(_:to:)``: the
/// data goes to a temporary file in the same folder, is flushed to disk with `fsync`, and is then
/// renamed over the destination (rename is atomic within one file system). On any failure, and on
/// SIGINT/SIGTERM/SIGHUP during the write, the temporary file is removed and the destination is
/// left as it was.
public enum AtomicFile {
    /// Why a write failed; not a bad-input error unless the folder itself is wrong.
    public struct WriteError: DiagnosticError {
        public var path: String
        public var reason: String

        public var diagnostic: Diagnostic {
            Diagnostic(message: "cannot write '\(path)': \(reason)")
        }
    }

    // MARK: - Writing

    /// Atomically replaces the file at `url` with `data` (creating it when absent).
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let (temporary, descriptor) = try createTemporary(for: url)
        // Ctrl-C or SIGTERM mid-write removes the temporary; after the rename it is gone anyway.
        SignalCleanup.deleteOnInterrupt([temporary.path])
        defer { SignalCleanup.delete([temporary.path]) }
        do {
            try writeAll(data, to: descriptor, path: url.relativePath)
            guard fsync(descriptor) == 0 else {
                throw WriteError(path: url.relativePath, reason: lastErrorText())
            }
            guard close(descriptor) == 0 else {
                throw WriteError(path: url.relativePath, reason: lastErrorText())
            }
        } catch {
            close(descriptor)
            throw error
        }
        guard rename(temporary.path, url.path) == 0 else {
            throw WriteError(path: url.relativePath, reason: lastErrorText())
        }
        syncFolder(folder)
    }

    /// Throws the ``WriteError`` that ``write(_:to:)`` would meet creating its temporary file for
    /// `url`, so a command can refuse an unwritable destination before doing its work.
    public static func checkWritable(_ url: URL) throws {
        let (temporary, descriptor) = try createTemporary(for: url)
        close(descriptor)
        unlink(temporary.path)
    }

    // MARK: - Helpers

    /// A new, empty temporary file beside `url`, opened for writing.
    private static func createTemporary(for url: URL) throws -> (URL, Int32) {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw WriteError(path: url.relativePath, reason: lastErrorText())
        }
        return (temporary, descriptor)
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(path: path, reason: lastErrorText())
                }
                offset += written
            }
        }
    }

    /// Flushes the folder entry so the rename itself survives a crash; best effort.
    private static func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func lastErrorText() -> String {
        String(cString: strerror(errno))
    }
}
