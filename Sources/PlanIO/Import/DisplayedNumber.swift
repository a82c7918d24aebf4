import SharedText
import XLSX

/// A number as a cell's format shows it, for the formats that change what it means: a percent
/// (`0.0%`: 0.405 → `40.5%`) or text around the number (`#,##0"業務"`: 12 → `12業務`, `0\件`).
enum DisplayedNumber {
    /// The text a reader sees, or nil when the format adds nothing (the number is read as it is).
    static func text(_ number: Double, format code: String) -> String? {
        let section = String(code.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        var prefix = ""
        var suffix = ""
        var sawDigit = false
        var percent = false
        var characters = section.makeIterator()
        while let character = characters.next() {
            switch character {
            case "\"":
                var literal = ""
                while let next = characters.next(), next != "\"" { literal.append(next) }
                if sawDigit { suffix += literal } else { prefix += literal }
            case "\\":
                if let next = characters.next() { if sawDigit { suffix.append(next) } else { prefix.append(next) } }
            case "0", "#", "?": sawDigit = true
            case "%": percent = true; suffix.append("%")
            case "[":
                // Colours and conditions ([Red], [>=100]) say nothing a reader needs here.
                while let next = characters.next(), next != "]" {}
            case "_", "*": _ = characters.next()
            default: break
            }
        }
        guard percent || !prefix.isEmpty || !suffix.isEmpty else { return nil }
        let shown = percent ? number * 100 : number
        guard shown.isFinite else { return nil }
        // 0.405 × 100 is 40.50000000000001 in binary; ten decimals are far more than any format shows.
        let rounded = abs(shown) < 1e5 ? (shown * 1e10).rounded() / 1e10 : shown
        return prefix.trimmingWhitespace + NumberText.plain(rounded) + suffix.trimmingWhitespace
    }
}

private extension String {
    var trimmingWhitespace: String { ImportText.trimmed(self) }
}
