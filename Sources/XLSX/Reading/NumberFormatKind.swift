/// How a number format shows a number: as a number, a date/time, or an elapsed duration.
///
/// Decided once per format when the styles part is read, so classifying a cell is a table lookup.
enum NumberFormatKind: UInt8, Sendable {
    /// A plain number (General, `0.00`, currency, percent, text…).
    case number
    /// A date, a time of day or both (`yyyy-mm-dd`, `h:mm`, `[$-411]ggge"年"m"月"d"日"`).
    case date
    /// Elapsed time (`[h]:mm:ss`, `[mm]:ss`): hours past 24 are counted, not wrapped into days.
    case duration

    /// The kind of a built-in format id (formats Excel does not write into the styles part).
    ///
    /// 14–22 and 45–47 are the international date and time formats; 27–36 and 50–58
    /// are the East Asian (Japanese, Chinese, Korean) date formats. 46 is `[h]:mm:ss`.
    static func builtIn(_ id: Int) -> NumberFormatKind {
        switch id {
        case 46: return .duration
        case 14...22, 27...36, 45, 47, 50...58: return .date
        default: return .number
        }
    }

    /// The built-in percent formats, which Excel does not write into the styles part.
    static let builtInPercentCodes: [Int: String] = [9: "0%", 10: "0.00%"]

    /// Whether a number format shows a plain number as something else to a reader: a percent, or
    /// with text around it (`#,##0"業務"`, `0\件`). Date and time formats are not meant.
    static func changesMeaning(_ code: String) -> Bool {
        guard classify(code) == .number else { return false }
        let first = code.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return first.contains("%") || first.contains("\"") || first.contains("\\")
    }

    /// The kind of a custom format code.
    ///
    /// Quoted text, `\`-escaped and `_`/`*`-padded characters, colours and locale tags
    /// are skipped; what remains is a date if it has a date or time token (y m d h s,
    /// AM/PM, the era tokens e g, and the Buddhist year bb). A leading `[h]`, `[m]` or `[s]` makes it a duration.
    static func classify(_ code: String) -> NumberFormatKind {
        let bytes = Array(code.utf8)
        var index = 0
        var sawDateToken = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count && bytes[index] != UInt8(ascii: "\"") { index += 1 }
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                index += 1 // the next character is literal (or padding)
            case UInt8(ascii: "["):
                var end = index + 1
                while end < bytes.count && bytes[end] != UInt8(ascii: "]") { end += 1 }
                let inside = bytes[(index + 1)..<min(end, bytes.count)].map { $0 | 0x20 }
                // `[h]`, `[mm]`, `[ss]` count elapsed time, but only as the leading unit: `hh[m]` is a date format.
                if !inside.isEmpty, inside.allSatisfy({ $0 == UInt8(ascii: "h") || $0 == UInt8(ascii: "m") || $0 == UInt8(ascii: "s") }) {
                    if !sawDateToken { return .duration }
                    sawDateToken = true
                }
                index = end
            case UInt8(ascii: ";"):
                // Only the first section decides (the positive-number format), as Excel's own detection does.
                return sawDateToken ? .date : .number
            case UInt8(ascii: "G"), UInt8(ascii: "g"):
                if matches(bytes, at: index, word: "general") { index += 6 } else { sawDateToken = true }
            case UInt8(ascii: "E"), UInt8(ascii: "e"):
                // `E+`/`E-` is scientific notation, not the era year.
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                if next != UInt8(ascii: "+") && next != UInt8(ascii: "-") { sawDateToken = true }
            case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "m"), UInt8(ascii: "M"),
                UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "h"), UInt8(ascii: "H"),
                UInt8(ascii: "s"), UInt8(ascii: "S"):
                sawDateToken = true
            case UInt8(ascii: "a"), UInt8(ascii: "A"):
                // `AM/PM` and `A/P` are the 12-hour clock markers of a time format.
                if matches(bytes, at: index, word: "am/pm") || matches(bytes, at: index, word: "a/p") { sawDateToken = true }
            case UInt8(ascii: "b"), UInt8(ascii: "B"):
                // b1/b2 are calendar switches; bb/bbbb is the Buddhist year.
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                if next == UInt8(ascii: "b") || next == UInt8(ascii: "B") { sawDateToken = true }
            default:
                break
            }
            index += 1
        }
        return sawDateToken ? .date : .number
    }

    private static func matches(_ bytes: [UInt8], at index: Int, word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] | 0x20 != word.utf8Start[offset] { return false }
        return true
    }
}
