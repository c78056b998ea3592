import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The fixed tables the signal handler reads without a lock: C paths to unlink and process groups
/// to kill. Registration takes ``SignalCleanup/lock``; the handler only ever sees a slot holding
/// an entry or empty (a path is freed only after its slot was cleared).
extension SignalCleanup {
    private static let fileCapacity = 64
    private static let groupCapacity = 16
    nonisolated(unsafe) private static let files: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: fileCapacity)
        slots.initialize(repeating: nil, count: fileCapacity)
        return slots
    }()
    nonisolated(unsafe) private static let groups: UnsafeMutablePointer<pid_t> = {
        let slots = UnsafeMutablePointer<pid_t>.allocate(capacity: groupCapacity)
        slots.initialize(repeating: 0, count: groupCapacity)
        return slots
    }()

    // MARK: - Files

    /// Registers `paths` to be deleted if the process is interrupted; ``delete(_:)`` deletes them
    /// now and forgets them.
    public static func deleteOnInterrupt(_ paths: [String]) {
        lock.withLock {
            installHandler()
            for path in paths {
                guard let slot = (0..<fileCapacity).first(where: { files[$0] == nil }) else { return }
                files[slot] = strdup(path)
            }
        }
    }

    /// Deletes `paths` (missing files are fine) and unregisters them.
    public static func delete(_ paths: [String]) {
        lock.withLock {
            for path in paths {
                unlink(path)
                for slot in 0..<fileCapacity {
                    if let registered = files[slot], String(cString: registered) == path {
                        files[slot] = nil
                        free(registered)
                    }
                }
            }
        }
    }

    /// The paths registered now (for tests).
    public static var filesToDelete: [String] {
        lock.withLock { (0..<fileCapacity).compactMap { files[$0].map { String(cString: $0) } } }
    }

    // MARK: - Process groups

    /// Registers a process group to be killed (SIGKILL) if the process is interrupted: a group of
    /// its own is not reached by the terminal's Ctrl-C.
    public static func killOnInterrupt(processGroup: pid_t) {
        lock.withLock {
            installHandler()
            if let slot = (0..<groupCapacity).first(where: { groups[$0] == 0 }) {
                groups[slot] = processGroup
            }
        }
    }

    /// Forgets a group registered with ``killOnInterrupt(processGroup:)``.
    public static func forget(processGroup: pid_t) {
        lock.withLock {
            for slot in 0..<groupCapacity where groups[slot] == processGroup { groups[slot] = 0 }
        }
    }

    // MARK: - In the handler

    /// Touches the tables so their lazy initialization never happens inside the handler.
    static func prepareTables() {
        _ = files
        _ = groups
    }

    /// Async-signal-safe (only `kill`).
    static func killRegisteredGroups() {
        for slot in 0..<groupCapacity where groups[slot] > 0 { kill(-groups[slot], SIGKILL) }
    }

    /// Async-signal-safe (only `unlink`).
    static func unlinkRegisteredFiles() {
        for slot in 0..<fileCapacity {
            if let path = files[slot] { unlink(path) }
        }
    }
}
