import Foundation

/// Results of a `DispatchQueue.concurrentPerform` loop, written from several threads, each index
/// exactly once, and read in index order afterwards — so output order never depends on which
/// thread finishes first.
final class ParallelSlots<Element>: @unchecked Sendable {
    private var slots: [Element]
    private let lock = NSLock()

    init(count: Int, initial: Element) {
        slots = Array(repeating: initial, count: count)
    }

    func set(_ index: Int, _ value: Element) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var all: [Element] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
