import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files to delete even when the process is interrupted: a fixed table of C paths that a
/// SIGINT/SIGTERM/SIGHUP handler unlinks with only async-signal-safe calls (`unlink`, `signal`,
/// `raise`), before re-raising the signal with its default action.
///
/// Registration and removal take a lock; the handler reads the table without one (it only
/// ever sees a path or nil, and a path is freed only after its slot was cleared).
enum TemporaryFiles {
    private static let capacity = 64
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var handlersInstalled = false

    /// Registers `paths` for deletion on a signal; call ``remove(_:)`` to delete and unregister.
    static func register(_ paths: [String]) {
        lock.lock()
        defer { lock.unlock() }
        installHandlers()
        for path in paths {
            guard let slot = (0..<capacity).first(where: { slots[$0] == nil }) else { return }
            slots[slot] = strdup(path)
        }
    }

    /// Deletes `paths` (missing files are fine) and unregisters them.
    static func remove(_ paths: [String]) {
        lock.lock()
        defer { lock.unlock() }
        for path in paths {
            unlink(path)
            for slot in 0..<capacity {
                if let registered = slots[slot], String(cString: registered) == path {
                    slots[slot] = nil
                    free(registered)
                }
            }
        }
    }

    /// Paths currently registered, for tests.
    static var registered: [String] {
        lock.lock()
        defer { lock.unlock() }
        return (0..<capacity).compactMap { slots[$0].map { String(cString: $0) } }
    }

    private static func installHandlers() {
        guard !handlersInstalled else { return }
        handlersInstalled = true
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                RunningGroups.killAll()
                for slot in 0..<TemporaryFiles.capacity {
                    if let path = TemporaryFiles.slots[slot] { unlink(path) }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
