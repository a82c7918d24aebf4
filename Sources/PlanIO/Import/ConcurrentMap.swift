import Foundation

/// Maps over an array on all cores, keeping the order of the input.
enum ConcurrentMap {
    /// `items.map(transform)`, with the calls spread over `DispatchQueue.concurrentPerform`.
    static func map<Item, Output>(_ items: [Item], _ transform: @Sendable (Item) -> Output) -> [Output]
    where Item: Sendable, Output: Sendable {
        let box = ResultBox<Output>(count: items.count)
        items.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: buffer.count) { index in
                box.set(index, transform(buffer[index]))
            }
        }
        return box.values()
    }

    /// Slots written by index from many threads; each slot once, under a lock.
    private final class ResultBox<Output>: @unchecked Sendable {
        private var slots: [Output?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Output) {
            lock.lock(); defer { lock.unlock() }
            slots[index] = value
        }

        func values() -> [Output] { slots.compactMap { $0 } }
    }
}
