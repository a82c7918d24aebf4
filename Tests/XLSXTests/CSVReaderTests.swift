import Foundation
import Testing
@testable import XLSX

@Suite struct CSVReaderTests {
    private func rows(_ data: Data, encoding: CSVEncoding? = nil) throws -> [[String]] {
        var reader = CSVReader(data: data, encoding: encoding)
        var rows: [[String]] = []
        try reader.forEachRow { rows.append($0) }
        return rows
    }

    @Test func readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws {
        let text = "取組,\"説明, 詳細\",\"He said \"\"yes\"\"\"\r\n\"複数\r\n行\",,end\nlast,\"\",x"
        #expect(
            try rows(Data(text.utf8)) == [
                ["取組", "説明, 詳細", "He said \"yes\""],
                ["複数\r\n行", "", "end"],
                ["last", "", "x"],
            ])
    }

    @Test func acceptsCRLFLFAndCRLineEndingsAndNoFinalLineBreak() throws {
        #expect(try rows(Data("a,b\r\nc,d\ne,f\rg,h".utf8)) == [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]])
        #expect(try rows(Data("a\r\n\r\nb\r\n".utf8)) == [["a"], [""], ["b"]])
    }

    @Test func detectsUTF8WithAndWithoutBOMAndCP932() throws {
        let utf8 = Data("取組,①".utf8)
        #expect(CSVEncoding.detect(utf8, complete: true) == .utf8)
        #expect(CSVEncoding.detect(Data([0xEF, 0xBB, 0xBF]) + utf8, complete: true) == .utf8BOM)
        #expect(try rows(Data([0xEF, 0xBB, 0xBF]) + utf8) == [["取組", "①"]])
        // 取組,①㈱髙﨑～ in CP932, as Japanese Excel saves CSV (NEC and IBM extensions included).
        let cp932 = Data([0x8E, 0xE6, 0x91, 0x67, 0x2C, 0x87, 0x40, 0x87, 0x8A, 0xFB, 0xFC, 0xFA, 0xB1, 0x81, 0x60])
        #expect(CSVEncoding.detect(cp932, complete: true) == .cp932)
        #expect(try rows(cp932) == [["取組", "①㈱髙﨑～"]])
    }

    @Test func decodesCP932CharactersCutAtAChunkBoundary() throws {
        let dir = try WriterTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("big.csv")
        // Seven ASCII bytes first put the lead byte of a 2-byte character at the last byte of every chunk.
        var data = Data("xxxxxxx".utf8)
        let line: [UInt8] = [0x8E, 0xE6, 0x91, 0x67, 0x87, 0x40, 0x0D, 0x0A] // 取組①\r\n
        for _ in 0..<(3 << 20) / line.count { data.append(contentsOf: line) }
        try data.write(to: url)
        var reader = try CSVReader(url: url)
        #expect(reader.encoding == .cp932)
        var count = 0
        var wrong = 0
        try reader.forEachRow { fields in
            count += 1
            if fields != [count == 1 ? "xxxxxxx取組①" : "取組①"] { wrong += 1 }
        }
        #expect(CSVReader.chunkSize % line.count == 0 && data[CSVReader.chunkSize - 1] == 0x8E && data[3 * CSVReader.chunkSize - 1] == 0x8E)
        #expect(count == (3 << 20) / line.count)
        #expect(wrong == 0)
    }

    @Test func reportsInvalidBytesAndUnterminatedQuotesWithTheirLine() {
        #expect(throws: CSVReadError.invalidEncoding(file: "CSV", line: 2, encoding: .utf8)) {
            try rows(Data([0x61, 0x0A, 0xFF, 0xFE]), encoding: .utf8)
        }
        #expect(throws: CSVReadError.unterminatedQuote(file: "CSV", line: 2)) {
            try rows(Data("a\n\"open\nstill".utf8))
        }
    }

    @Test func infersNumbersAndISODatesButKeepsCodesAsText() {
        #expect(CSVValueInference.value(of: "50") == .number(50))
        #expect(CSVValueInference.value(of: "-1,234,567.5") == .number(-1_234_567.5))
        #expect(CSVValueInference.value(of: "0.125") == .number(0.125))
        #expect(CSVValueInference.value(of: "2020-04-01") == .date(ExcelDate(year: 2020, month: 4, day: 1)))
        #expect(CSVValueInference.value(of: "2020-04-01T09:30:00") == .date(ExcelDate(year: 2020, month: 4, day: 1, hour: 9, minute: 30)))
        #expect(CSVValueInference.value(of: "2020-04-01 09:30") == .date(ExcelDate(year: 2020, month: 4, day: 1, hour: 9, minute: 30)))
        for text in [
            "007", "00", "1,23", "12,3456", ",123", "1.", ".5", "+5", "1e5x", "-0", "1234567890123456", "2020-02-30",
            "2020-4-1", "令和2年", "ＲＰＡ", "TRUE", "1 234",
        ] {
            #expect(CSVValueInference.value(of: text) == .string(text), "\(text)")
        }
        #expect(CSVValueInference.value(of: "") == .empty)
    }
}

@Suite struct CSVJSONLinesReaderTests {
    @Test func readsArraysOfScalarsPerLine() throws {
        var reader = JSONLinesReader(data: Data("[\"取組\",50,true,null,0.1]\n\n[\"a\\nb\"]\r\n".utf8))
        var rows: [[CellValue]] = []
        try reader.forEachRow { rows.append($0) }
        #expect(rows == [[.string("取組"), .number(50), .bool(true), .empty, .number(0.1)], [], [.string("a\nb")]])
    }

    @Test func reportsALineThatIsNotAnArray() {
        var reader = JSONLinesReader(data: Data("[1]\n{\"a\":1}\n".utf8), name: "in.jsonl")
        #expect(throws: CSVReadError.self) { try reader.forEachRow { _ in } }
    }
}
