import Foundation

/// Where `libHundredfoldTrace.so` (the preload tracer) is, and building it on first use when
/// Hundredfold runs from a source checkout.
///
/// `swift run hundredfold` builds only the executable, not the package's other products, so on a
/// fresh clone the library is missing until something builds it. When the running executable sits
/// in a SwiftPM build folder of a package that declares the library, the missing library is built
/// there once, with the same configuration, by `swift build --product HundredfoldTrace`.
enum TraceLibrary {
    static let fileName = "libHundredfoldTrace.so"
    static let productName = "HundredfoldTrace"

    /// Why the library cannot be had; the message and hint of a preflight error.
    struct Unavailable: Error {
        let message: String
        let hint: String
    }

    /// `$HUNDREDFOLD_TRACE_LIBRARY`, or the library next to the running executable (where
    /// `swift build` puts both), built first if this is a source checkout and it is missing.
    static func locate() -> Result<URL, Unavailable> {
        lock.lock()
        defer { lock.unlock() }
        if let known { return known }
        let result = find()
        known = result
        return result
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var known: Result<URL, Unavailable>?

    private static func find() -> Result<URL, Unavailable> {
        if let override = ProcessInfo.processInfo.environment["HUNDREDFOLD_TRACE_LIBRARY"], !override.isEmpty
        {
            let url = URL(fileURLWithPath: override)
            return FileManager.default.fileExists(atPath: url.path)
                ? .success(url)
                : .failure(
                    Unavailable(
                        message: "HUNDREDFOLD_TRACE_LIBRARY names \(override), which does not exist",
                        hint:
                            "point it at a built \(fileName), or unset it to use the one next to hundredfold")
                )
        }
        let executableFolder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let library = executableFolder.appendingPathComponent(fileName)
        if FileManager.default.fileExists(atPath: library.path) { return .success(library) }
        guard let build = SourceBuild(executableFolder: executableFolder) else {
            return .failure(
                Unavailable(
                    message: "the tracing library \(fileName) is not next to the hundredfold executable",
                    hint: "install it beside the executable, or set HUNDREDFOLD_TRACE_LIBRARY to its path"))
        }
        if let failure = build.run() { return .failure(failure) }
        return FileManager.default.fileExists(atPath: library.path)
            ? .success(library)
            : .failure(
                Unavailable(
                    message:
                        "`\(build.commandLine)` succeeded but left no \(fileName) in \(executableFolder.path)",
                    hint: "build it with `swift build`, or set HUNDREDFOLD_TRACE_LIBRARY"))
    }

    /// The build of the library in the source checkout the executable was built from.
    private struct SourceBuild {
        let packageRoot: URL
        let scratchPath: URL
        let configuration: String

        /// Recognises `<package>/<scratch>/<triple>/<configuration>/hundredfold`, where the package
        /// declares the library's sources.
        init?(executableFolder: URL) {
            let configuration = executableFolder.lastPathComponent
            guard configuration == "debug" || configuration == "release" else { return nil }
            let scratch = executableFolder.deletingLastPathComponent().deletingLastPathComponent()
            let root = scratch.deletingLastPathComponent()
            let manager = FileManager.default
            guard manager.fileExists(atPath: root.appendingPathComponent("Package.swift").path),
                manager.fileExists(
                    atPath: root.appendingPathComponent("Sources/\(TraceLibrary.productName)").path)
            else { return nil }
            self.packageRoot = root
            self.scratchPath = scratch
            self.configuration = configuration
        }

        var arguments: [String] {
            [
                "swift", "build", "--package-path", packageRoot.path, "--scratch-path", scratchPath.path,
                "-c", configuration, "--product", TraceLibrary.productName,
            ]
        }

        var commandLine: String { arguments.joined(separator: " ") }

        /// Runs the build, telling the user on stderr; nil when it succeeded.
        func run() -> Unavailable? {
            FileHandle.standardError.write(
                Data("building \(TraceLibrary.fileName) on first use: \(commandLine)\n".utf8))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            process.standardInput = FileHandle.nullDevice
            do {
                try process.run()
            } catch {
                return Unavailable(
                    message: "could not start `\(commandLine)`: \(error.localizedDescription)",
                    hint: "build it with `swift build`, or set HUNDREDFOLD_TRACE_LIBRARY")
            }
            let transcript = String(
                decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard process.terminationStatus != 0 else { return nil }
            let tail = transcript.split(separator: "\n").suffix(12).joined(separator: "\n")
            return Unavailable(
                message: "`\(commandLine)` failed (exit \(process.terminationStatus)):\n\(tail)",
                hint: "build it with `swift build`, or set HUNDREDFOLD_TRACE_LIBRARY")
        }
    }
}
