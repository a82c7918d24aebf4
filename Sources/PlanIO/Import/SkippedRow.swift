/// A row or column of a sheet that the importer left out on purpose, and why: it is said, never silent.
public struct SkippedRow: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Why a row or column was left out.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
        /// Hidden in the workbook (`--include-hidden` takes it).
        case hiddenRow
        /// A hidden column (`--include-hidden` takes it).
        case hiddenColumn
        /// A legend line (◎：順調 ○：概ね順調 …), read as the sheet's status vocabulary.
        case legend
        /// A heading inside the table (（２）多様な主体との連携…): it sets the section of the rows under it.
        case heading
        /// The template's example row (記入例).
        case example
        /// A note (※…).
        case note
        /// The header repeated further down the sheet.
        case repeatedHeader
        /// A total or subtotal row (合計, 小計, 計): sums of the rows above, not an initiative.
        case total
        /// A row numbering the columns under the header, as printed forms do: (1) (2) (3) or ① ② ③.
        case columnNumbers

        /// The reason in Japanese and English.
        public var words: (ja: String, en: String) {
            switch self {
            case .hiddenRow: return ("非表示の行", "hidden row")
            case .hiddenColumn: return ("非表示の列", "hidden column")
            case .legend: return ("凡例", "legend")
            case .heading: return ("表中の見出し", "heading inside the table")
            case .example: return ("記入例", "example row")
            case .note: return ("注記", "note")
            case .repeatedHeader: return ("繰り返しの見出し行", "repeated header row")
            case .total: return ("合計・小計の行", "total or subtotal row")
            case .columnNumbers: return ("列番号の行", "row of column numbers")
            }
        }
    }

    /// The file.
    public var file: String
    /// The sheet.
    public var sheet: String
    /// The row (1-based) or, for a hidden column, the column's letter.
    public var place: String
    /// Why.
    public var reason: Reason
    /// The text of the row, shortened, so the user recognises it.
    public var text: String

    /// Makes a record.
    public init(file: String, sheet: String, place: String, reason: Reason, text: String) {
        self.file = file
        self.sheet = sheet
        self.place = place
        self.reason = reason
        self.text = text
    }

    /// `kikaku.xlsx › 取組状況 › row 7: 凡例 / legend: ◎：順調 ○：概ね順調`.
    public var description: String {
        let what = reason == .hiddenColumn ? "column \(place)" : "row \(place)"
        let shown = text.isEmpty ? "" : ": \(text)"
        return "\(file) › \(sheet) › \(what): \(reason.words.ja) / \(reason.words.en)\(shown)"
    }
}
