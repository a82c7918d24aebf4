import Dispatch

/// Deflates a sheet's XML on a second core while the next rows are turned into XML.
///
/// At most one block is in flight: ``submit(_:)`` hands a filled buffer to a serial
/// queue and returns at once; ``wait()`` blocks until that block is in the archive.
/// While a block is in flight the caller touches neither the ZIP writer nor the
/// buffer, which is what makes the unchecked `Sendable` safe.
final class BackgroundEntryWriter: @unchecked Sendable {
    private let zip: ZipWriter
    private let queue = DispatchQueue(label: "plansheet.xlsx.deflate")
    private let group = DispatchGroup()
    private var failure: (any Error)?

    init(zip: ZipWriter) { self.zip = zip }

    /// Starts writing `buffer` into the open entry; the buffer is emptied when done.
    func submit(_ buffer: XMLByteBuffer) {
        let job = Job(buffer: buffer, owner: self)
        queue.async(group: group) { job.run() }
    }

    /// Waits for the block in flight, rethrowing what went wrong with it.
    func wait() throws {
        group.wait()
        if let failure { self.failure = nil; throw failure }
    }

    private struct Job: @unchecked Sendable {
        let buffer: XMLByteBuffer
        let owner: BackgroundEntryWriter

        func run() {
            do { try owner.zip.writeEntryData(buffer.bytes) } catch { owner.failure = error }
            buffer.removeAll()
        }
    }
}
