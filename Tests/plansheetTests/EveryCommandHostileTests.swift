import Foundation
import Testing
import XLSX

/// Every command that reads a workbook — import, validate, inspect, convert to CSV, JSON Lines and
/// XLSX, report, diff — run by its built binary on each ``HostileSheet``, ends in a result or a clear
/// error naming the file, under 200 MB of peak memory (the kernel's figure, through GNU time), and
/// is never killed at the timeout. The timeout is generous, not a measurement: a debug build reads
/// about five times slower than the release one, so it gets more.
@Suite struct EveryCommandHostileTests {
    static let memoryCeiling = 200 << 20
    #if DEBUG
        static let killAfter: TimeInterval = 150
    #else
        static let killAfter: TimeInterval = 30
    #endif

    /// The commands, each given the file (diff gets it twice) and, for XLSX, an output path.
    static func commands(_ path: String, output: String) -> [(name: String, arguments: [String])] {
        [
            ("import", ["import", path]), ("validate", ["validate", path]), ("inspect", ["inspect", path]),
            ("convert csv", ["convert", path, "--to", "csv"]), ("convert jsonl", ["convert", path, "--to", "jsonl"]),
            ("convert xlsx", ["convert", path, "--to", "xlsx", "-o", output]),
            ("report", ["report", path, "--format", "md"]), ("diff", ["diff", path, path]),
        ]
    }

    @Test(arguments: HostileSheet.allCases)
    func everyCommandEndsInAResultOrAClearErrorInBoundedMemory(sheet: HostileSheet) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("every-command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("\(sheet.rawValue).xlsx").path
        try Data(sheet.bytes).write(to: URL(fileURLWithPath: path))
        for (name, arguments) in Self.commands(path, output: folder.appendingPathComponent("out.xlsx").path) {
            let run = try runPlansheetMeasured(arguments, timeout: Self.killAfter)
            #expect(!run.timedOut, "\(name): killed after \(Self.killAfter) s")
            #expect([0, 1, 2].contains(run.status), "\(name): exit \(run.status): \(run.stderr.prefix(300))")
            #expect(run.peakMemory < Self.memoryCeiling, "\(name): peak \(run.peakMemory >> 20) MB")
            // Exit 1 is a result (validate found problems, inspect found no plan). validate and inspect
            // write their report, with each file's error, on standard output; the others on standard error.
            if run.status == 2 {
                #expect(run.messages.contains("\(sheet.rawValue).xlsx"), "\(name): the message does not name the file: \(run.messages.prefix(300))")
            }
            try checkOutcome(of: sheet, command: name, run: run, output: folder.appendingPathComponent("out.xlsx"))
            try? FileManager.default.removeItem(at: folder.appendingPathComponent("out.xlsx"))
        }
    }

    /// The exact outcomes that show the work followed the cells present, not the columns or rows spanned.
    private func checkOutcome(of sheet: HostileSheet, command: String, run: MeasuredRun, output: URL) throws {
        switch (sheet, command) {
        case (.lastColumnInEveryRow, "convert csv"):
            // The CSV still has the row's 16,383 commas: it streams them, it does not hold them.
            let lines = String(decoding: run.stdout, as: UTF8.self).components(separatedBy: "\r\n")
            #expect(lines.count == 2_002)
            #expect(lines[1] == "取組2" + String(repeating: ",", count: 16_383) + "x")
        case (.lastColumnInEveryRow, "convert xlsx"):
            let book = try Workbook(contentsOf: output)
            var second: [Cell] = []
            try book.forEachRow(in: book.sheets[0]) { row in if row.number == 2 { second = row.cells } }
            #expect(second.map(\.column) == [0, 16_383])
            #expect(second.map(\.value) == ["取組2", "x"])
        case (.lastColumnInEveryRow, "import"):
            #expect(run.status == 0, "\(run.stderr.prefix(300))")
            #expect(run.stderr.contains("2000 initiative(s)"), "\(run.stderr.prefix(300))")
        case (.everyRowOfOneCell, "import"), (.everyRowOfOneCell, "inspect"):
            #expect(
                run.messages.contains("1048576 rows hold values, more than the 50000 a plan sheet may have (change with --max-plan-rows)"),
                "\(run.messages.prefix(300))")
        case (.everyRowOfOneCell, "convert csv"):
            #expect(run.status == 0)
            #expect(run.stdout.count(where: { $0 == 10 }) == 1_048_576)
        case (.deeplyNestedStyles, _):
            #expect(run.status != 0)
            #expect(run.messages.contains("nested deeper than 128 levels"), "\(command): \(run.messages.prefix(300))")
        default:
            break
        }
    }
}

extension MeasuredRun {
    /// What the run said on both streams.
    var messages: String { stderr + String(decoding: stdout, as: UTF8.self) }
}
