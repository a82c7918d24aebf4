import Foundation
import Testing

/// Ctrl-C in the middle of a conversion leaves no partial output, no temporary file,
/// and the file that was about to be replaced (with `--force`) exactly as it was.
@Suite struct InterruptTests {
    /// A workbook whose conversion takes long enough to interrupt: 300,000 rows of four cells.
    private func largeWorkbook(in folder: URL) throws -> String {
        var rows: [String] = []
        rows.reserveCapacity(300_000)
        for row in 1...300_000 {
            rows.append("<row r=\"\(row)\"><c r=\"A\(row)\"><v>\(row)</v></c><c r=\"B\(row)\" t=\"inlineStr\"><is><t>取組\(row)</t></is></c>"
                        + "<c r=\"C\(row)\"><v>\(Double(row) / 7)</v></c><c r=\"D\(row)\" t=\"b\"><v>1</v></c></row>")
        }
        let path = folder.appendingPathComponent("large.xlsx").path
        try Data(HostileZip.workbook(sheetData: rows.joined()).build()).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Files in `folder` that look like OutputDestination's temporary files (`.NAME.XXXXXXXX.tmp`).
    private func temporaryFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
    }

    @Test(arguments: ["csv", "xlsx"])
    func ctrlCDuringAConversionLeavesTheOldFileIntactAndNoTemporaryFile(format: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try largeWorkbook(in: folder)
        let output = folder.appendingPathComponent("out.\(format)")
        let previous = Data("前回の出力 / the previous output\r\n".utf8)
        try previous.write(to: output)

        let process = Process()
        process.executableURL = plansheetURL()
        process.arguments = ["convert", input, "--to", format, "-o", output.path, "--force"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Interrupt once the temporary output holds data: the conversion is under way.
        var sawPartialOutput = false
        while process.isRunning && !sawPartialOutput {
            for name in try temporaryFiles(in: folder) {
                let size = (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.size] as? Int) ?? 0
                if size > 0 { sawPartialOutput = true }
            }
            if !sawPartialOutput { usleep(2_000) }
        }
        try #require(sawPartialOutput, "the conversion ended before it could be interrupted")
        process.interrupt()
        process.waitUntilExit()

        #expect(process.terminationStatus == 128 + SIGINT)
        #expect(try Data(contentsOf: output) == previous)
        #expect(try temporaryFiles(in: folder).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["large.xlsx", "out.\(format)"].sorted())
    }

    @Test func ctrlCDuringAConversionToANewFileLeavesNoFileAtAll() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try largeWorkbook(in: folder)
        let process = Process()
        process.executableURL = plansheetURL()
        process.arguments = ["convert", input, "--to", "jsonl", "-o", folder.appendingPathComponent("new.jsonl").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        while process.isRunning, try temporaryFiles(in: folder).isEmpty { usleep(2_000) }
        try #require(process.isRunning, "the conversion ended before it could be interrupted")
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + SIGINT)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["large.xlsx"])
    }
}
