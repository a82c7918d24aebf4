import Foundation
import PlanIO

/// What `plansheet import` says on standard error: skipped sheets, warnings, and a count.
enum ImportSummary {
    static func print(_ result: PlanImporter.Result) {
        var lines: [String] = []
        for skipped in result.skippedSheets {
            lines.append("skipped \(skipped.file) › \(skipped.sheet): \(skipped.reasonJa) / \(skipped.reasonEn)")
        }
        for skipped in result.skippedRows where skipped.reason != .hiddenRow && skipped.reason != .hiddenColumn {
            lines.append("skipped \(skipped)")
        }
        lines += result.issues.map(\.description)
        let hidden = result.skippedRows.filter { $0.reason == .hiddenRow || $0.reason == .hiddenColumn }
        if !hidden.isEmpty {
            let rows = hidden.filter { $0.reason == .hiddenRow }.count
            let columns = hidden.count - rows
            let places = hidden.prefix(10).map { "\($0.file) › \($0.sheet) › \($0.reason == .hiddenRow ? "row" : "column") \($0.place)" }
            lines.append(
                "left out \(rows) hidden row(s) and \(columns) hidden column(s) (--include-hidden reads them) / "
                    + "非表示の行 \(rows) 件・列 \(columns) 件を除外しました: " + places.joined(separator: ", ")
                    + (hidden.count > 10 ? ", …" : ""))
        }
        let plan = result.plan
        let delayed = plan.initiatives.filter { $0.status == .delayed }.count
        let onTrack = plan.initiatives.filter { $0.status == .onTrack }.count
        let indicators = plan.initiatives.reduce(0) { $0 + $1.indicators.count }
        lines.append(
            "imported \(result.files.count) file(s): \(plan.initiatives.count) initiative(s) "
                + "(\(onTrack) 順調, \(delayed) 遅れ), \(indicators) indicator(s) / "
                + "\(result.files.count) ファイル、取組 \(plan.initiatives.count) 件（順調 \(onTrack)、遅れ \(delayed)）、指標 \(indicators) 件")
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
