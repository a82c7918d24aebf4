import Testing
import SharedText

/// One CSV quoting rule for the XLSX codec and the diff and history CSV.
@Suite struct CSVFieldTests {
    @Test("a field is quoted only when it holds a quote, the separator, CR or LF; quotes are doubled")
    func quoting() {
        #expect(CSVField.quoted("取組") == "取組")
        #expect(CSVField.quoted("a,b") == "\"a,b\"")
        #expect(CSVField.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.quoted("two\nlines") == "\"two\nlines\"")
        #expect(CSVField.quoted("cr\rhere") == "\"cr\rhere\"")
        #expect(CSVField.quoted("a;b") == "a;b")
        #expect(CSVField.quoted("a;b", separator: UInt8(ascii: ";")) == "\"a;b\"")
        #expect(CSVField.quoted("") == "")
    }

    @Test("with formula escaping, text starting = + - @ tab or CR gets a leading ' and quotes")
    func formulaEscaping() {
        #expect(CSVField.quoted("=HYPERLINK(\"x\")", escapingFormulas: true) == "\"'=HYPERLINK(\"\"x\"\")\"")
        for start in ["=", "+", "-", "@", "\t", "\r"] {
            #expect(CSVField.quoted(start + "1", escapingFormulas: true) == "\"'" + start + "1\"")
        }
        #expect(CSVField.quoted("=1") == "=1")
        #expect(CSVField.quoted("削減", escapingFormulas: true) == "削減")
    }
}
