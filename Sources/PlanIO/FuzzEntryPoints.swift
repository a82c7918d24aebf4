import Foundation
import PlanModel
import XLSX

/// What the plan-level fuzz targets in `Fuzz/` run on each input (importer, merged cells,
/// report), kept in the module so a saved finding replays through exactly the same code.
///
/// Errors are swallowed: a thrown error is a correct answer to a broken input. A trap,
/// a hang or a sanitizer report is a finding.
enum PlanIOFuzzEntryPoints {
    /// Small limits keep executions fast; the XLSX targets cover large parts.
    static let limits = ReadLimits(
        maxEntrySize: 1 << 20, maxTotalSize: 4 << 20, maxSharedStrings: 100_000,
        maxStringLength: 1 << 20, maxRows: 10_000)

    /// A workbook through the importer, as `plansheet import` reads one submission, then
    /// the plan it gives through the report, as `plansheet report` does.
    static func importer(_ bytes: Data) {
        guard let book = try? Workbook(data: bytes, name: "fuzz.xlsx", limits: limits) else { return }
        let sheets = book.sheets.filter { $0.kind == .worksheet }.compactMap { info in
            (try? book.grid(of: info)).map { SubmissionSheet(name: info.name, grid: $0, isHidden: info.state != .visible) }
        }
        let result = PlanImporter().combine([SubmissionImporter().read(sheets: sheets, file: "fuzz.xlsx")])
        render(result.plan)
    }

    /// Merged cells without the ZIP layer: the first 64 bytes make an 8×8 grid of values
    /// (text, numbers, empties), each following group of four bytes a merged range
    /// (row, column, height, width, rows up to 1,200 and columns up to 16,384 wide, so
    /// huge and overlapping merges come up), imported as one submission sheet.
    static func mergedCells(_ bytes: Data) {
        let values = [UInt8](bytes.prefix(64))
        var rows: [[CellValue]] = Array(repeating: Array(repeating: .empty, count: 8), count: 8)
        let words = ["取組", "目標", "実績", "Ｒ３年度：50件", "達成", "100%以上", "", "備考"]
        for (index, byte) in values.enumerated() {
            let value: CellValue =
                byte < 96
                ? .string(words[Int(byte) % words.count])
                : byte < 192 ? .number(Double(byte) - 100) : .empty
            rows[index / 8][index % 8] = value
        }
        var ranges: [CellRange] = []
        var rest = [UInt8](bytes.dropFirst(64)).makeIterator()
        while ranges.count < 1_000, let row = rest.next(), let column = rest.next(), let height = rest.next(), let width = rest.next() {
            let first = CellReference(row: Int(row % 10) + 1, column: Int(column % 10))
            let last = CellReference(row: first.row + Int(height) * 5, column: min(first.column + Int(width) * 64, 16_383))
            ranges.append(CellRange(first, last))
        }
        let sheet = SubmissionSheet(name: "調査票", rows: rows, mergedRanges: ranges)
        let result = PlanImporter().combine([SubmissionImporter().read(sheets: [sheet], file: "fuzz.xlsx")])
        render(result.plan)
    }

    /// A plan JSON through the decoder and every report renderer; the first plan found in
    /// the input is also the previous version, so revisions are compared too.
    static func report(_ bytes: Data) {
        guard let plan = try? PlanJSON.decode(bytes) else { return }
        render(plan, previous: plan)
    }

    private static func render(_ plan: Plan, previous: Plan? = nil) {
        let report = ProgressReport(plan: plan, previous: previous)
        _ = ReportHTMLRenderer().render(report)
        _ = ReportMarkdownRenderer().render(report)
        _ = try? ReportWorkbookRenderer().data(report)
    }
}
