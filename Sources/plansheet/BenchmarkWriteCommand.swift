import ArgumentParser
import Foundation
import XLSX

/// `plansheet benchmark-write`: writes the benchmark workbook of Scripts/bench-write.sh,
/// generated in-process so the time measured is the writer's alone. Hidden from help.
struct BenchmarkWriteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark-write",
        abstract: "Write the generated benchmark workbook (10 columns of mixed cells).",
        discussion: """
            Used by Scripts/bench-write.sh; every writer compared there writes the same cells:
            a header row, then per row i: i, i*0.25+0.125, a status word (4 values), ID-i (unique),
            Japanese text (500 values), a date, (i%1000)*1000, (i%100)/100, a department (20 values), i/7.

            Example:
              plansheet benchmark-write --rows 100000 -o /tmp/bench.xlsx --force
            """,
        shouldDisplay: false
    )

    @Option(help: "Data rows to write (10 cells each).")
    var rows: Int = 100_000

    @Option(name: .shortAndLong, help: "Output file.")
    var output: String

    @Flag(help: "Replace an existing output file.")
    var force = false

    @Option(help: "Deflate level 0-9.")
    var level: Int = 1

    @Flag(help: "Store strings inline instead of in the shared-string table.")
    var inlineStrings = false

    @Flag(help: "Deflate on the writing thread instead of a second core.")
    var serial = false

    func run() throws {
        try reportingErrors {
            let start = Date()
            let options = WorkbookWriterOptions(
                compressionLevel: level, stringStorage: inlineStrings ? .inline : .shared,
                replaceExisting: force, parallelCompression: !serial)
            let statuses = ["順調", "遅れ", "完了", "未着手"].map(CellValue.string)
            let titles = (0..<500).map { CellValue.string("行財政改革 取組\($0)") }
            let departments = (0..<20).map { CellValue.string("部署" + ($0 < 10 ? "0" : "") + String($0)) }
            try WorkbookWriter.write(to: URL(fileURLWithPath: output), options: options) { book in
                try book.addSheet(named: "bench") { sheet in
                    try sheet.append(["id", "value", "status", "code", "title", "date", "amount", "rate", "dept", "ratio"])
                    var row = [CellValue](repeating: .empty, count: 10)
                    for i in 0..<rows {
                        row[0] = .number(Double(i))
                        row[1] = .number(Double(i) * 0.25 + 0.125)
                        row[2] = statuses[i % 4]
                        row[3] = .string(Self.code(i))
                        row[4] = titles[i % 500]
                        row[5] = .date(ExcelDate(serial: Double(43922 + i % 3650)))
                        row[6] = .number(Double((i % 1000) * 1000))
                        row[7] = .number(Double(i % 100) / 100)
                        row[8] = departments[i % 20]
                        row[9] = .number(Double(i) / 7)
                        try sheet.append(row)
                    }
                }
            }
            FileHandle.standardError.write(
                Data("plansheet: wrote \(rows * 10 + 10) cells in \(String(format: "%.3f", Date().timeIntervalSince(start))) s\n".utf8))
        }
    }

    /// `ID-0000042`.
    static func code(_ i: Int) -> String {
        let digits = String(i)
        return "ID-" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }
}
