import Foundation
import XLSX

/// Renders a ``ProgressReport`` as an XLSX workbook with the same content as the
/// HTML and Markdown reports, one formatted sheet per part:
/// 概要 (title, headline, counts per direction), 主な成果, 遅れが生じている取組 and 目標値の見直し.
///
/// The tables have one row per indicator, so a reader can filter and sort them;
/// the initiative's own cells (方向性, 取組項目, 今後の取組等 …) are merged down over
/// its indicators. Achievement is a number formatted as a percentage; delayed
/// initiatives are shaded red and results behind their target are in red.
public struct ReportWorkbookRenderer: Sendable {
    /// Makes a renderer.
    public init() {}

    /// The workbook's bytes.
    public func data(_ report: ProgressReport) throws -> Data {
        try WorkbookWriter.data { book in
            try book.addSheet(named: "概要") { try summarySheet($0, report) }
            try book.addSheet(named: "主な成果") { sheet in
                try initiativeSheet(sheet, report: report, rows: report.printedSections.flatMap(\.rows), withCause: false)
            }
            try book.addSheet(named: "遅れが生じている取組") { sheet in
                try initiativeSheet(sheet, report: report, rows: report.delayed, withCause: true)
            }
            try book.addSheet(named: "目標値の見直し") { try revisionSheet($0, report) }
        }
    }

    private static let body = CellStyle(wrapText: true, verticalAlignment: .top, border: .thin)
    private static let delayedFill = Color(red: 0xFD, green: 0xEC, blue: 0xEA)

    private func summarySheet(_ sheet: SheetWriter, _ report: ProgressReport) throws {
        sheet.setColumnWidth(0, 44)
        sheet.printAsDocument(headerRows: 0)
        for column in 1...4 { sheet.setColumnWidth(column, 10) }
        try sheet.append([.string(report.title)], style: CellStyle(bold: true, fontSize: 14))
        if let planTitle = report.planTitle {
            try sheet.append([.string("対象: " + [planTitle, report.planVersion].compactMap { $0 }.joined(separator: " "))])
        }
        try sheet.append([.string(report.headline.sentence)], style: CellStyle(bold: true))
        try sheet.skipRows(1)
        try sheet.append(ReportLabels.summaryColumns.map(CellValue.string), style: .header)
        for cells in ReportLabels.summaryRows(report) {
            try sheet.append(
                cells: cells.enumerated().map { index, cell in
                    index == 0 ? StyledCell(.string(cell)) : StyledCell(.number(Double(cell) ?? 0))
                }, style: CellStyle(border: .thin))
        }
    }

    private func initiativeSheet(_ sheet: SheetWriter, report: ProgressReport, rows: [ReportRow], withCause: Bool) throws {
        var header = ["方向性", ReportLabels.titleColumn, "進捗", "指標", ReportLabels.targetColumn, report.resultHeading, "達成率"]
        if withCause { header.append(ReportLabels.delayReasonColumn) }
        header.append(ReportLabels.nextStepsColumn)
        let widths: [Double] = [18, 30, 7, 28, 28, 28, 9] + (withCause ? [36] : []) + [44]
        for (column, width) in widths.enumerated() { sheet.setColumnWidth(column, width) }
        sheet.freezePanes(rows: 1, columns: 2)
        sheet.printAsDocument(headerRows: 1)
        try sheet.append(header.map(CellValue.string), style: .header)
        var line = 2
        for row in rows {
            let indicators = row.indicators.isEmpty ? [nil] : row.indicators.map(Optional.some)
            let style = row.isDelayed ? Self.body.filled(Self.delayedFill) : Self.body
            for (index, indicator) in indicators.enumerated() {
                let first = index == 0
                func initiativeCell(_ text: String?) -> StyledCell { StyledCell(first ? .string(text ?? "") : .empty) }
                var cells = [
                    initiativeCell(row.section ?? ""), initiativeCell(row.title), initiativeCell(row.statusLabel),
                    StyledCell(.string(indicator?.name ?? "")),
                    StyledCell(.string(indicator?.targetTexts.joined(separator: "\n") ?? "")),
                    StyledCell(.string(indicator?.resultTexts.joined(separator: "\n") ?? "")),
                    achievementCell(indicator, style: style),
                ]
                if withCause { cells.append(initiativeCell(row.delayReason)) }
                cells.append(initiativeCell(([row.nextSteps].compactMap { $0 } + row.revisedTargetLines).joined(separator: "\n")))
                try sheet.append(cells: cells, style: style)
            }
            if indicators.count > 1 {
                let last = line + indicators.count - 1
                let perInitiative = [0, 1, 2] + (withCause ? [7, 8] : [7])
                for column in perInitiative {
                    try sheet.merge(CellRange(CellReference(row: line, column: column), CellReference(row: last, column: column)))
                }
            }
            line += indicators.count
        }
        if line > 2 {
            sheet.autoFilter(CellRange(CellReference(row: 1, column: 0), CellReference(row: line - 1, column: header.count - 1)))
        }
    }

    private func achievementCell(_ indicator: ReportIndicator?, style: CellStyle) -> StyledCell {
        guard let rate = indicator?.achievement, rate.isFinite else { return StyledCell(.empty) }
        var own = style.with(numberFormat: .percent)
        if indicator?.isBehind == true { own.fontColor = .red; own.bold = true }
        return StyledCell(.number(rate), style: own)
    }

    private func revisionSheet(_ sheet: SheetWriter, _ report: ProgressReport) throws {
        let header = ["取組項目", "指標", "年度", "見直し前", "見直し後", "単位", "目標（記載）"]
        for (column, width) in [30.0, 28, 10, 12, 12, 8, 36].enumerated() { sheet.setColumnWidth(column, width) }
        sheet.freezePanes(rows: 1)
        sheet.printAsDocument(headerRows: 1)
        try sheet.append(header.map(CellValue.string), style: .header)
        for revision in report.revisions {
            try sheet.append(
                cells: [
                    StyledCell(.string(revision.initiative)), StyledCell(.string(revision.indicator)),
                    StyledCell(.string(revision.fiscalYearLabel)),
                    revision.oldValue.map(Self.numberCell) ?? StyledCell(.string(revision.oldLabel)),
                    revision.newValue.map(Self.numberCell) ?? StyledCell(.string(revision.newLabel)),
                    StyledCell(.string(revision.unit ?? "")), StyledCell(.string(revision.newText)),
                ], style: Self.body)
        }
    }
}

extension ReportWorkbookRenderer {
    /// A figure with thousands separators, decimals only when it has them (61.2, not 61.20 or 20,000.).
    fileprivate static func numberCell(_ value: Double) -> StyledCell {
        let format: NumberFormat = value == value.rounded() ? .thousands : "#,##0.0#"
        return StyledCell(.number(value), style: body.with(numberFormat: format))
    }
}

private extension CellStyle {
    func filled(_ color: Color) -> CellStyle {
        var copy = self
        copy.fillColor = color
        return copy
    }
}
