import SharedText

/// OWASP's defence against CSV injection, for CSV that others will open in a spreadsheet:
/// a text field that begins with `=`, `+`, `-` or `@` (or a tab or carriage return, which
/// some spreadsheets skip before such a sign) is written with a leading `'` and quoted, so
/// that `=HYPERLINK(…)` from a department file is shown as text and never run.
///
/// Off by default: the `'` is then part of the text for every other reader. Only text is
/// escaped; a negative number (`-5`) stays a number.
public enum CSVFormulaEscaping {
    /// The byte put in front of a field that would start a formula (SharedText's `CSVField.formulaPrefix`).
    public static let prefix = CSVField.formulaPrefix

    /// Whether a field starting with `byte` is escaped (SharedText's `CSVField.startsFormula`, the one rule).
    @inline(__always) public static func triggers(_ byte: UInt8) -> Bool {
        CSVField.startsFormula(byte)
    }

    /// `text` as it is written with escaping on: `'=SUM(A1)`; other text unchanged.
    public static func escaped(_ text: String) -> String {
        guard let first = text.utf8.first, triggers(first) else { return text }
        return "'" + text
    }
}
