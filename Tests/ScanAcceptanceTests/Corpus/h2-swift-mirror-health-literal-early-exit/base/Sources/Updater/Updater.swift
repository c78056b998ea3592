import Foundation

struct Updater {
    let currentVersion: String

    func isNewer(_ version: String) -> Bool {
        version.compare(currentVersion, options: .numeric) == .orderedDescending
    }
}
