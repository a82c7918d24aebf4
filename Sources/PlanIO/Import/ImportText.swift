import Foundation
import XLSX

/// Text helpers the importer shares: NFKC keys for headers and titles, cell text, lines.
enum ImportText {
    /// The text of a cell as a person reads it: numbers without a needless `.0`.
    static func text(of value: CellValue) -> String {
        switch value {
        case .empty: return ""
        case .string(let text): return text
        case .number(let number): return numberText(number)
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        case .date(let date): return "\(date)"
        case .duration(let days): return numberText(days)
        case .error(let text): return text
        }
    }

    /// `12000` for 12000.0, `40.5` for 40.5.
    static func numberText(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }

    /// The lines of a cell, each trimmed of white space at both ends (blank lines kept as "").
    static func lines(_ text: String) -> [String] {
        // Character.isNewline covers \n, \r and the \r\n pair (one Character); pure Swift, since
        // Foundation's bridged string calls cost more than the whole rest of the import.
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { trimmed($0) }
    }

    /// Lines joined with line breaks, without blank lines at either end.
    static func joined(_ lines: [String]) -> String {
        var lines = lines
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// A title written over several lines in its cell, joined into one: the seed wraps
    /// `ＲＰＡ・ＡＩ-ＯＣＲ・` / `音声テキスト化による` inside a word, so no separator is added.
    static func title(_ text: String) -> String {
        lines(text).joined()
    }

    /// The text without white space (line breaks included) at either end.
    static func trimmed<Text: StringProtocol>(_ text: Text) -> String {
        // Most cells have nothing to trim: two scalar looks instead of walking characters from both ends.
        if let head = text.unicodeScalars.first, let tail = text.unicodeScalars.last,
           !head.properties.isWhitespace, !tail.properties.isWhitespace {
            return String(text)
        }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    /// The text, trimmed; nil when blank.
    static func nonBlank(_ text: String) -> String? {
        let result = trimmed(text)
        return result.isEmpty ? nil : result
    }
}
