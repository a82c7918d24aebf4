import Foundation
import Testing
@testable import XLSX

@Suite struct WriterZipTests {
    private func pythonZipInfo(_ data: Data) throws -> [String] {
        let dir = try WriterTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("a.zip")
        try data.write(to: url)
        let script = """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            infos = z.infolist()
            print(len(infos), infos[0].filename, infos[0].extract_version, infos[0].date_time, z.read(infos[-1]).decode())
            """
        let result = try WriterTestSupport.run(try WriterTestSupport.requireTool("python3"), ["-c", script, url.path])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func writesVersionTwoEntriesWithAFixedTimestampWhenNoZip64IsNeeded() throws {
        let sink = MemorySink()
        let zip = ZipWriter(sink: sink)
        try zip.addEntry(named: "取組/a.xml", bytes: Array("<a/>".utf8))
        try zip.addEntry(named: "b.txt", bytes: Array("last".utf8))
        try zip.finish()
        #expect(try pythonZipInfo(sink.data) == ["2 取組/a.xml 20 (1980, 1, 1, 0, 0, 0) last"])
        // No ZIP64 end record: the archive ends with the classic 22-byte end record.
        let tail = sink.data.suffix(22)
        #expect(Array(tail.prefix(4)) == [0x50, 0x4B, 0x05, 0x06])
        #expect(sink.data.range(of: Data([0x50, 0x4B, 0x06, 0x06])) == nil)
    }

    @Test func addsZip64EndRecordsOnlyWhenEntriesPass65535() throws {
        let sink = MemorySink()
        let zip = ZipWriter(sink: sink, compressionLevel: 0)
        for i in 0..<65_536 { try zip.addEntry(named: "e\(i)", bytes: i == 65_535 ? Array("end".utf8) : []) }
        try zip.finish()
        #expect(try pythonZipInfo(sink.data) == ["65536 e0 20 (1980, 1, 1, 0, 0, 0) end"])
        let zip64End: [UInt8] = [0x50, 0x4B, 0x06, 0x06]
        #expect(sink.data.range(of: Data(zip64End)) != nil)
    }
}
