import Foundation
import Testing
import XLSX

/// `-` as the input of `convert` reads standard input: CSV by default, JSON Lines and
/// workbooks with `--from`, and errors call it `standard input`.
@Suite struct StandardInputTests {
    @Test func csvOnStandardInputBecomesAWorkbook() throws {
        let folder = try makeScratchFolder("stdin")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.xlsx")
        let result = try runPlansheet(["convert", "-", "--to", "xlsx", "-o", output.path], stdin: Data("取組,目標\r\nＲＰＡ導入,50\r\n".utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let book = try Workbook(contentsOf: output)
        let sheet = try #require(book.sheets.first)
        var rows: [[CellValue]] = []
        try book.forEachRow(in: sheet) { row in rows.append(row.cells.map(\.value)) }
        #expect(rows == [[.string("取組"), .string("目標")], [.string("ＲＰＡ導入"), .number(50)]])
    }

    @Test func aWorkbookOnStandardInputConvertsWithFromXLSX() throws {
        let bytes = try WorkbookWriter.data { book in
            try book.addSheet(named: "取組一覧") { sheet in try sheet.append([.string("取組"), .number(3)]) }
        }
        let result = try runPlansheet(["convert", "-", "--from", "xlsx", "--to", "csv"], stdin: bytes)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "取組,3\r\n")
    }

    @Test func jsonLinesOnStandardInputRoundTripsThroughAWorkbookPipe() throws {
        let toBook = try runPlansheet(["convert", "-", "--from", "jsonl", "--to", "xlsx"], stdin: Data("[1,\"a\",true]\n".utf8))
        #expect(toBook.status == 0, "\(toBook.stderr)")
        let back = try runPlansheet(["convert", "-", "--from", "xlsx", "--to", "jsonl"], stdin: toBook.stdoutData)
        #expect(back.stdout == "[1,\"a\",true]\n")
    }

    @Test func errorsOnStandardInputNameItAndTheRealLine() throws {
        let notABook = try runPlansheet(["convert", "-", "--from", "xlsx", "--to", "csv"], stdin: Data("a,b\n".utf8))
        #expect(notABook.status == 2)
        #expect(notABook.stderr.hasPrefix("plansheet: standard input: XLSX ファイルではありません / "))
        let badByte = try runPlansheet(["convert", "-", "--to", "xlsx", "--encoding", "utf8"], stdin: Data([0x61, 0x0A, 0x62, 0x0A, 0xFF, 0x0A]))
        #expect(badByte.status == 2)
        #expect(badByte.stderr.hasPrefix("plansheet: standard input 3 行目: 文字コード utf8 として読めない文字があります"))
    }
}
