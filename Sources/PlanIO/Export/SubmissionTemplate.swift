import Foundation
import PlanModel
import XLSX

/// The blank submission workbook departments fill in: the table layout, title lines, a
/// 進捗 drop-down (順調 / 遅れ), column widths, frozen header and an example row (番号 `記入例`,
/// which the importer skips, so a department may leave it in).
public enum SubmissionTemplate {
    /// The sheet departments fill in.
    public static let sheetName = "取組状況"
    /// The 番号 of the example row.
    public static let exampleMarker = "記入例"

    /// The columns for fiscal years `years` (a target and a result column each).
    public static func header(years: [Int]) -> [String] {
        ["番号", "方向性", "取組項目", "所管課", "指標名", "単位"]
            + years.flatMap { year -> [String] in
                let label = FiscalYear(year).formatted(.japanese)
                return ["\(label)目標", "\(label)実績"]
            }
            + ["進捗", "遅れの要因", "今後の取組予定"]
    }

    /// The template's bytes, for fiscal years `years`, with `blankRows` rows ready for the drop-down.
    public static func export(years: [Int], department: String? = nil, blankRows: Int = 200) throws -> Data {
        let header = header(years: years)
        let statusColumn = header.count - 3
        let firstYear = years.first ?? 2020
        var example = [CellValue](repeating: .empty, count: header.count)
        example[0] = .string(exampleMarker)
        example[1] = "県庁のＩＣＴ化・働き方改革"
        example[2] = "ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進"
        example[3] = .string(department ?? "企画財政部")
        example[4] = "ＡＩ-ＯＣＲ 利用枚数"
        example[5] = "枚／年"
        if years.count > 0 { example[6] = 12000; example[7] = "約62,000" }
        if years.count > 1 { example[8] = "２万→6.7万" }
        example[statusColumn] = "順調"
        example[statusColumn + 2] = "更なる業務効率化を推進するため、行動計画の目標値を再設定。"
        let exampleStyle = CellStyle(italic: true, fontColor: Color(red: 0x80, green: 0x80, blue: 0x80), wrapText: true)
        return try WorkbookWriter.data { book in
            try book.addSheet(named: sheetName) { sheet in
                sheet.freezePanes(rows: 4, columns: 3)
                sheet.printAsDocument(headerRows: 4)
                let widths: [Double] = [8, 22, 34, 14, 30, 9] + years.flatMap { _ in [14.0, 14.0] } + [8, 36, 40]
                for (column, width) in widths.enumerated() { sheet.setColumnWidth(column, width) }
                try sheet.append(
                    [.string("■ 行動計画の取組状況（\(FiscalYear(firstYear).formatted(.japanese))）")],
                    style: CellStyle(bold: true, fontSize: 14))
                try sheet.append([.string("所管：\(department ?? "")")])
                try sheet.append(["※ 取組ごとに1行目に取組項目を記入し、指標が複数ある場合は下の行に続けてください。進捗は一覧から選択してください。"])
                try sheet.append(header.map { .string($0) }, style: .header)
                try sheet.append(example, style: exampleStyle)
                try sheet.addListValidation(
                    ["順調", "遅れ"],
                    range: CellRange(
                        CellReference(row: 5, column: statusColumn),
                        CellReference(row: 5 + blankRows, column: statusColumn)))
            }
        }
    }
}
