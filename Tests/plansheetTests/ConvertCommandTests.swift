import Foundation
import Testing
import TestSupport

/// `plansheet convert` run as a user runs it, on the repository's fixture workbooks
/// (Tests/Fixtures/workbooks, written by its make_workbooks.py).
@Suite struct ConvertCommandTests {
    private func fixture(_ name: String) -> String { RepositoryFixtures.workbook(name).path }

    private func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func convertsToJSONLinesWithTypedValues() throws {
        let result = try runPlansheet(["convert", fixture("cell-types.xlsx"), "--to", "jsonl"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                ["hello world","string"]
                ["日本語","string"]
                [12345,"int"]
                [1.024,"float"]
                ["2015-01-01","date"]
                [true,"bool"]
                [30,"formula"]
                ["#DIV/0!","error"]

                """)
    }

    @Test func writesEmptyRowsAndGapsInJSONLines() throws {
        let result = try runPlansheet(["convert", fixture("blank-lines.xlsx"), "--to", "jsonl"])
        #expect(result.status == 0)
        #expect(result.stdout == "[\"番号\"]\n[]\n[\"番号\"]\n[]\n[null,null,\"番号\"]\n")
    }

    @Test func convertsToRFC4180CSV() throws {
        let result = try runPlansheet(["convert", fixture("cell-types.xlsx"), "--to", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("hello world,string\r\n日本語,string\r\n12345,int\r\n1.024,float\r\n2015-01-01,date\r\nTRUE,bool\r\n"))
    }

    @Test func quotesCSVFieldsWithCommasQuotesAndLineBreaks() throws {
        let result = try runPlansheet(["convert", fixture("inline-crlf.xlsx"), "--to", "csv"])
        #expect(result.stdout == "\"ABC\r\nDEF\"\r\n")
    }

    @Test func picksSheetsByNameAndByPositionCountingChartSheets() throws {
        let file = fixture("chart-sheet.xlsx")
        let byIndex = try runPlansheet(["convert", file, "--to", "jsonl", "--sheet", "2"])
        let byName = try runPlansheet(["convert", file, "--to", "jsonl", "--sheet", "Sheet1"])
        #expect(byIndex.status == 0)
        #expect(byIndex.stdout == byName.stdout)
        #expect(!byIndex.stdout.isEmpty)
        let chart = try runPlansheet(["convert", file, "--to", "jsonl", "--sheet", "1"])
        #expect(chart.status == 2)
        #expect(chart.stderr.contains("chartsheet"))
        let missing = try runPlansheet(["convert", file, "--to", "csv", "--sheet", "Nope"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no sheet named \"Nope\""))
        #expect(missing.stderr.contains("シート「Nope」がありません（シート: "), "the Japanese half names the sheet too")
    }

    @Test func refusesToReplaceAnExistingOutputWithoutForce() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out.csv")
        try Data("keep me".utf8).write(to: target)
        let file = fixture("cell-types.xlsx")
        let refused = try runPlansheet(["convert", file, "--to", "csv", "-o", target.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("already exists"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me")
        let forced = try runPlansheet(["convert", file, "--to", "csv", "-o", target.path, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("hello world,string\r\n"))
    }

    @Test func writesOneFilePerSheetWithAllSheets() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runPlansheet(["convert", fixture("sheet-visibility.xlsx"), "--to", "jsonl", "--all-sheets", "-o", folder.path])
        #expect(result.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(
            names == [
                "sheet-visibility__Hidden.jsonl", "sheet-visibility__VeryHidden.jsonl",
                "sheet-visibility__Visible.jsonl",
            ])
    }

    @Test func namesTheFileWhenTheArchiveIsBroken() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.xlsx")
        let original = try Data(contentsOf: URL(fileURLWithPath: fixture("cell-types.xlsx")))
        try original.prefix(original.count / 2).write(to: broken)
        let result = try runPlansheet(["convert", broken.path, "--to", "csv"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(broken.path))
        #expect(result.stderr.contains("truncated"))
        #expect(result.stdout.isEmpty)
    }
}
