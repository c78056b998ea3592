import Foundation
import TestSupport
import Testing

/// The libraries an ELF file needs (its dynamic section's NEEDED entries), read by `readelf -d`.
private func neededLibraries(of file: URL) throws -> [String] {
    let readelf = try #require(
        TracedProgram.which("readelf"), "readelf is missing: `apt-get install -y binutils`")
    let result = try ChildProcess.run(readelf, ["-d", file.path])
    try #require(result.exitCode == 0, "\(result.stderr)")
    return result.stdout.split(separator: "\n").filter { $0.contains("(NEEDED)") }.compactMap { line in
        guard let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]") else { return nil }
        return String(line[line.index(after: open)..<close])
    }
}

/// The preload library runs in every traced process: it must bring no Swift or C++ runtime along.
@Suite struct TraceLibraryLinkTests {
    @Test func theTracingLibraryNeedsOnlyTheCLibrary() throws {
        let needed = try neededLibraries(of: TracedProgram.library)
        #expect(needed.contains("libc.so.6"))
        #expect(needed.allSatisfy { $0.hasPrefix("libc.so") || $0.hasPrefix("libdl.so") }, "\(needed)")
    }

    /// The same reading of a Swift executable finds the runtime the library must not need.
    @Test func aSwiftExecutableNeedsTheSwiftRuntime() throws {
        let needed = try neededLibraries(
            of: HundredfoldBinary.productsDirectory.appendingPathComponent("hundredfold"))
        #expect(needed.contains("libswiftCore.so"))
    }
}
