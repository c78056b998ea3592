import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Temporary files and folders that carry their owner's process ID, and the sweep that removes
/// those whose owner is gone: a process killed with SIGKILL cleans up nothing, so the next run
/// does it.
///
/// A name is `<prefix>-<pid>-<UUID><suffix>`, in the temporary folder. The sweep removes an entry
/// only when no process with that ID exists (a reused ID keeps the entry; a later sweep gets it),
/// and only when the name has that exact shape: a folder someone else named `<prefix>-2024-notes`,
/// or `<prefix>-<UUID>` whose first group happens to be all digits, is never taken for ours.
public enum Leftovers {
    /// `<prefix>-<this process's pid>-<unique>` plus `suffix`.
    public static func name(_ prefix: String, suffix: String = "") -> String {
        "\(prefix)-\(getpid())-\(UUID().uuidString)\(suffix)"
    }

    /// Removes the entries of `folder` named `<prefix>-<pid>-…` for any of `prefixes` whose process
    /// is gone; returns the names removed. Best effort: an entry that cannot be removed stays.
    @discardableResult
    public static func sweep(
        _ folder: URL = FileManager.default.temporaryDirectory, prefixes: [String]
    ) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var removed: [String] = []
        for name in names {
            guard let owner = owner(of: name, prefixes: prefixes), owner != getpid(), !isAlive(owner) else {
                continue
            }
            if (try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))) != nil {
                removed.append(name)
            }
        }
        return removed
    }

    /// The process ID in `name` when it is `<prefix>-<digits>-<UUID><anything>` for one of
    /// `prefixes`.
    static func owner(of name: String, prefixes: [String]) -> pid_t? {
        for prefix in prefixes where name.hasPrefix(prefix + "-") {
            let digits = name.dropFirst(prefix.count + 1).prefix { $0.isASCII && $0.isNumber }
            let rest = name.dropFirst(prefix.count + 1 + digits.count)
            guard !digits.isEmpty, rest.hasPrefix("-"),
                UUID(uuidString: String(rest.dropFirst().prefix(36))) != nil,
                let pid = pid_t(digits), pid > 0
            else { continue }
            return pid
        }
        return nil
    }

    /// True unless the system says no process has this ID (`kill(pid, 0)` failing with ESRCH).
    static func isAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
