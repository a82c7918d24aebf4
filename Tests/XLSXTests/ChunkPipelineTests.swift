import Testing
@testable import XLSX

/// Inflating on a second thread while the sheet is scanned: chunks arrive whole and in order,
/// and an error on either side ends both threads with the error the one-thread read gives.
@Suite struct ChunkPipelineTests {
    struct Broken: Error, Equatable { let at: Int }

    /// Bytes 0, 1, 2 … in chunks of varying sizes, some larger than a slot.
    static func chunkSizes() -> [Int] { (0..<300).map { [1, 17, 4096, ZipArchive.chunkSize, ZipArchive.chunkSize + 5, 0][$0 % 6] } }

    @Test func deliversEveryByteInOrderThroughTheBoundedRing() throws {
        var expected: [UInt8] = []
        var received: [UInt8] = []
        var next: UInt8 = 0
        let sizes = Self.chunkSizes()
        for size in sizes { for _ in 0..<size { expected.append(next); next &+= 1 } }
        try ChunkPipeline.run(
            produce: { emit in
                var offset = 0
                for size in sizes {
                    try expected[offset..<(offset + size)].withUnsafeBytes { try emit($0) }
                    offset += size
                }
            },
            consume: { chunk in
                #expect(chunk.count <= ZipArchive.chunkSize)
                received.append(contentsOf: chunk)
            })
        #expect(received == expected)
    }

    @Test func aProducerErrorArrivesAfterTheChunksBeforeIt() {
        var consumed = 0
        #expect(throws: Broken(at: 50)) {
            try ChunkPipeline.run(
                produce: { emit in
                    for index in 0..<100 {
                        if index == 50 { throw Broken(at: index) }
                        try [UInt8](repeating: 1, count: 10).withUnsafeBytes { try emit($0) }
                    }
                }, consume: { _ in consumed += 1 })
        }
        #expect(consumed == 50)
    }

    @Test func aConsumerErrorStopsTheProducer() {
        var consumed = 0
        #expect(throws: Broken(at: 3)) {
            try ChunkPipeline.run(
                produce: { emit in
                    // Would run for ever: only the consumer's stop ends it (and `run` returns only once it has).
                    while true { try [UInt8](repeating: 2, count: 100).withUnsafeBytes { try emit($0) } }
                },
                consume: { _ in
                    consumed += 1
                    if consumed == 3 { throw Broken(at: 3) }
                })
        }
        #expect(consumed == 3)
    }
}
