import Foundation
import Testing
@testable import XLSX

@Suite struct WriterLibreOfficeTests {
    @Test func libreOfficeReadsJapaneseTextDatesLongStringsAndControlCharacters() throws {
        let dir = try WriterTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("lo.xlsx")
        let long = String(repeating: "あ", count: 32_767)
        try WorkbookWriter.write(to: url) { book in
            try book.addSheet(named: "取組一覧") { sheet in
                try sheet.append(["取組項目", "目標", "実績"], style: .header)
                try sheet.append([.string("ＲＰＡ導入"), .number(50), .date(ExcelDate(year: 2020, month: 4, day: 1))])
                try sheet.append([.string("①㈱髙"), .number(0.25), .date(ExcelDate(year: 2021, month: 3, day: 31, hour: 9, minute: 30))])
                try sheet.append([.string("bell\u{07}x"), .string("_x0041_"), .bool(true)])
                try sheet.append([.string(long)])
                let era = CellStyle(numberFormat: .japaneseEraDate), amount = CellStyle(numberFormat: .thousands)
                try sheet.append(cells: [
                    StyledCell(.date(ExcelDate(year: 2020, month: 4, day: 1)), style: era),
                    StyledCell(1_234_567, style: amount), StyledCell(0.125, style: CellStyle(numberFormat: .percentOneDecimal)),
                ])
            }
        }
        let csv = try WriterTestSupport.libreOfficeCSV(url)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "取組項目,目標,実績")
        #expect(lines[1] == "ＲＰＡ導入,50,2020-04-01")
        #expect(lines[2] == "①㈱髙,0.25,2021-03-31 09:30:00")
        #expect(lines[3] == "bell\u{07}x,_x0041_,TRUE")
        // LibreOffice pads every line to the sheet's three used columns.
        #expect(lines[4] == long + ",,", "LibreOffice read \(lines[4].count) characters")
        // Values as formatted: the Japanese era date, thousands separators, a one-decimal percentage.
        #expect(lines[5] == "令和2年4月1日,\"1,234,567\",12.5%")
    }
}
