import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `hundredfold` started by another one (`ci` runs `hundredfold run` for each side) ends when its
/// parent does, even when the parent was killed outright: it watches its parent process ID and
/// sends itself SIGTERM when the parent is gone, so its own cleanup (temporary databases, child
/// process groups) runs.
public enum ParentLink {
    /// The environment variable naming the parent's process ID.
    public static let variable = "HUNDREDFOLD_PARENT_PID"

    /// The environment a parent adds for a child that should end with it.
    public static var environmentForChild: [String: String] { [variable: String(getpid())] }

    /// Starts watching when the environment names a parent; does nothing otherwise.
    public static func followParentNamedInEnvironment() {
        guard let text = ProcessInfo.processInfo.environment[variable], let parent = pid_t(text) else {
            return
        }
        // SIGTERM runs SignalCleanup's handler when anything was registered, else ends the process.
        Thread {
            while getppid() == parent { usleep(200_000) }
            kill(getpid(), SIGTERM)
        }.start()
    }
}
