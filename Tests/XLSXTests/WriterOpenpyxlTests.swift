import Foundation
import Testing
@testable import XLSX

@Suite struct WriterOpenpyxlTests {
    @Test func writesJapaneseTextNumbersDatesBooleansAndErrorsThatOpenpyxlReadsBack() throws {
        let dir = try WriterTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("plan.xlsx")
        let long = String(repeating: "行財政改革", count: 6_000)
        try WorkbookWriter.write(to: url) { book in
            try book.addSheet(named: "取組一覧") { sheet in
                sheet.freezePanes(rows: 1)
                try sheet.append(["取組項目", "目標", "実績"], style: .header)
                try sheet.append([.string("ＲＰＡ導入"), .number(50), .date(ExcelDate(year: 2020, month: 4, day: 1))])
                try sheet.append([.string("①㈱髙"), .number(0.1), .number(-1234567.891), .bool(true), .error("#N/A")])
                try sheet.append([.string(long), .number(1e-5), .number(1.7976931348623157e308), .bool(false)])
                try sheet.append([.string("tab\tnew\nline"), .string("  padded  "), .string("a&b<c>\"d\""), .string("bell\u{07}cr\r_x0041_")])
            }
        }
        let rows = try WriterTestSupport.openpyxlCells(url)["取組一覧"] ?? []
        let expected: [[String]] = [
            ["s:取組項目", "s:目標", "s:実績", "-", "-"],
            ["s:ＲＰＡ導入", "n:50.0", "d:2020-04-01T00:00:00", "-", "-"],
            ["s:①㈱髙", "n:0.1", "n:-1234567.891", "b:True", "e:#N/A"],
            ["s:" + long, "n:1e-05", "n:1.7976931348623157e+308", "b:False", "-"],
            ["s:tab\tnew\nline", "s:  padded  ", "s:a&b<c>\"d\"", "s:bell_x0007_cr_x000D__x0041_", "-"],
        ]
        // openpyxl leaves _xHHHH_ escapes undecoded (it only strips the _x005F_ escape of an
        // underscore), so the control characters show as their escapes here; LibreOffice and
        // the calamine-based check decode them.
        #expect(rows.count == expected.count)
        for (actual, wanted) in zip(rows, expected) {
            #expect(actual.map { $0.prefix(40) } == wanted.map { $0.prefix(40) })
            #expect(actual.map(\.count) == wanted.map(\.count))
        }
        try WriterTestSupport.expectWellFormedParts(url)
    }
}
