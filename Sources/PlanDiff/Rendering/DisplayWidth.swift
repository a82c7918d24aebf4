import Foundation

/// How many terminal columns text takes: East Asian wide and full-width characters two, combining marks none.
///
/// The wide ranges are those of XLSX's `ColumnWidthEstimator.isWide` (PlanDiff does not depend on
/// XLSX); keep the two tables equal.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    private static func width(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        switch v {
        case 0x0300...0x036F, 0x200B...0x200F, 0x3099...0x309A, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }

    /// `text` followed by spaces up to `width` columns.
    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    /// Spaces up to `width` columns, then `text` (numbers align right).
    static func leftPadded(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - of(text))) + text
    }
}

extension DisplayWidth {
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
