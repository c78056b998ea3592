import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's one handler for SIGINT, SIGTERM and SIGHUP, and what it cleans up: every module
/// registers here instead of installing a handler of its own (two handlers for one signal would
/// silently replace each other).
///
/// Two kinds of cleanup:
/// - **In the handler**, with async-signal-safe calls only: files to delete
///   (``deleteOnInterrupt(_:)``) and process groups to kill (``killOnInterrupt(processGroup:)``).
/// - **After the handler**, on a cleanup thread: ``onInterrupt(_:)`` actions, for work that is not
///   signal-safe (running `git`, waiting for a child). They run last-registered first, like
///   `defer`, then the process exits with 128 + the signal number, as a shell reports it. An action
///   registered while they run (another thread went on starting things) runs too; a registration
///   after the last one ran never returns, so nothing it guards is created as the process ends.
///
/// When no ``onInterrupt(_:)`` action is registered the handler restores the default action and
/// re-raises the signal, so the process dies of it. The handler is installed by the first
/// registration of any kind.
public enum SignalCleanup {
    /// An ``onInterrupt(_:)`` action, to pass to ``remove(_:)`` when it is no longer needed.
    public struct Registration: Sendable, Hashable {
        fileprivate let id: Int
    }

    static let signals = [SIGINT, SIGTERM, SIGHUP]
    static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false
    nonisolated(unsafe) private static var actions: [(id: Int, action: @Sendable () -> Void)] = []
    nonisolated(unsafe) private static var nextID = 0
    /// How many ``onInterrupt(_:)`` actions are registered; read by the handler without the lock.
    nonisolated(unsafe) private static var deferredCount = 0
    /// Set by the handler when the cleanup thread will run and end the process.
    nonisolated(unsafe) private static var interrupted: sig_atomic_t = 0
    /// Set by the cleanup thread when every action ran: the process is about to exit.
    nonisolated(unsafe) private static var finished = false
    /// The write end of the pipe that wakes the cleanup thread (the self-pipe pattern).
    nonisolated(unsafe) private static var wakeDescriptor: Int32 = -1

    // MARK: - Actions after the handler

    /// Runs `action` on a cleanup thread if the process is interrupted before ``remove(_:)``.
    public static func onInterrupt(_ action: @escaping @Sendable () -> Void) -> Registration {
        let registration: Registration? = lock.withLock {
            guard !finished else { return nil }
            installHandler()
            nextID += 1
            actions.append((nextID, action))
            deferredCount = actions.count
            return Registration(id: nextID)
        }
        guard let registration else { while true { pause() } }
        return registration
    }

    /// Forgets an action (it will not run).
    public static func remove(_ registration: Registration) {
        lock.withLock {
            actions.removeAll { $0.id == registration.id }
            deferredCount = actions.count
        }
    }

    // MARK: - The handler

    /// Installs the handler once; the caller holds ``lock``. Also unblocks the signals on this
    /// thread: a parent may have started us with them blocked (the mask is inherited).
    static func installHandler() {
        guard !installed else { return }
        installed = true
        prepareTables()
        _ = (deferredCount, wakeDescriptor, interrupted, handle)  // initialized here, never in the handler
        var descriptors: [Int32] = [-1, -1]
        if pipe(&descriptors) == 0 {
            wakeDescriptor = descriptors[1]
            let readDescriptor = descriptors[0]
            Thread { runDeferredActions(reading: readDescriptor) }.start()
        }
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for number in signals {
            signal(number, handle)
            sigaddset(&unblock, number)
        }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// Async-signal-safe: kills the registered groups, unlinks the registered files, then wakes
    /// the cleanup thread, or dies of the signal when there is nothing more to do.
    private static let handle: @convention(c) (Int32) -> Void = { received in
        killRegisteredGroups()
        unlinkRegisteredFiles()
        if SignalCleanup.interrupted != 0 { return }  // a second signal: the cleanup is under way
        if SignalCleanup.deferredCount > 0, SignalCleanup.wakeDescriptor >= 0 {
            SignalCleanup.interrupted = 1
            var value = received
            _ = write(SignalCleanup.wakeDescriptor, &value, MemoryLayout<Int32>.size)
            return
        }
        signal(received, SIG_DFL)
        raise(received)
    }

    /// Never returns while an interrupt is being cleaned up: the cleanup thread ends the process
    /// with 128 + the signal. Call before exiting for any other reason, so an error that the
    /// interrupt itself caused (a child killed by it) cannot win the race with a code of its own.
    public static func yieldToInterruptCleanup() {
        guard interrupted != 0 else { return }
        while true { pause() }
    }

    private static func runDeferredActions(reading descriptor: Int32) {
        var number: Int32 = 0
        while read(descriptor, &number, MemoryLayout<Int32>.size) != MemoryLayout<Int32>.size {}
        while true {
            let pending: [@Sendable () -> Void] = lock.withLock {
                let pending = actions.map(\.action)
                actions = []
                finished = pending.isEmpty
                return pending
            }
            if pending.isEmpty { break }
            for action in pending.reversed() { action() }
        }
        exit(128 + number)
    }
}
