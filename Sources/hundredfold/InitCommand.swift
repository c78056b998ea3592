import ArgumentParser
import Foundation
import PreMerge

/// `hundredfold init`: writes a starter `hundredfold.yml`, one example scenario and a GitHub
/// Actions workflow; never overwrites, and says for each file whether it was written or skipped.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a starter hundredfold.yml, an example scenario and a CI workflow (never overwrites)."
    )

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        for (path, outcome) in try StarterFiles.write(into: root) {
            switch outcome {
            case .written: print("wrote   \(path)")
            case .skipped: print("skipped \(path) (exists)")
            }
        }
    }
}
