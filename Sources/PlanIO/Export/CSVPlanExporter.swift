import Foundation
import PlanModel
import XLSX

/// The long-form table as CSV (RFC 4180, CRLF) in UTF-8, UTF-8 with a byte-order mark (what
/// Excel's "CSV UTF-8" opens), or CP932 (what Japanese Excel's plain "CSV" opens).
public enum CSVPlanExporter {
    /// The bytes of the plan's long form in `encoding`; `escapesFormulas` defuses text a
    /// spreadsheet would run (`CSVFormulaEscaping`).
    /// Throws when a character has no CP932 code (the error names the row and the character).
    public static func export(_ plan: Plan, encoding: CSVEncoding, escapesFormulas: Bool = false) throws -> Data {
        var encoder = CSVRowEncoder(escapesFormulas: escapesFormulas)
        var utf8: [UInt8] = []
        let rows = [LongFormTable.header.map { CellValue.string($0) }] + LongFormTable.rows(of: plan)
        for (index, values) in rows.enumerated() {
            let cells = values.enumerated().map { Cell(column: $0.offset, value: $0.element) }
            encoder.appendRow(Row(number: index + 1, cells: cells), to: &utf8)
        }
        switch encoding {
        case .utf8:
            return Data(utf8)
        case .utf8BOM:
            return Data([0xEF, 0xBB, 0xBF] + utf8)
        case .cp932:
            return try CP932.encode(String(decoding: utf8, as: UTF8.self))
        }
    }
}
