import Foundation
import PlanDiff
import PlanModel
import XLSX

/// Renders a `DiffResult` (PlanDiff) as a workbook a clerk can hand on, beside the text,
/// Markdown, HTML and CSV renderers: a summary sheet with counts by kind, the target
/// changes with old and new side by side (raised in green, lowered in red) and each side
/// as a person reads it (`Ｒ３年度：67,000枚`), the added, removed and renamed
/// initiatives, and every change. Figures stay number cells, so a reader can sort and sum.
///
/// ```swift
/// let bytes = try DiffWorkbookRenderer().data(PlanDiff.compare(old, new))
/// ```
public struct DiffWorkbookRenderer: Sendable {
    static let raised = CellStyle(fillColor: Color(red: 0xC6, green: 0xEF, blue: 0xCE))
    static let lowered = CellStyle(fillColor: Color(red: 0xFF, green: 0xC7, blue: 0xCE))

    /// Makes a renderer.
    public init() {}

    /// The workbook's bytes.
    public func data(_ result: DiffResult) throws -> Data {
        try WorkbookWriter.data { try write(result, to: $0) }
    }

    /// Adds the diff's sheets to `book`, for a caller that streams the workbook to a file.
    public func write(_ result: DiffResult, to book: WorkbookWriter) throws {
        try book.addSheet(named: "概要") { sheet in try Self.summary(result, sheet) }
        try book.addSheet(named: "目標の変更") { sheet in try Self.targets(result, sheet) }
        try book.addSheet(named: "取組の追加・削除") { sheet in try Self.initiatives(result, sheet) }
        try book.addSheet(named: "全変更") { sheet in try Self.everything(result, sheet) }
    }

    private static func summary(_ result: DiffResult, _ sheet: SheetWriter) throws {
        sheet.printAsDocument(headerRows: 0)
        try sheet.append([.string("変更前"), .string(result.old.version ?? "")])
        try sheet.append([.string("変更後"), .string(result.new.version ?? "")])
        if let horizon = result.horizonSentence { try sheet.append([.string("年度"), .string(horizon)]) }
        try sheet.skipRows(1)
        try sheet.append(["種別", "kind", "件数"], style: .header)
        var tally: [ChangeKind: Int] = [:]
        for change in result.changes { tally[change.kind, default: 0] += 1 }
        for kind in ChangeKind.allCases {
            try sheet.append([.string(kind.label), .string(kind.rawValue), .number(Double(tally[kind] ?? 0))])
        }
        try sheet.append([.string("合計"), .string("total"), .number(Double(result.changes.count))], style: CellStyle(bold: true))
        sheet.setColumnWidth(0, 16)
        sheet.setColumnWidth(1, 20)
    }

    private static func targets(_ result: DiffResult, _ sheet: SheetWriter) throws {
        try sheet.append(
            [
                "種別", "取組", "所管", "指標", "年度", "変更前", "変更後", "単位", "増減", "倍率", "方向", "記載",
                "変更前の記載", "変更後の記載",
            ], style: .header)
        sheet.freezePanes(rows: 1)
        sheet.printAsDocument(headerRows: 1)
        let kinds: Set<ChangeKind> = [.targetChanged, .targetAdded, .targetRemoved, .targetTextChanged]
        for change in result.changes where kinds.contains(change.kind) {
            let style =
                change.kind == .targetRemoved || change.direction == .lowered
                ? lowered
                : change.kind == .targetAdded || change.direction == .raised ? raised : nil
            let recorded = change.recordedIn.map { $0 == .new ? "新版" : "旧版" } ?? ""
            try sheet.append(
                cells: [
                    StyledCell(.string(change.kind.label)), StyledCell(.string(change.initiative)),
                    StyledCell(text(change.department)), StyledCell(text(change.indicator)),
                    StyledCell(text(change.fiscalYear.map { FiscalYear($0).description })),
                    StyledCell(value(change.old)), StyledCell(value(change.new)), StyledCell(text(change.unit)),
                    StyledCell(change.delta.map(CellValue.number) ?? .empty), StyledCell(change.ratio.map(CellValue.number) ?? .empty),
                    StyledCell(text(change.direction?.label)), StyledCell(.string(recorded)),
                    StyledCell(text(change.oldDisplay ?? change.oldText)), StyledCell(text(change.newDisplay ?? change.newText)),
                ], style: style)
        }
        sheet.autoFitColumns()
    }

    private static func initiatives(_ result: DiffResult, _ sheet: SheetWriter) throws {
        try sheet.append(["種別", "取組", "所管", "旧名称", "類似度"], style: .header)
        sheet.freezePanes(rows: 1)
        sheet.printAsDocument(headerRows: 1)
        for change in result.changes where [.initiativeAdded, .initiativeRemoved, .initiativeRenamed].contains(change.kind) {
            let style: CellStyle? = change.kind == .initiativeAdded ? raised : change.kind == .initiativeRemoved ? lowered : nil
            try sheet.append(
                [
                    .string(change.kind.label), .string(change.initiative), text(change.department),
                    text(change.oldTitle), change.similarity.map(CellValue.number) ?? .empty,
                ], style: style)
        }
        sheet.autoFitColumns()
    }

    private static func everything(_ result: DiffResult, _ sheet: SheetWriter) throws {
        try sheet.append(
            ["種別", "取組", "所管", "指標・項目", "年度", "変更前", "変更後", "単位", "増減", "倍率", "備考", "kind"],
            style: .header)
        sheet.freezePanes(rows: 1)
        sheet.printAsDocument(headerRows: 1)
        for change in result.changes {
            let row = ChangeDescription(change)
            try sheet.append([
                .string(row.label), .string(change.initiative), text(change.department), .string(row.subject),
                .string(row.year), value(change.old, fallback: row.old), value(change.new, fallback: row.new),
                .string(row.unit), change.delta.map(CellValue.number) ?? .empty,
                change.ratio.map(CellValue.number) ?? .empty, .string(row.note), .string(change.kind.rawValue),
            ])
        }
        sheet.autoFitColumns()
    }

    /// A figure as a number cell, a text as a string cell.
    static func value(_ value: ChangeValue?, fallback: String? = nil) -> CellValue {
        switch value {
        case .number(let number)?: return .number(number)
        case .text(let text)?: return .string(fallback ?? text)
        case nil: return .empty
        }
    }

    /// A text cell, or an empty one for nil.
    static func text(_ text: String?) -> CellValue {
        text.map(CellValue.string) ?? .empty
    }
}
