/// The one CSV quoting rule (RFC 4180), used by the XLSX CSV codec and by the diff and history CSV:
/// a field is quoted, its quotes doubled, only when it holds a quote, the separator, CR or LF.
///
/// With formula escaping on (OWASP's defence against CSV injection), a text field beginning with
/// `=`, `+`, `-` or `@`, or with a tab or CR that some spreadsheets skip before such a sign, is
/// written with a leading `'` and quoted, so `=HYPERLINK(…)` from a department file is shown as
/// text and never run. Only text is escaped: a caller writes a figure (`-5`) without escaping.
public enum CSVField {
    /// The byte put in front of a field that would start a formula.
    public static let formulaPrefix = UInt8(ascii: "'")

    /// Whether a text field starting with `byte` would start a formula.
    @inlinable @inline(__always)
    public static func startsFormula(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
            || byte == 0x09 || byte == 0x0D
    }

    /// Appends a field's UTF-8 bytes to `output`, quoted where the rule says so.
    @inlinable @inline(__always)
    public static func append(
        _ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8 = UInt8(ascii: ","), escapingFormulas: Bool = false,
        to output: inout [UInt8]
    ) {
        let escapes = escapingFormulas && bytes.first.map(startsFormula) == true
        if !escapes && !bytes.contains(where: { $0 == UInt8(ascii: "\"") || $0 == separator || $0 == 10 || $0 == 13 }) {
            output.append(contentsOf: bytes)
            return
        }
        output.append(UInt8(ascii: "\""))
        if escapes { output.append(formulaPrefix) }
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { output.append(byte) }
            output.append(byte)
        }
        output.append(UInt8(ascii: "\""))
    }

    /// A field as text, quoted where the rule says so (`a,b` → `"a,b"`).
    public static func quoted(_ field: String, separator: UInt8 = UInt8(ascii: ","), escapingFormulas: Bool = false) -> String {
        var output: [UInt8] = []
        var field = field
        field.withUTF8 { append($0, separator: separator, escapingFormulas: escapingFormulas, to: &output) }
        return String(decoding: output, as: UTF8.self)
    }
}
