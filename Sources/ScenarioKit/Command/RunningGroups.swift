import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process groups of `command:` steps running now, so an interrupt of `hundredfold` (SIGINT,
/// SIGTERM, SIGHUP) stops them too: they run in their own groups, which the terminal's Ctrl-C
/// does not reach.
///
/// The signal handler of ``TemporaryFiles`` calls ``killAll()`` without taking the lock; a slot
/// only ever holds a group id or 0.
enum RunningGroups {
    private static let capacity = 16
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<pid_t> = {
        let slots = UnsafeMutablePointer<pid_t>.allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        return slots
    }()
    private static let lock = NSLock()

    static func register(_ group: pid_t) {
        lock.lock()
        defer { lock.unlock() }
        if let slot = (0..<capacity).first(where: { slots[$0] == 0 }) { slots[slot] = group }
    }

    static func unregister(_ group: pid_t) {
        lock.lock()
        defer { lock.unlock() }
        for slot in 0..<capacity where slots[slot] == group { slots[slot] = 0 }
    }

    /// Kills every registered group; async-signal-safe (only `kill`).
    static func killAll() {
        for slot in 0..<capacity where slots[slot] > 0 { kill(-slots[slot], SIGKILL) }
    }
}
