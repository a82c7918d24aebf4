import Testing
@testable import XLSX

@Suite struct ReaderNumberTextTests {
    private func parse(_ text: String) -> Double? {
        var buffer = TextBuffer()
        Array(text.utf8).withUnsafeBufferPointer { buffer.append($0) }
        return CellText.number(&buffer)
    }

    @Test func readsNumbersExactlyAsStrtodRoundsThem() {
        for text in [
            "0", "-0", "42", "007", "0.1", "0.3", "751692.22", "-576737.93", "0.6098772990235847", "1.23456789E+22",
            "-1.5E-3", "123456789012345", "1234567890123456789", "4.9406564584124654E-324", "0.000000000000000000001",
            "99999999999999.9", "1.7976931348623157e308", "45127.4495348611",
        ] {
            #expect(parse(text) == Double(text), "\(text)")
        }
    }

    @Test func rejectsTextThatIsNotANumber() {
        for text in ["", ".", "-", "1.2.3", "abc", "12abc", "inf", "nan", "1e999"] {
            #expect(parse(text) == nil, "\(text)")
        }
    }
}
