import Foundation
import PlanModel
import XLSX

/// The consolidated workbook the reform office circulates:
///
/// - `取組一覧`: the submission table layout (one row per indicator, a target and a result column per
///   fiscal year, the initiative's cells merged down), with texts as the departments wrote them, so that
///   `plansheet import` reads the workbook back to the same plan;
/// - `年度別`: the long form, one row per indicator and fiscal year with figures and achievement;
/// - `遅れ`: the delayed initiatives with their causes and next steps.
///
/// Header styles, column widths, frozen header rows and filters on every sheet.
public enum PlanWorkbookExporter {
    /// Sheet names.
    public static let initiativesSheet = "取組一覧"
    /// The long-form sheet.
    public static let longSheet = "年度別"
    /// The delayed initiatives.
    public static let delayedSheet = "遅れ"

    /// The workbook's bytes.
    public static func export(_ plan: Plan) throws -> Data {
        try WorkbookWriter.data { book in
            try writeInitiatives(plan, to: book)
            try writeLongForm(plan, to: book)
            try writeDelayed(plan, to: book)
        }
    }

    /// The fiscal years that have a target or a result anywhere, in order.
    static func fiscalYears(of plan: Plan) -> [Int] {
        let years = plan.initiatives.flatMap { $0.indicators.flatMap { $0.targets.compactMap(\.fiscalYear) + $0.actuals.compactMap(\.fiscalYear) } }
        return Array(Set(years)).sorted()
    }

    private static func writeInitiatives(_ plan: Plan, to book: WorkbookWriter) throws {
        let years = fiscalYears(of: plan)
        let leading = ["番号", "方向性", "取組項目", "所管課", "指標名", "単位"]
        let yearly = years.flatMap { year -> [String] in
            let label = FiscalYear(year).formatted(.japanese)
            return ["\(label)目標", "\(label)実績"]
        }
        let trailing = ["進捗", "遅れの要因", "今後の取組予定"]
        let header = leading + yearly + trailing
        let statusColumn = leading.count + yearly.count
        try book.addSheet(named: initiativesSheet) { sheet in
            sheet.freezePanes(rows: 1, columns: 3)
            sheet.printAsDocument(headerRows: 1)
            let widths: [Double] = [7, 22, 34, 12, 30, 8] + yearly.map { _ in 16 } + [8, 36, 40]
            for (column, width) in widths.enumerated() { sheet.setColumnWidth(column, width) }
            try sheet.append(header.map { .string($0) }, style: .header)
            var row = 2
            for initiative in plan.initiatives {
                let indicators: [Indicator?] = initiative.indicators.isEmpty ? [nil] : initiative.indicators
                for (offset, indicator) in indicators.enumerated() {
                    var values = [CellValue](repeating: .empty, count: header.count)
                    if offset == 0 {
                        values[0] = text(initiative.id)
                        values[1] = text(initiative.section)
                        values[2] = .string(initiative.title)
                        values[3] = text(initiative.department)
                        values[statusColumn] = text(initiative.status?.japaneseLabel)
                        values[statusColumn + 1] = text(initiative.delayReason)
                        values[statusColumn + 2] = text(initiative.nextSteps)
                    }
                    if let indicator {
                        values[4] = .string(indicator.name)
                        values[5] = text(unitText(indicator))
                        for (index, year) in years.enumerated() {
                            values[leading.count + 2 * index] = text(indicator.targets.last { $0.fiscalYear == year }?.text)
                            values[leading.count + 2 * index + 1] = text(indicator.actuals.last { $0.fiscalYear == year }?.text)
                        }
                    }
                    try sheet.append(values, style: .wrapped)
                }
                if indicators.count > 1 {
                    for column in [0, 1, 2, 3, statusColumn, statusColumn + 1, statusColumn + 2] {
                        try sheet.merge(
                            CellRange(
                                CellReference(row: row, column: column),
                                CellReference(row: row + indicators.count - 1, column: column)))
                    }
                }
                row += indicators.count
            }
            let last = max(row - 1, 2)
            sheet.autoFilter(CellRange(CellReference(row: 1, column: 0), CellReference(row: last, column: header.count - 1)))
            try sheet.addListValidation(
                ["順調", "遅れ"],
                range: CellRange(
                    CellReference(row: 2, column: statusColumn),
                    CellReference(row: last, column: statusColumn)))
        }
    }

    private static func writeLongForm(_ plan: Plan, to book: WorkbookWriter) throws {
        let rows = LongFormTable.rows(of: plan)
        try book.addSheet(named: longSheet) { sheet in
            sheet.freezePanes(rows: 1, columns: 0)
            sheet.printAsDocument(headerRows: 1)
            let widths: [Double] = [7, 20, 30, 12, 7, 28, 8, 10, 9, 7, 9, 12, 8, 11, 24, 12, 6, 24, 9, 18, 10, 6]
            for (column, width) in widths.enumerated() { sheet.setColumnWidth(column, width) }
            try sheet.append(LongFormTable.header.map { .string($0) }, style: .header)
            let rateStyle = CellStyle().with(numberFormat: .percentOneDecimal)
            for values in rows {
                var cells = values.map { StyledCell($0) }
                cells[18].style = rateStyle
                try sheet.append(cells: cells)
            }
            sheet.autoFilter(
                CellRange(
                    CellReference(row: 1, column: 0),
                    CellReference(row: max(rows.count + 1, 2), column: LongFormTable.header.count - 1)))
        }
    }

    private static func writeDelayed(_ plan: Plan, to book: WorkbookWriter) throws {
        let header = ["番号", "方向性", "取組項目", "所管", "遅れの要因", "今後の取組予定"]
        let delayed = plan.initiatives.filter { $0.status == .delayed }
        try book.addSheet(named: delayedSheet) { sheet in
            sheet.freezePanes(rows: 1, columns: 0)
            sheet.printAsDocument(headerRows: 1)
            for (column, width) in [7.0, 20, 34, 12, 50, 50].enumerated() { sheet.setColumnWidth(column, width) }
            try sheet.append(header.map { .string($0) }, style: .header)
            for initiative in delayed {
                try sheet.append(
                    [
                        text(initiative.id), text(initiative.section), .string(initiative.title),
                        text(initiative.department), text(initiative.delayReason), text(initiative.nextSteps),
                    ],
                    style: .wrapped)
            }
            sheet.autoFilter(
                CellRange(
                    CellReference(row: 1, column: 0),
                    CellReference(row: max(delayed.count + 1, 2), column: header.count - 1)))
        }
    }

    /// `枚／年`: the unit and the period, as a 単位 column writes them.
    static func unitText(_ indicator: Indicator) -> String? {
        let period: String
        switch indicator.period {
        case .perYear: period = "／年"
        case .cumulative: period = "／累計"
        case .perMonth: period = "／月"
        case nil: period = ""
        }
        let text = (indicator.unit ?? "") + period
        return text.isEmpty ? nil : text
    }

    private static func text(_ value: String?) -> CellValue { value.map { .string($0) } ?? .empty }
}
