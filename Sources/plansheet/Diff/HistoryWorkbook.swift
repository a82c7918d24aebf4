import PlanDiff
import PlanModel
import XLSX

/// The history as a workbook: one row per indicator and fiscal year (推移), and every
/// target revision (目標の改定).
enum HistoryWorkbook {
    static let rate = CellStyle(numberFormat: .percentOneDecimal)

    static func write(_ history: History, to destination: OutputDestination) throws {
        try WorkbookOutput.write(to: destination) { book in
            try book.addSheet(named: "推移") { sheet in
                try sheet.append(["取組", "所管", "指標", "単位", "方向", "年度", "目標", "目標の記載", "実績", "実績の記載",
                                  "達成率", "傾向"], style: .header)
                sheet.freezePanes(rows: 1)
                sheet.printAsDocument(headerRows: 1)
                for entry in history.indicators {
                    for year in entry.years {
                        try sheet.append(cells: [
                            StyledCell(.string(entry.initiative)), StyledCell(DiffWorkbook.text(entry.department)),
                            StyledCell(.string(entry.indicator)), StyledCell(DiffWorkbook.text(entry.unit)),
                            StyledCell(.string(entry.direction == .increase ? "増加" : "削減")),
                            StyledCell(.string(FiscalYear(year.fiscalYear).description)),
                            StyledCell(year.target.map(CellValue.number) ?? .empty), StyledCell(DiffWorkbook.text(year.targetText)),
                            StyledCell(year.actual.map(CellValue.number) ?? .empty), StyledCell(DiffWorkbook.text(year.actualText)),
                            StyledCell(year.achievement.map(CellValue.number) ?? .empty, style: rate),
                            StyledCell(DiffWorkbook.text(entry.trend?.label)),
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
                        try sheet.append([.string(entry.initiative), .string(entry.indicator),
                                          DiffWorkbook.text(revision.fiscalYear.map { FiscalYear($0).description }),
                                          .number(revision.from), .number(revision.to), .string(revision.version),
                                          .string(revision.recordedInText ? "記載あり" : "版の比較")])
                    }
                }
                sheet.autoFitColumns()
            }
        }
    }
}
