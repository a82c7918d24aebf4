import Foundation
import Testing
@testable import XLSX

@Suite struct WriterEscapingTests {
    private func escapedText(_ text: String) -> String {
        let buffer = XMLByteBuffer()
        buffer.appendEscapedText(text)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    @Test func escapesMarkupAndControlCharactersAsExcelDoes() {
        #expect(escapedText("a&b<c>d\"e'") == "a&amp;b&lt;c&gt;d\"e'")
        #expect(escapedText("bell\u{07}cr\r") == "bell_x0007_cr_x000D_")
        #expect(escapedText("tab\tline\n") == "tab\tline\n")
        #expect(escapedText("\u{FFFE}\u{FFFF}") == "_xFFFE__xFFFF_")
        #expect(escapedText("取組①") == "取組①")
    }

    @Test func escapesALiteralEscapeSequenceSoReadersDoNotDecodeIt() {
        #expect(escapedText("_x0041_") == "_x005F_x0041_")
        #expect(escapedText("snake_case_x_y") == "snake_case_x_y")
        #expect(escapedText("_x00G1_") == "_x00G1_")
    }

    @Test func writesNumbersAsTheShortestTextThatReadsBackBitIdentical() {
        let samples: [Double] = [
            0, -0.0, 1, -42, 0.1, 1.0 / 3.0, 1e-5, 123456789012345680, 9_007_199_254_740_993,
            5e-324, 1.7976931348623157e308, 43922.396527777775, -1234567.891,
        ]
        for value in samples {
            let buffer = XMLByteBuffer()
            buffer.appendNumber(value)
            let text = String(decoding: buffer.bytes, as: UTF8.self)
            #expect(Double(text)?.bitPattern == value.bitPattern, "\(value) written as \(text)")
        }
        let buffer = XMLByteBuffer()
        buffer.appendNumber(50)
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "50")
    }
}
