import Foundation
import SharedText

/// Padding and cutting by terminal columns for the aligned text tables, measured with SharedText's
/// `DisplayWidth` (the one East Asian width table, the XLSX writer's column widths use it too).
extension DisplayWidth {
    /// `text` followed by spaces up to `width` columns.
    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    /// Spaces up to `width` columns, then `text` (numbers align right).
    static func leftPadded(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - of(text))) + text
    }

    /// `text` on one line (line breaks become spaces), cut to `limit` columns with `…` when longer.
    static func singleLine(_ text: String, limit: Int = .max) -> String {
        let flat = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        guard of(flat) > limit else { return flat }
        var out = "", width = 0
        for character in flat {
            let w = of(String(character))
            if width + w > limit - 1 { break }
            out.append(character)
            width += w
        }
        return out + "…"
    }
}
