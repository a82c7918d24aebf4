import CZlib

/// A raw-deflate stream (no zlib header, window bits -15, as ZIP stores it) that hands
/// its compressed output to a closure in blocks.
final class ZipWriterDeflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private let output: UnsafeMutablePointer<UInt8>
    private static let outputSize = 1 << 17
    private var ended = false

    /// Starts a stream at `level` (0–9; 1 is fastest).
    init(level: Int) throws {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        output = .allocate(capacity: Self.outputSize)
        let status = deflateInit2_(
            stream, Int32(level), Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
            zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            output.deallocate()
            throw XLSXWriteError.compression(status: Int(status))
        }
    }

    deinit {
        if !ended { deflateEnd(stream) }
        stream.deallocate()
        output.deallocate()
    }

    /// Compresses `input`; `flush` is `Z_NO_FLUSH`, `Z_SYNC_FLUSH` or `Z_FINISH`.
    func compress(_ input: UnsafeRawBufferPointer, flush: Int32, emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        let start = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: UInt8.self))
        stream.pointee.next_in = start
        stream.pointee.avail_in = UInt32(input.count)
        repeat {
            stream.pointee.next_out = output
            stream.pointee.avail_out = UInt32(Self.outputSize)
            let status = deflate(stream, flush)
            guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                throw XLSXWriteError.compression(status: Int(status))
            }
            let produced = Self.outputSize - Int(stream.pointee.avail_out)
            if produced > 0 { try emit(UnsafeRawBufferPointer(start: output, count: produced)) }
            if flush == Z_FINISH && status == Z_STREAM_END { break }
            if flush != Z_FINISH && stream.pointee.avail_in == 0 && stream.pointee.avail_out != 0 { break }
        } while true
    }

    /// Ends the stream and frees zlib's state.
    func end() {
        if !ended { deflateEnd(stream); ended = true }
    }
}
