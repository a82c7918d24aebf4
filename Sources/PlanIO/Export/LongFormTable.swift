import PlanModel
import XLSX

/// The plan in long form: one row per indicator and fiscal year, with its target, its result and
/// how far the result went (the shape for pivot tables, R and pandas).
public enum LongFormTable {
    /// The column headers, in order. The figure columns say （数値） so that a consolidated
    /// workbook read back by the importer does not take this sheet for a submission.
    public static let header = [
        "番号", "方向性", "取組項目", "所管", "進捗", "指標名", "単位", "期間", "方向", "年度", "年度（和暦）",
        "目標値（数値）", "比較", "修正前目標", "目標（原文）", "実績値（数値）", "概数", "実績（原文）", "達成率", "ファイル", "シート", "セル",
    ]

    /// The rows, in plan order; years in order within an indicator. An indicator with neither
    /// target nor result, and an initiative with no indicator, still get one row each.
    public static func rows(of plan: Plan) -> [[CellValue]] {
        var rows: [[CellValue]] = []
        for initiative in plan.initiatives {
            if initiative.indicators.isEmpty {
                // An initiative without indicators still gets its row: nothing submitted is dropped.
                var row = [CellValue](repeating: .empty, count: header.count)
                row[0] = text(initiative.id); row[1] = text(initiative.section); row[2] = .string(initiative.title)
                row[3] = text(initiative.department); row[4] = text(initiative.status?.japaneseLabel)
                row[19] = text(initiative.source?.file); row[20] = text(initiative.source?.sheet); row[21] = text(initiative.source?.cell)
                rows.append(row)
            }
            for indicator in initiative.indicators {
                let years = Set(indicator.targets.map(\.fiscalYear) + indicator.actuals.map(\.fiscalYear))
                let ordered = years.sorted { ($0 ?? Int.max) < ($1 ?? Int.max) }
                for year in ordered.isEmpty ? [nil] : ordered {
                    rows.append(row(initiative, indicator, year))
                }
            }
        }
        return rows
    }

    private static func row(_ initiative: Initiative, _ indicator: Indicator, _ year: Int?) -> [CellValue] {
        let target = indicator.targets.last { $0.fiscalYear == year }
        let actual = indicator.actuals.last { $0.fiscalYear == year }
        let rate = year.flatMap { indicator.achievementRate(in: $0) }
        return [
            text(initiative.id), text(initiative.section), .string(initiative.title), text(initiative.department),
            text(initiative.status?.japaneseLabel), .string(indicator.name), text(indicator.unit),
            text(indicator.period?.rawValue), .string(indicator.direction.rawValue),
            year.map { .number(Double($0)) } ?? .empty, text(year.map { FiscalYear($0).formatted(.eraLetter) }),
            number(target?.value), text(target?.comparator?.rawValue), number(target?.revisedFrom), text(target?.text),
            number(actual?.value), actual.map { .bool($0.approximate) } ?? .empty, text(actual?.text),
            number(rate), text(initiative.source?.file), text(initiative.source?.sheet), text(initiative.source?.cell),
        ]
    }

    private static func text(_ value: String?) -> CellValue { value.map { .string($0) } ?? .empty }
    private static func number(_ value: Double?) -> CellValue { value.map { .number($0) } ?? .empty }
}
