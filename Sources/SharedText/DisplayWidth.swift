/// How many columns text takes on a terminal or in a spreadsheet column, the one table every
/// module measures with: East Asian Wide and Fullwidth characters (UAX #11, the ranges Japanese
/// plans use) take two, combining marks, zero-width spaces and variation selectors none, the rest one.
///
/// The diff's aligned text tables and the XLSX writer's column widths both measure with it.
public enum DisplayWidth {
    /// The columns one scalar takes: 0, 1 or 2.
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F, 0x200B...0x200F, 0x3099...0x309A, 0xFE00...0xFE0F:
            return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// The columns of text written on one line: the sum over its scalars (`取組` is 4, `R3` is 2).
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
    }

    /// The columns of text's longest line (lines end at LF).
    public static func ofLongestLine(_ text: String) -> Int {
        var longest = 0
        var line = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                longest = max(longest, line)
                line = 0
                continue
            }
            line += columns(of: scalar)
        }
        return max(longest, line)
    }
}
