import Foundation
import XLSX

/// The inputs of xlsx-bench, generated deterministically in a scratch folder unless given.
///
/// The wide workbook has the columns of Scripts/bench-write.sh (numbers, repeated and unique
/// strings, Japanese text, dates); department files are small plan-like sheets of 40 rows.
enum Workloads {
    /// One data row of the wide benchmark sheet, row `i` (10 cells).
    static func row(_ i: Int, into row: inout [CellValue]) {
        row[0] = .number(Double(i))
        row[1] = .number(Double(i) * 0.25 + 0.125)
        row[2] = statuses[i % 4]
        row[3] = .string(code(i))
        row[4] = titles[i % 500]
        row[5] = .date(ExcelDate(serial: Double(43922 + i % 3650)))
        row[6] = .number(Double((i % 1000) * 1000))
        row[7] = .number(Double(i % 100) / 100)
        row[8] = departments[i % 20]
        row[9] = .number(Double(i) / 7)
    }

    static let header: [CellValue] = ["id", "value", "status", "code", "title", "date", "amount", "rate", "dept", "ratio"]
    static let statuses = ["順調", "遅れ", "完了", "未着手"].map(CellValue.string)
    static let titles = (0..<500).map { CellValue.string("行財政改革 取組\($0)") }
    static let departments = (0..<20).map { CellValue.string("部署" + ($0 < 10 ? "0" : "") + String($0)) }

    /// `ID-0000042`.
    static func code(_ i: Int) -> String {
        let digits = String(i)
        return "ID-" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }

    /// Writes the wide workbook of `rows` data rows to `url`.
    static func writeWide(rows: Int, to url: URL, level: Int = 1) throws {
        let options = WorkbookWriterOptions(compressionLevel: level, replaceExisting: true)
        try WorkbookWriter.write(to: url, options: options) { book in
            try book.addSheet(named: "bench") { sheet in
                try sheet.append(header)
                var values = [CellValue](repeating: .empty, count: 10)
                for i in 0..<rows {
                    row(i, into: &values)
                    try sheet.append(values)
                }
            }
        }
    }

    /// Writes `count` department files (`dept000.xlsx`…) of 40 plan rows each into `folder`.
    static func writeDepartments(count: Int, into folder: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var urls: [URL] = []
        for file in 0..<count {
            let url = folder.appendingPathComponent("dept\(String(format: "%03d", file)).xlsx")
            try WorkbookWriter.write(to: url, options: WorkbookWriterOptions(compressionLevel: 6, replaceExisting: true)) { book in
                try book.addSheet(named: "取組一覧") { sheet in
                    try sheet.append(["番号", "取組項目", "指標", "目標", "実績", "達成率", "状況", "担当課"])
                    for i in 0..<40 {
                        let target = Double(10 + (file * 7 + i * 13) % 90)
                        let actual = Double(5 + (file * 11 + i * 17) % 100)
                        try sheet.append([
                            .number(Double(i + 1)), .string("取組\(file)-\(i) デジタル化の推進"),
                            .string("導入件数（件）"), .number(target), .number(actual),
                            .number(actual / target), statuses[(file + i) % 4], departments[file % 20],
                        ])
                    }
                }
            }
            urls.append(url)
        }
        return urls
    }
}
