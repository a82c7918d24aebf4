import Foundation
import Testing

/// `--sheet` has one rule (digits are a position, `name:` a name) and `--all-sheets` gives
/// every sheet its own output file, even when sheet names map to one file name.
@Suite struct SheetChoiceTests {
    /// A workbook whose sheets have `names`; every sheet holds the row `1, 取組`.
    private func workbook(named names: [String], in folder: URL) throws -> String {
        var zip = HostileZip.workbook(
            sheetData: #"<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>取組</t></is></c></row>"#,
            extraSheets: names.count - 1)
        let sheets = names.enumerated().map { "<sheet name=\"\($1)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
        let index = try #require(zip.index(of: "xl/workbook.xml"))
        zip.entries[index].contents = Array(
            """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(sheets)</sheets></workbook>
            """.utf8)
        let path = folder.appendingPathComponent("book.xlsx").path
        try Data(zip.build()).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func digitsPickAPositionAndNamePrefixPicksASheetNamedWithDigits() throws {
        let folder = try makeScratchFolder("sheet")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Sheet 1 is named "11", sheet 2 is named "1": `--sheet 1` is the first, `name:1` the second.
        let book = try workbook(named: ["11", "1"], in: folder)
        // Both hold the same row, so which sheet was read shows in the batch log's sheet names.
        let log = folder.appendingPathComponent("log.jsonl")
        let batch = try runPlansheet([
            "convert", book, "--to", "csv", "--sheet", "name:1", "-o", folder.appendingPathComponent("out").path,
            "--jsonl-log", log.path,
        ])
        #expect(batch.status == 0)
        #expect(try String(contentsOf: log, encoding: .utf8).contains(#""sheets":["1"]"#))
        let byPosition = try runPlansheet([
            "convert", book, "--to", "csv", "--sheet", "1", "-o", folder.appendingPathComponent("out2").path,
            "--jsonl-log", log.path,
        ])
        #expect(byPosition.status == 0)
        #expect(try String(contentsOf: log, encoding: .utf8).contains(#""sheets":["11"]"#))
    }

    @Test func aPositionPastTheLastSheetSaysHowToReachTheSheetOfThatName() throws {
        let folder = try makeScratchFolder("sheet")
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try workbook(named: ["2020", "2021"], in: folder)
        let result = try runPlansheet(["convert", book, "--to", "csv", "--sheet", "2021"])
        #expect(result.status == 2)
        #expect(
            result.stderr == "plansheet: \(book): 2021 番目のシートがありません（シート: 1「2020」、2「2021」）。シート名 2021 は --sheet name:2021 で指定します"
                + " / no sheet at position 2021 (sheets: 1 \"2020\", 2 \"2021\"); "
                + "for the sheet named 2021 give --sheet name:2021\n")
        let named = try runPlansheet(["convert", book, "--to", "csv", "--sheet", "name:2021"])
        #expect(named.status == 0)
        #expect(named.stdout == "1,取組\r\n")
    }

    @Test func allSheetsGivesSheetsWhoseNamesMapToOneFileNameTheirOwnFiles() throws {
        let folder = try makeScratchFolder("sheet")
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try workbook(named: ["a/b", "a:b", "A_b"], in: folder)
        let single = try runPlansheet(["convert", book, "--to", "csv", "--all-sheets", "-o", folder.appendingPathComponent("one").path])
        #expect(single.status == 0, "\(single.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("one").path).sorted()
                == ["book__a_b.csv", "book__a_b_2.csv", "book__A_b_3.csv"].sorted())
        let batch = try runPlansheet([
            "convert", book, "--to", "csv", "--all-sheets", "-o", folder.appendingPathComponent("many").path,
            "--jsonl-log", "-",
        ])
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("many").path).sorted()
                == ["book__a_b.csv", "book__a_b_2.csv", "book__A_b_3.csv"].sorted())
    }
}
