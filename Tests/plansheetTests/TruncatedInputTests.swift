import Foundation
import Testing

/// A workbook cut short by another program while `plansheet convert` reads it ends in
/// an error naming the file, not a crash (a memory-mapped input died with SIGBUS), and
/// leaves no temporary file behind.
@Suite struct TruncatedInputTests {
    /// A workbook whose sheet is stored uncompressed (about 20 MB), so the reader is still
    /// fetching the file's bytes while it writes the first rows.
    private func largeStoredWorkbook(at path: String) throws {
        var rows: [String] = []
        rows.reserveCapacity(150_000)
        for row in 1...150_000 {
            rows.append(
                "<row r=\"\(row)\"><c r=\"A\(row)\"><v>\(row)</v></c><c r=\"B\(row)\" t=\"inlineStr\"><is><t>取組\(row)</t></is></c>"
                    + "<c r=\"C\(row)\"><v>\(Double(row) / 7)</v></c></row>")
        }
        var zip = HostileZip.workbook(sheetData: rows.joined())
        for index in zip.entries.indices { zip.entries[index].deflate = false }
        try Data(zip.build()).write(to: URL(fileURLWithPath: path))
    }

    @Test func aWorkbookTruncatedWhileBeingConvertedEndsInAnErrorNamingItAndLeavesNoTemporaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("truncate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("large.xlsx").path
        try largeStoredWorkbook(at: input)
        let output = folder.appendingPathComponent("out.csv")
        let errors = folder.appendingPathComponent("stderr.txt")
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: errors)

        let process = Process()
        process.executableURL = plansheetURL()
        process.arguments = ["convert", input, "--to", "csv", "-o", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        try process.run()
        // Truncate the input to a tenth once the conversion writes its temporary output.
        var truncated = false
        while process.isRunning && !truncated {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            if names.contains(where: { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }) {
                truncated = truncate(input, 2_000_000) == 0
            } else {
                usleep(1_000)
            }
        }
        process.waitUntilExit()
        try errorHandle.close()
        try #require(truncated, "the conversion ended before the input could be truncated")

        let message = try String(contentsOf: errors, encoding: .utf8)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 2)
        #expect(message.contains(input))
        #expect(message.contains("ファイルを読めません"))
        #expect(message.contains("the file changed while it was being read"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["large.xlsx", "stderr.txt"])
    }
}
