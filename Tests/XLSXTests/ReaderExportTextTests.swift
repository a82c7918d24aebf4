import Testing
@testable import XLSX

@Suite struct ReaderExportTextTests {
    @Test func writesDatesExactlyAsISOStringDoes() {
        let serials: [Double] = [0, 0.25, 0.999_988_425_9, 1, 59, 60, 61, 43922, 43922.395_833_333_3, 45127.461_155_324, 2_958_465.999_99]
        for serial in serials {
            var bytes: [UInt8] = []
            CellValueText.appendDate(ExcelDate(serial: serial), to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == ExcelDate(serial: serial).isoString, "serial \(serial)")
        }
    }

    @Test func writesIntegralNumbersWithoutAFractionAndOthersShortest() {
        func text(_ value: Double) -> String {
            var bytes: [UInt8] = []
            CellValueText.appendNumber(value, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(text(42) == "42")
        #expect(text(-7) == "-7")
        #expect(text(0) == "0")
        #expect(text(123_456_789_012_345) == "123456789012345")
        #expect(text(0.1) == "0.1")
        #expect(text(-1234.5678) == "-1234.5678")
        #expect(text(1.23456789e22) == "1.23456789e+22")
    }

    @Test func writesElapsedTimeAsISODurations() {
        #expect(CellValueText.duration(days: 1.5) == "PT36H0M0S")
        #expect(CellValueText.duration(days: -1.2) == "-PT28H48M0S")
        #expect(CellValueText.duration(days: -123.456) == "-PT2962H56M38.4S")
    }

    @Test func escapesJSONStringsAndQuotesCSVFields() {
        var json: [UInt8] = []
        JSONLinesRowEncoder.appendValue("a\"b\\c\nd\u{01}日本", to: &json)
        #expect(String(decoding: json, as: UTF8.self) == "\"a\\\"b\\\\c\\nd\\u0001日本\"")
        var csv: [UInt8] = []
        var encoder = CSVRowEncoder()
        encoder.appendRow(Row(number: 1, cells: [Cell(column: 0, value: "a,b"), Cell(column: 2, value: "say \"hi\""), Cell(column: 3, value: true)]), to: &csv)
        #expect(String(decoding: csv, as: UTF8.self) == "\"a,b\",,\"say \"\"hi\"\"\",TRUE\r\n")
    }
}
