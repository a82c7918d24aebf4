import Foundation
import PlanDiff
import PlanModel
import XLSX

/// Renders a `History` (PlanDiff) as a workbook: one row per indicator and fiscal year (推移),
/// targets and results as number cells beside their text as a person reads it
/// (`Ｒ３年度：67,000枚`), and every target revision (目標の改定).
public struct HistoryWorkbookRenderer: Sendable {
    static let rate = CellStyle(numberFormat: .percentOneDecimal)

    /// Makes a renderer.
    public init() {}

    /// The workbook's bytes.
    public func data(_ history: History) throws -> Data {
        try WorkbookWriter.data { try write(history, to: $0) }
    }

    /// Adds the history's sheets to `book`, for a caller that streams the workbook to a file.
    public func write(_ history: History, to book: WorkbookWriter) throws {
        try book.addSheet(named: "推移") { sheet in
            try sheet.append(
                [
                    "取組", "所管", "指標", "単位", "方向", "年度", "目標", "目標の記載", "実績", "実績の記載",
                    "達成率", "傾向",
                ], style: .header)
            sheet.freezePanes(rows: 1)
            sheet.printAsDocument(headerRows: 1)
            for entry in history.indicators {
                for year in entry.years {
                    try sheet.append(cells: [
                        StyledCell(.string(entry.initiative)), StyledCell(DiffWorkbookRenderer.text(entry.department)),
                        StyledCell(.string(entry.indicator)), StyledCell(DiffWorkbookRenderer.text(entry.unit)),
                        StyledCell(.string(entry.direction == .increase ? "増加" : "削減")),
                        StyledCell(.string(FiscalYear(year.fiscalYear).description)),
                        StyledCell(year.target.map(CellValue.number) ?? .empty),
                        StyledCell(DiffWorkbookRenderer.text(year.targetDisplay ?? year.targetText)),
                        StyledCell(year.actual.map(CellValue.number) ?? .empty),
                        StyledCell(DiffWorkbookRenderer.text(year.actualDisplay ?? year.actualText)),
                        StyledCell(year.achievement.map(CellValue.number) ?? .empty, style: Self.rate),
                        StyledCell(DiffWorkbookRenderer.text(entry.trend?.label)),
                    ])
                }
            }
            sheet.autoFitColumns()
        }
        try book.addSheet(named: "目標の改定") { sheet in
            try sheet.append(["取組", "指標", "年度", "改定前", "改定後", "版", "記載"], style: .header)
            sheet.freezePanes(rows: 1)
            sheet.printAsDocument(headerRows: 1)
            for entry in history.indicators {
                for revision in entry.revisions {
                    try sheet.append([
                        .string(entry.initiative), .string(entry.indicator),
                        DiffWorkbookRenderer.text(revision.fiscalYear.map { FiscalYear($0).description }),
                        .number(revision.from), .number(revision.to), .string(revision.version),
                        .string(revision.recordedInText ? "記載あり" : "版の比較"),
                    ])
                }
            }
            sheet.autoFitColumns()
        }
    }
}
