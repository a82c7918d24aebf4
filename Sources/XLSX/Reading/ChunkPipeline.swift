import Foundation

/// Runs a chunk producer (inflating an entry) on its own thread while the calling thread
/// consumes the chunks (scanning the XML), so one large sheet uses two cores.
///
/// Chunks travel through a bounded ring of ``slotCount`` buffers of ``ZipArchive/chunkSize``
/// bytes: the producer waits when every slot is full, so memory stays as flat as reading
/// on one thread, and chunks reach the consumer in order. An error on either side stops
/// both: the consumer's error is thrown as it is (the producer is told to stop at its next
/// chunk); the producer's error is thrown after the chunks before it were consumed, as the
/// one-thread read would.
final class ChunkPipeline: @unchecked Sendable {
    /// Four slots: enough to ride out uneven chunk costs, 256 KiB in all.
    static let slotCount = 4

    private let condition = NSCondition()
    private var slots: [UnsafeMutableRawBufferPointer]
    private var lengths: [Int]
    /// Chunks produced and consumed so far; slot `n % slotCount` holds chunk `n`.
    private var produced = 0
    private var consumed = 0
    private var producerFinished = false
    private var producerError: (any Error)?
    private var consumerStopped = false

    /// Thrown inside the producer once the consumer has stopped; never leaves ``run(produce:consume:)``.
    private struct Stopped: Error {}

    private init() {
        slots = (0..<Self.slotCount).map { _ in .allocate(byteCount: ZipArchive.chunkSize, alignment: 16) }
        lengths = Array(repeating: 0, count: Self.slotCount)
    }

    deinit { for slot in slots { slot.deallocate() } }

    /// Calls `produce` on a second thread, handing it a function that queues one chunk (of at
    /// most ``ZipArchive/chunkSize`` bytes), and `consume` with each chunk on this thread.
    /// Returns (or throws) once both sides are done; the second thread has ended by then.
    static func run(
        produce: (_ emit: (UnsafeRawBufferPointer) throws -> Void) throws -> Void,
        consume: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        let pipeline = ChunkPipeline()
        try withoutActuallyEscaping(produce) { produce in
            let job = ProducerJob { try produce(pipeline.enqueue) }
            let thread = Thread { pipeline.runProducer(job) }
            thread.stackSize = 1 << 20
            thread.start()
            // The thread must be gone before `produce` stops being valid, whatever happens here.
            defer { pipeline.waitForProducer() }
            do {
                try pipeline.drain(consume)
            } catch {
                pipeline.stopConsuming()
                throw error
            }
        }
        if let failure = pipeline.producerError { throw failure }
    }

    /// The producer's closure, carried to its thread (which is joined before the closure's scope
    /// ends). The thread drops it before it reports back: the `Thread` object may outlive the run,
    /// and a closure still referenced then would trap `withoutActuallyEscaping`'s check.
    private final class ProducerJob: @unchecked Sendable {
        private var body: (() throws -> Void)?
        init(_ body: @escaping () throws -> Void) { self.body = body }

        /// Runs the closure once and lets go of it; the error it threw, if any.
        func runOnce() -> (any Error)? {
            guard let body else { return nil }
            self.body = nil
            do { try body() } catch is Stopped {} catch { return error }
            return nil
        }
    }

    private func runProducer(_ job: ProducerJob) {
        let failure = job.runOnce()
        condition.lock()
        producerError = failure
        producerFinished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Copies a chunk into the next free slot, waiting while all are full.
    private func enqueue(_ chunk: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < chunk.count {
            condition.lock()
            while produced - consumed == Self.slotCount && !consumerStopped { condition.wait() }
            if consumerStopped { condition.unlock(); throw Stopped() }
            let slot = produced % Self.slotCount
            condition.unlock()
            let count = min(chunk.count - offset, ZipArchive.chunkSize)
            if let source = chunk.baseAddress {
                slots[slot].baseAddress?.copyMemory(from: source + offset, byteCount: count)
            }
            condition.lock()
            lengths[slot] = count
            produced += 1
            condition.broadcast()
            condition.unlock()
            offset += count
        }
    }

    /// Consumes chunks in order until the producer has finished and every chunk is consumed.
    private func drain(_ consume: (UnsafeRawBufferPointer) throws -> Void) throws {
        while true {
            condition.lock()
            while consumed == produced && !producerFinished { condition.wait() }
            if consumed == produced {
                condition.unlock()
                return
            }
            let slot = consumed % Self.slotCount
            let count = lengths[slot]
            condition.unlock()
            try consume(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(slots[slot])[0..<count]))
            condition.lock()
            consumed += 1
            condition.broadcast()
            condition.unlock()
        }
    }

    private func stopConsuming() {
        condition.lock()
        consumerStopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func waitForProducer() {
        condition.lock()
        while !producerFinished { condition.wait() }
        condition.unlock()
    }
}
