import Foundation
import PlanModel
import SharedText
import XLSX

/// Text helpers the importer shares: NFKC keys for headers and titles, cell text, lines.
enum ImportText {
    /// The text of a cell as a person reads it: numbers without a needless `.0`.
    static func text(of value: CellValue) -> String {
        switch value {
        case .empty: return ""
        case .string(let text): return text
        case .number(let number): return NumberText.plain(number)
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        case .date(let date): return "\(date)"
        case .duration(let days): return NumberText.plain(days)
        case .error(let text): return text
        }
    }

    /// The lines of a cell, trimmed (`CellText.lines(_:)`).
    static func lines(_ text: String) -> [String] { CellText.lines(text) }

    /// Lines joined with line breaks, without blank lines at either end (`CellText.joined(_:)`).
    static func joined(_ lines: [String]) -> String { CellText.joined(lines) }

    /// A title written over several lines in its cell, joined into one: the seed wraps
    /// `ＲＰＡ・ＡＩ-ＯＣＲ・` / `音声テキスト化による` inside a word, so no separator is added.
    static func title(_ text: String) -> String {
        lines(text).joined()
    }

    /// The text without white space at either end (`CellText.trimmed(_:)`).
    static func trimmed<Text: StringProtocol>(_ text: Text) -> String { CellText.trimmed(text) }

    /// The text without white space at either end (`CellText.trimmed(_:)`).
    static func trimmed(_ text: String) -> String { CellText.trimmed(text) }

    /// The text, trimmed; nil when blank.
    static func nonBlank(_ text: String) -> String? { CellText.nonBlank(text) }

    /// Characters a clerk writes in a cell to say "nothing for this year": `－`, `―`, `-`, `ー`, `—`.
    private static let emptyMarks: Set<Character> = ["-", "－", "―", "‐", "ー", "—", "–", "ｰ", "−", "〃", "／", "/", "＼"]
    private static let emptyMarkScalars = Set(emptyMarks.flatMap(\.unicodeScalars))

    /// Words a clerk writes for "none this year" instead of a dash: no qualitative target called なし.
    private static let noneWords: Set<String> = ["なし", "無し", "該当なし", "該当無し", "特になし", "対象外", "N/A", "n/a", "NA"]
    /// The first scalars of the none words, full-width forms too (`ＮＡ`).
    private static let noneWordHeads: Set<Unicode.Scalar> = ["な", "無", "該", "特", "対", "N", "n", "Ｎ", "ｎ"]

    /// Whether a cell holds only a dash or a word for "none" (`－`, `―`, `--`, `なし`, `該当なし`): an
    /// empty year, not a qualitative target or result. Short texts only, so the test costs nothing on
    /// real figures.
    static func isEmptyMark(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 15 else { return false }
        // Figures start with neither a dash nor a none word's head: one scalar test for most cells.
        guard let head = text.unicodeScalars.first(where: { $0 != " " && $0 != "\u{3000}" }) else { return true }
        if emptyMarkScalars.contains(head), text.allSatisfy({ emptyMarks.contains($0) || $0 == " " || $0 == "　" }) { return true }
        guard noneWordHeads.contains(head) else { return false }
        let word = trimmed(text)
        return noneWords.contains(word) || noneWords.contains(MatchingKey(word).rawValue)
    }

    /// The text of a figure cell with an empty mark (`－`) read as blank.
    static func figureText(_ text: String) -> String {
        isEmptyMark(text) ? "" : text
    }
}
