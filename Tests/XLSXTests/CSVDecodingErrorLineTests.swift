import Foundation
import Testing
@testable import XLSX

/// A byte that is not valid in the CSV's encoding is reported on the line it is on, wherever
/// it falls in the file: not on the first line of the 256 KiB chunk being decoded.
@Suite struct CSVDecodingErrorLineTests {
    /// `count` lines of `番号,取組NNNN` in `encoding`'s bytes, ending with `lineBreak`.
    private func lines(_ count: Int, lineBreak: String, cp932: Bool) -> Data {
        var data = Data()
        for number in 1...count {
            let text = "\(number),取組\(number)\(lineBreak)"
            data.append(cp932 ? text.data(using: .shiftJIS) ?? Data() : Data(text.utf8))
        }
        return data
    }

    private func errorLine(_ data: Data, encoding: CSVEncoding) -> Int? {
        var reader = CSVReader(data: data, name: "bad.csv", encoding: encoding)
        do {
            try reader.forEachRow { _ in }
        } catch CSVReadError.invalidEncoding(_, let line, _) {
            return line
        } catch {
            return nil
        }
        return nil
    }

    @Test(arguments: ["\r\n", "\n", "\r"])
    func aBadUTF8ByteFarIntoALargeFileNamesItsOwnLine(lineBreak: String) throws {
        // 40,000 lines are over two 256 KiB chunks: the bad line sits in the third chunk.
        var data = lines(39_999, lineBreak: lineBreak, cp932: false)
        try #require(data.count > 2 * CSVReader.chunkSize)
        data.append(contentsOf: [0x33, 0x2C, 0xFF, 0xFE] + Array(lineBreak.utf8))
        data.append(lines(10, lineBreak: lineBreak, cp932: false))
        #expect(errorLine(data, encoding: .utf8) == 40_000)
    }

    @Test func aBadCP932ByteNamesItsOwnLine() throws {
        var data = lines(40_000, lineBreak: "\r\n", cp932: true)
        try #require(data.count > CSVReader.chunkSize)
        // 0x85 0x40 is an unassigned CP932 code: a lead byte with nothing behind it in the table.
        data.append(contentsOf: [0x31, 0x2C, 0x85, 0x40, 0x0D, 0x0A])
        #expect(errorLine(data, encoding: .cp932) == 40_001)
    }

    @Test func aBadByteOnTheFirstLineIsLineOne() {
        #expect(errorLine(Data([0xFF, 0x2C, 0x61, 0x0A, 0x62]), encoding: .utf8) == 1)
    }
}
